import type { RowCorrection, Story } from '../../shared/model'
import { compareDatesNewestFirst, compareText } from '../../shared/compare-text'
import { languagesFor, vocabularies } from '../language'
import { WordStems } from '../language/stem'
import { clusterItems, type ScoredPair } from './cluster-claims'
import { isSentenceCase, visitWords } from './names'
import storyModel from './story-model.json' with { type: 'json' }

/** What grouping needs of an article. */
export interface StoryArticle {
  id: string
  title: string
  date: string | null
  language: string
  /** The cleaned text; only its opening is read (the lede names the event). */
  text: string
}

export interface StoryModel {
  /** Two stories join while the average similarity of their articles is at least this. */
  threshold: number
  /** Articles further apart than this many days are never one story. */
  dateWindowDays: number
  /** Words of the text read after the title. */
  openingWords: number
  /** Words kept per article, the rarest-weighted first. */
  termsPerArticle: number
  /**
   * A library this small is read as one folder of related articles: its own word counts cannot tell
   * a topic word from a common one (in five articles on one war, every topic word is in every
   * article), so articles join any article they share words with, whatever the dates.
   */
  smallLibrary: number
  /** In a small library, the similarity that links two articles. */
  smallLibraryLink: number
}

export const defaultStoryModel: StoryModel = storyModel as StoryModel

/**
 * Groups articles into stories: articles that report the same event (issue 9). Each article is a
 * TF-IDF vector over the stemmed content words of its title and opening; candidate pairs come from
 * an inverted index of the terms each article weighs most (no all-pairs comparison), pairs further
 * apart in time than the date window are dropped, and stories form by average linkage over cosine
 * similarity. Deterministic: the same articles always give the same stories.
 */
export function groupStories(articles: readonly StoryArticle[], model: StoryModel = defaultStoryModel, stems = new WordStems()): Story[] {
  if (articles.length <= model.smallLibrary) {
    const pairs = scoreStoryPairs(articles, { ...model, dateWindowDays: Number.POSITIVE_INFINITY }, stems)
    return linkedGroups(articles.length, pairs.filter((pair) => pair.weight >= model.smallLibraryLink))
      .map((members) => storyOf(members.map((index) => articles[index]!)))
      .sort(compareStories)
  }
  const pairs = scoreStoryPairs(articles, model, stems)
  const groups = clusterItems(
    articles.map((article) => ({ articleId: article.id, repeat: null })),
    pairs,
    { threshold: model.threshold, unscoredWeight: 0 }
  )
  return groups.map((members) => storyOf(members.map((index) => articles[index]!))).sort(compareStories)
}

/** The similarity of every candidate pair of articles (i < j, sorted), after the date window. */
export function scoreStoryPairs(articles: readonly StoryArticle[], model: StoryModel = defaultStoryModel, stems = new WordStems()): ScoredPair[] {
  // Terms are numbered once; counts, rarities and dot products then run over numbers, not strings.
  const terms = new TermNumbers()
  const vectors = articles.map((article) => termCounts(article, model, stems, terms))
  const documentFrequency = new Int32Array(terms.size)
  for (const { counts } of vectors) for (const term of counts.keys()) documentFrequency[term]! += 1
  const total = articles.length
  // A term most articles share names no event; past this many it leaves the index.
  const commonLimit = Math.min(commonTermLimit, Math.max(8, Math.ceil(total * 0.02)))
  const rarity = new Float64Array(terms.size)
  for (let term = 0; term < terms.size; term += 1) rarity[term] = Math.log(1 + total / documentFrequency[term]!)
  const weighted = vectors.map(({ counts }) => topTerms(counts, documentFrequency, rarity, terms, model.termsPerArticle))
  const postingArticles: number[][] = Array.from({ length: terms.size }, () => [])
  const postingWeights: number[][] = Array.from({ length: terms.size }, () => [])
  weighted.forEach((articleTerms, article) => {
    for (const [term, weight] of articleTerms) {
      if (documentFrequency[term]! > commonLimit) continue
      postingArticles[term]!.push(article)
      postingWeights[term]!.push(weight)
    }
  })
  const days = articles.map((article) => dayNumber(article.date))
  const pairs: ScoredPair[] = []
  const dots = new Float64Array(total)
  const touched: number[] = []
  weighted.forEach((articleTerms, article) => {
    for (const [term, weight] of articleTerms) {
      const others = postingArticles[term]!
      const otherWeights = postingWeights[term]!
      for (let index = 0; index < others.length; index += 1) {
        const other = others[index]!
        if (other <= article) continue
        if (dots[other] === 0) touched.push(other)
        dots[other]! += weight * otherWeights[index]!
      }
    }
    // Only an article's nearest neighbours above half the threshold count: a pair that weak cannot
    // lift a story's average, and keeping every faint pair made 17,000 articles a hundred million pairs.
    const neighbours: ScoredPair[] = []
    for (const other of touched) {
      const dot = dots[other]!
      dots[other] = 0
      if (dot < model.threshold / 2) continue
      // Reports of one event name the same someone or somewhere (a name too common for the index
      // still counts); two earnings reports or two weather bulletins share only the words of their kind.
      if (dot < model.threshold * 2 && !sharesAny(vectors[article]!.names, vectors[other]!.names)) continue
      const a = days[article]!
      const b = days[other]!
      if (a !== null && b !== null && Math.abs(a - b) > model.dateWindowDays) continue
      neighbours.push({ i: article, j: other, weight: dot })
    }
    touched.length = 0
    neighbours.sort((x, y) => y.weight - x.weight || x.j - y.j)
    pairs.push(...neighbours.slice(0, neighbourLimit))
  })
  return pairs.sort((x, y) => x.i - y.i || x.j - y.j)
}

function sharesAny(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const term of small) if (large.has(term)) return true
  return false
}

/** Numbers for the stems of one grouping run, and the stem of each number. */
class TermNumbers {
  private readonly numbers = new Map<string, number>()
  readonly stems: string[] = []

  numberOf(stem: string): number {
    let number = this.numbers.get(stem)
    if (number === undefined) {
      number = this.stems.length
      this.numbers.set(stem, number)
      this.stems.push(stem)
    }
    return number
  }

  get size(): number {
    return this.stems.length
  }
}

/** Connected components of the linked pairs, each in ascending order. */
function linkedGroups(count: number, pairs: readonly ScoredPair[]): number[][] {
  const parent = Array.from({ length: count }, (_, index) => index)
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!
    return index
  }
  for (const { i, j } of pairs) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j))
  const groups = new Map<number, number[]>()
  for (let index = 0; index < count; index += 1) {
    const key = root(index)
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    group.push(index)
  }
  return [...groups.values()]
}

/** A story of the given articles: its id from the smallest article id, its title from the earliest article. */
export function storyOf(members: readonly StoryArticle[]): Story {
  const byDate = [...members].sort((a, b) => compareDatesNewestFirst(b.date, a.date) || compareText(a.id, b.id))
  const dated = byDate.map((article) => article.date).filter((date): date is string => date !== null)
  let smallest = members[0]!.id
  for (const member of members) if (member.id < smallest) smallest = member.id
  return {
    id: `story-${smallest}`,
    title: byDate[0]!.title,
    articleIds: members.map((member) => member.id).sort(compareText),
    dateFrom: dated[0] ?? null,
    dateTo: dated[dated.length - 1] ?? null
  }
}

/**
 * Moves articles between stories as the user asked ("move-article" corrections, in order); an
 * article or target no longer in the library is skipped.
 */
export function applyStoryCorrections(stories: readonly Story[], corrections: readonly RowCorrection[], articles: ReadonlyMap<string, StoryArticle>): Story[] {
  const groups = stories.map((story) => [...story.articleIds])
  const groupOf = (articleId: string): string[] | undefined => groups.find((group) => group.includes(articleId))
  for (const correction of corrections) {
    if (correction.kind !== 'move-article' || !articles.has(correction.articleId)) continue
    const from = groupOf(correction.articleId)
    if (!from) continue
    const to = correction.toStoryOf === null ? [] : groupOf(correction.toStoryOf)
    if (!to || to === from || (correction.toStoryOf === null && from.length === 1)) continue
    from.splice(from.indexOf(correction.articleId), 1)
    to.push(correction.articleId)
    if (correction.toStoryOf === null) groups.push(to)
  }
  return groups.filter((group) => group.length > 0).map((group) => storyOf(group.map((id) => articles.get(id)!)))
}

/** Most articles first, then newest, then title. */
export function compareStories(a: Story, b: Story): number {
  return b.articleIds.length - a.articleIds.length || compareDatesNewestFirst(a.dateTo, b.dateTo) || compareText(a.title, b.title) || compareText(a.id, b.id)
}

/**
 * A term more articles than this share is no sign of one event in any library: the inverted index
 * leaves it out (its postings were most of grouping's time at 17,000 articles).
 */
const commonTermLimit = 100

/** Pairs kept per article (to articles after it): its nearest neighbours. */
const neighbourLimit = 30

const stopSets = { it: new Set(vocabularies.it.stopWords), en: new Set(vocabularies.en.stopWords) }

/** An article's weighted terms, and which of them it writes as a name. */
interface ArticleTerms {
  counts: Map<number, number>
  names: Set<number>
}

function termCounts(article: StoryArticle, model: StoryModel, stems: WordStems, terms: TermNumbers): ArticleTerms {
  const language = languagesFor(article.language)[0]!
  const stops = stopSets[language]
  const counts = new Map<number, number>()
  const names = new Set<number>()
  const add = (text: string, limit: number, weight: number, readsNames: boolean): void => {
    let taken = 0
    visitWords(text, language, (word, isName) => {
      if (stops.has(word)) return true
      const term = terms.numberOf(stems.stem(word, language))
      counts.set(term, (counts.get(term) ?? 0) + weight)
      if (readsNames && isName) names.add(term)
      taken += 1
      return taken < limit
    })
  }
  // The title weighs double: it names the event in the fewest words. Its capitals mark names only
  // when it is written in sentence case.
  add(article.title, 40, 2, isSentenceCase(article.title))
  add(article.text.slice(0, model.openingWords * 12), model.openingWords, 1, true)
  return { counts, names }
}

/**
 * The article's heaviest shared terms by TF-IDF (sublinear tf), scaled by the norm of all its terms:
 * a term no other article has links it to nothing, but still makes it less like the others.
 */
function topTerms(counts: ReadonlyMap<number, number>, documentFrequency: Int32Array, rarity: Float64Array, terms: TermNumbers, limit: number): Array<[number, number]> {
  const top: Array<[number, number]> = []
  let norm = 0
  for (const [term, count] of counts) {
    const weight = (count === 1 ? 1 : 1 + Math.log(count)) * rarity[term]!
    norm += weight * weight
    if (documentFrequency[term]! >= 2) top.push([term, weight])
  }
  top.sort((a, b) => b[1] - a[1] || compareText(terms.stems[a[0]]!, terms.stems[b[0]]!))
  top.length = Math.min(top.length, limit)
  norm = Math.sqrt(norm) || 1
  return top.map(([term, weight]) => [term, weight / norm])
}

/** Days since the epoch of a `YYYY-MM-DD` or `YYYY-MM` date (the month's middle), or null. */
function dayNumber(date: string | null): number | null {
  const match = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date) : null
  if (!match) return null
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 15) / 86_400_000
}
