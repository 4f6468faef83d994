import type { Claim } from '../../shared/api'
import type { WeakAction } from './alignment-lexicon'
import { ReadingCache, readClaim, topicCategory, type ClaimFeatures } from './claim-features'
import type { ComparisonRow } from './comparison-types'
import type { Interval } from './claim-interval'
import { compareClaims, compareRowsByDefault, compareText, summarizeRow } from './row-summary'

/** One article's claims, with what the aligner needs to know about the article. */
export interface ArticleClaims {
  articleId: string
  /** ISO 639-1 code or `und`. */
  language: string
  /** `YYYY-MM-DD`, `YYYY-MM` or null. */
  date: string | null
  claims: Claim[]
}

/**
 * Two figures more than this factor apart are taken for different quantities rather than a
 * disagreement: "9 milioni" and "4 milioni" of shells differ, "11" and "11.000" soldiers are not the
 * same count.
 */
export const magnitudeFactor = 20

/**
 * Groups claims that report the same quantity into rows (issue 4).
 *
 * 1. Each claim is read once (`readClaim`): what it counts (a language-neutral concept, the
 *    currency, the measure unit), what happens to it (sent, killed…), whether it adds to an earlier
 *    figure ("altri 3.000"), its time scope, its descriptive words, the context words of its
 *    sentence, its magnitude.
 * 2. Claims are blocked by kind + concept + strong action + increment: only claims of one block can
 *    share a row. Claims that say too little (a bare count, a percentage of nothing named) get a
 *    row of their own.
 * 3. Inside a block, claims join rows greedily in a fixed order (precise before vague, then article
 *    id and position), each the best-scoring row it is compatible with: no conflicting action, an
 *    overlapping time scope, no conflicting descriptive words, magnitudes within `magnitudeFactor`,
 *    shared sentence context with the row (`contextCompatible`), and, for two precise claims of
 *    one article, overlapping values unless two different sources are quoted (198 and 283 workers
 *    of one article are two quantities). A second pass merges rows that the reading order kept
 *    apart (`mergeRows`), so the rows do not depend on which article happens to sort first.
 *
 * Cost: a claim only looks at the rows an index says it could join (`RowIndex`: rows sharing a
 * context item, rows of its own article), never at all the claims or rows of its block; context
 * words common to the library or the block are dropped first (`dropCommonContext`,
 * `dropBlockCommon`). See bench/align-claims.bench.ts.
 * Deterministic: the input order does not matter, and row ids derive from member claim ids.
 */
export function alignClaims(articles: readonly ArticleClaims[]): ComparisonRow[] {
  const cache = new ReadingCache()
  const seen = new Set<string>()
  const everyClaim: Array<{ claim: Claim; article: ArticleClaims }> = []
  for (const article of articles) for (const claim of article.claims) everyClaim.push({ claim, article })
  everyClaim.sort((a, b) => compareClaims(a.claim, b.claim) || compareText(a.article.articleId, b.article.articleId))

  const everyFeatures: ClaimFeatures[] = []
  for (const { claim, article } of everyClaim) {
    if (seen.has(claim.id)) continue
    seen.add(claim.id)
    everyFeatures.push(readClaim(claim, { language: article.language, articleDate: article.date }, cache))
  }
  dropCommonContext(everyFeatures)

  const singles: ClaimFeatures[][] = []
  const blocks = new Map<string, ClaimFeatures[]>()
  for (const features of everyFeatures) {
    const key = blockKeyOf(features)
    if (key === null) {
      singles.push([features])
      continue
    }
    const block = blocks.get(key)
    if (block) block.push(features)
    else blocks.set(key, [features])
  }

  const groups = [...singles]
  for (const key of [...blocks.keys()].sort(compareText)) groups.push(...clusterBlock(blocks.get(key)!))
  return groups
    .map((members) => summarizeRow(members.map((member) => member.claim), { features: members }))
    .sort(compareRowsByDefault)
}

/**
 * Context items found in more than 2% of a large library's claim sentences (and at least 100 of
 * them) say nothing about which story a sentence belongs to: a place every other article names, an
 * agency's boilerplate. They are dropped from the context, which keeps the context check meaningful
 * and the search for rows cheap (see `RowIndex`). Small libraries keep every item.
 */
function dropCommonContext(everyFeatures: ClaimFeatures[]): void {
  // Claims arrive in article and position order, so a sentence's claims are neighbours: count each sentence once.
  const frequency = new Map<string, number>()
  let sentences = 0
  let previous: string | null = null
  for (const features of everyFeatures) {
    if (features.claim.sentence === previous) continue
    previous = features.claim.sentence
    sentences += 1
    for (const item of features.context) frequency.set(item, (frequency.get(item) ?? 0) + 1)
  }
  const limit = Math.max(100, sentences * 0.02)
  if (sentences <= limit) return
  for (const features of everyFeatures) {
    if (features.context.some((item) => (frequency.get(item) ?? 0) > limit)) features.context = features.context.filter((item) => (frequency.get(item) ?? 0) <= limit)
  }
}

function blockKeyOf(features: ClaimFeatures): string | null {
  if (features.concept === null) return null
  // A percentage or measure without a named thing or name cannot be told apart from any other.
  if (features.topicRequired && !features.topic.some((item) => topicCategory(item) !== 'place')) return null
  return [features.concept, features.strongAction ?? '', features.increment ? 'increment' : ''].join('|')
}

interface PreciseMember {
  interval: Interval
  source: string | null
}

interface Row {
  order: number
  members: ClaimFeatures[]
  articles: Set<string>
  weakAction: WeakAction | null
  scopeFrom: number
  scopeTo: number
  topic: Set<string>
  hasPlace: boolean
  hasName: boolean
  hasNeutralThing: boolean
  /** Languages of the plain-word items. */
  wordLanguages: Set<string>
  /** Smallest and largest representative figure of the precise members. */
  figureMin: number
  figureMax: number
  logSum: number
  figureCount: number
  /** Intersection of the vague members' bands. */
  bandLowMax: number
  bandHighMin: number
  /** The values every precise member allows (empty when they disagree: low > high). */
  commonLow: number
  commonHigh: number
  preciseByArticle: Map<string, PreciseMember[]>
  /** How many members' sentences hold each context item. */
  contextCounts: Map<string, number>
  /** Context items the row is filed under in the search index (a quarter, and half, of its members held them). */
  filedItems: Set<string>
  halfItems: Set<string>
  /** The last claim that listed this row as a candidate, so a candidate is checked once. */
  seenBy: number
}

function newRow(order: number): Row {
  return {
    order,
    members: [],
    articles: new Set(),
    weakAction: null,
    scopeFrom: Number.NEGATIVE_INFINITY,
    scopeTo: Number.POSITIVE_INFINITY,
    topic: new Set(),
    hasPlace: false,
    hasName: false,
    hasNeutralThing: false,
    wordLanguages: new Set(),
    figureMin: Number.POSITIVE_INFINITY,
    figureMax: Number.NEGATIVE_INFINITY,
    logSum: 0,
    figureCount: 0,
    bandLowMax: Number.NEGATIVE_INFINITY,
    bandHighMin: Number.POSITIVE_INFINITY,
    commonLow: Number.NEGATIVE_INFINITY,
    commonHigh: Number.POSITIVE_INFINITY,
    preciseByArticle: new Map(),
    contextCounts: new Map(),
    filedItems: new Set(),
    halfItems: new Set(),
    seenBy: -1
  }
}

function positiveFigure(features: ClaimFeatures): number | null {
  return features.representative !== null && features.representative > 0 ? features.representative : null
}

/**
 * Where rows of one block are found. A claim from another article can only join a row that shares
 * a context item with it (`contextCompatible`), so a claim looks at the rows filed under its
 * context items and the rows holding its own article: the few rows it could join, not every row
 * of a large block.
 */
class RowIndex {
  private readonly byItem = new Map<string, Row[]>()
  /** The same at half of the members: what `rowsShareContext` can match. */
  private readonly byHalfItem = new Map<string, Row[]>()
  private readonly byArticle = new Map<string, Row[]>()

  /**
   * Files the row, once the new member joined, under its article and under the context items the
   * context check can match: those at least a quarter of the members hold. An item only reaches a
   * quarter when a member bringing it joins, so filing at that moment misses none; items that
   * later fall below stay filed and are checked in vain, which is harmless.
   */
  extend(row: Row, features: ClaimFeatures, newArticle: boolean): void {
    if (newArticle) push(this.byArticle, features.claim.articleId, row)
    for (const item of features.context) {
      const count = row.contextCounts.get(item) ?? 0
      if (count * 4 >= row.members.length && !row.filedItems.has(item)) {
        row.filedItems.add(item)
        push(this.byItem, item, row)
      }
      if (count * 2 >= row.members.length && !row.halfItems.has(item)) {
        row.halfItems.add(item)
        push(this.byHalfItem, item, row)
      }
    }
  }

  /** Rows that could take all of a row's members: rows of its articles, rows sharing an item both hold with half of their members. */
  rowCandidates(row: Row, stamp: number): Row[] {
    const found: Row[] = []
    row.seenBy = stamp
    for (const articleId of row.articles) collect(this.byArticle.get(articleId), stamp, found)
    for (const item of row.halfItems) {
      if ((row.contextCounts.get(item) ?? 0) * 2 >= row.members.length) collect(this.byHalfItem.get(item), stamp, found)
    }
    return found
  }

  candidates(features: ClaimFeatures, stamp: number): Row[] {
    const found: Row[] = []
    collect(this.byArticle.get(features.claim.articleId), stamp, found)
    for (const item of features.context) collect(this.byItem.get(item), stamp, found)
    return found
  }
}

function collect(rows: Row[] | undefined, stamp: number, found: Row[]): void {
  if (!rows) return
  for (const row of rows) {
    if (row.seenBy === stamp) continue
    row.seenBy = stamp
    found.push(row)
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * The same for one block: a word most claims of the block share ("involved" in every sentence about
 * companies involved, "Trump" in a folder about his budget) cannot tell its rows apart. Items held
 * by more than a tenth of a block's claims (and more than 20) leave the context. On the events
 * corpus this raises the share of row pairs from one event from 0.82 to 0.83.
 */
function dropBlockCommon(block: ClaimFeatures[]): void {
  const limit = Math.max(20, block.length * 0.1)
  if (block.length <= limit) return
  const frequency = new Map<string, number>()
  for (const features of block) for (const item of features.context) frequency.set(item, (frequency.get(item) ?? 0) + 1)
  for (const features of block) {
    if (features.context.some((item) => frequency.get(item)! > limit)) features.context = features.context.filter((item) => frequency.get(item)! <= limit)
  }
}

/**
 * Rows of one block: each claim, in a fixed order, joins the compatible candidate row with the best
 * score (shared descriptive words, the same action, the nearest magnitude; ties go to the older
 * row), or starts a row of its own.
 */
function clusterBlock(block: ClaimFeatures[]): ClaimFeatures[][] {
  dropBlockCommon(block)
  // Blocks arrive in article and position order; precise claims go first so rows anchor on figures.
  const ordered = [...block.filter((features) => !features.vague), ...block.filter((features) => features.vague)]
  const rows: Row[] = []
  const index = new RowIndex()

  ordered.forEach((features, stamp) => {
    let best: Row | null = null
    let bestScore = Number.NEGATIVE_INFINITY
    for (const row of index.candidates(features, stamp)) {
      if (!isCompatible(row, features)) continue
      const score = scoreOf(row, features)
      if (score > bestScore || (score === bestScore && best !== null && row.order < best.order)) {
        best = row
        bestScore = score
      }
    }
    if (best === null) {
      best = newRow(rows.length)
      rows.push(best)
    }
    const newArticle = !best.articles.has(features.claim.articleId)
    addToRow(best, features)
    index.extend(best, features, newArticle)
  })
  return mergeRows(rows, index, ordered.length).map((row) => row.members)
}

/**
 * A second pass, so the result depends less on which claim came first: each row, in creation
 * order, is merged into the first earlier row that shares its context (row to row) and that every
 * one of its members is otherwise compatible with. A row started by a sentence that names little
 * ("più di 11.000 soldati l'anno scorso", in a list) cannot be found by a report sharing words with
 * the story but not with that sentence; once other reports joined either row, the rows meet here.
 */
function mergeRows(rows: Row[], index: RowIndex, firstStamp: number): Row[] {
  const merged = new Set<Row>()
  rows.forEach((row, offset) => {
    if (row.halfItems.size === 0) return
    const candidates = index.rowCandidates(row, firstStamp + offset).filter((other) => other.order < row.order && !merged.has(other))
    candidates.sort((a, b) => a.order - b.order)
    const target = candidates.find((other) => rowsShareContext(other, row) && row.members.every((member) => isCompatibleBesidesContext(other, member)))
    if (!target) return
    for (const member of row.members) {
      const newArticle = !target.articles.has(member.claim.articleId)
      addToRow(target, member)
      index.extend(target, member, newArticle)
    }
    merged.add(row)
  })
  return rows.filter((row) => !merged.has(row))
}

function isCompatible(row: Row, features: ClaimFeatures): boolean {
  return isCompatibleBesidesContext(row, features) && contextCompatible(row, features)
}

function isCompatibleBesidesContext(row: Row, features: ClaimFeatures): boolean {
  if (row.weakAction !== null && features.weakAction !== null && row.weakAction !== features.weakAction) return false
  if (features.scopeFrom > row.scopeTo || features.scopeTo < row.scopeFrom) return false
  // Cheapest checks first: most candidates fail on magnitude.
  return magnitudeCompatible(row, features) && topicsCompatible(row, features) && sameArticleCompatible(row, features)
}

/**
 * `contextCompatible` between two rows: items half of each row's members hold, one when the rows'
 * figures agree, two when they do not. Stricter than for a claim: a row's words add up, and a
 * loose test would let a story's main name merge every row of that story.
 */
function rowsShareContext(target: Row, row: Row): boolean {
  for (const articleId of row.articles) if (target.articles.has(articleId)) return true
  const agrees = row.commonLow <= target.commonHigh && row.commonHigh >= target.commonLow
  const required = agrees ? 1 : 2
  let shared = 0
  for (const item of row.halfItems) {
    if ((row.contextCounts.get(item) ?? 0) * 2 < row.members.length) continue
    if ((target.contextCounts.get(item) ?? 0) * 2 < target.members.length) continue
    shared += 1
    if (shared >= required) return true
  }
  return false
}

/**
 * A claim from an article not yet in the row must share context with it: names, places or content
 * words of its sentence that enough members' sentences hold (a claim or row without any context
 * only gathers claims of its own article). "$5.7 billion for the wall" and "$66
 * billion of car exports" are USD amounts of similar size, but about different stories.
 * - A claim whose figure agrees with the row (or a vague one) needs one item held by a quarter of
 *   the members: the same figure in the same words is already good evidence.
 * - A claim that would make the row disagree needs two items, each held by half of the members
 *   (one, when its sentence has too few words to ask for two): calling two figures one quantity
 *   reported differently asks for more evidence than finding it reported alike.
 * Shares of the members rather than any member, so a large row does not gather everything that
 * shares one word with one of its members. Tuned on the events corpus (../shared/corpus/events):
 * this keeps the share of row pairs from one event at about 0.8 (0.66 with one item for all)
 * while finding as many equal-figure pairs of one event.
 */
function contextCompatible(row: Row, features: ClaimFeatures): boolean {
  if (row.articles.has(features.claim.articleId)) return true
  // No context, no evidence that two articles speak of the same thing.
  if (features.context.length === 0 || row.contextCounts.size === 0) return false
  const agrees = features.vague || (features.interval.low <= row.commonHigh && features.interval.high >= row.commonLow)
  const required = agrees || features.context.length <= 4 ? 1 : 2
  const memberShare = agrees ? 4 : 2
  let shared = 0
  for (const item of features.context) {
    if ((row.contextCounts.get(item) ?? 0) * memberShare >= row.members.length) shared += 1
    if (shared >= required) return true
  }
  return false
}

function sharesAny(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (const item of items) if (set.has(item)) return true
  return false
}

/**
 * Descriptive words conflict when both sides have some of a kind, share none, and could have
 * shared one:
 * - places: both name places and none in common ("soldati nordcoreani" vs "Russian troops");
 * - names: both name someone or something and none in common ("Koksan" vs "Pantsir");
 * - things: none in common while both have language-neutral ones (construction vs textile workers)
 *   or plain words of the same language ("reggimento" vs "marina"). Words of different languages
 *   cannot be compared without a dictionary, so they do not keep claims apart.
 * Percentages and measures need positive evidence: a shared thing or name ("degli elettori").
 */
function topicsCompatible(row: Row, features: ClaimFeatures): boolean {
  if (features.topicPlaces.length > 0 && row.hasPlace && !sharesAny(features.topicPlaces, row.topic)) return false
  if (features.topicNames.length > 0 && row.hasName && !sharesAny(features.topicNames, row.topic)) return false
  if (features.topicRequired) return sharesAny(features.topicThings, row.topic) || sharesAny(features.topicNames, row.topic)
  if (features.topicThings.length === 0 || sharesAny(features.topicThings, row.topic)) return true
  if (row.hasNeutralThing && features.hasNeutralThing) return false
  return !sharesAny(features.thingLanguages, row.wordLanguages)
}

function magnitudeCompatible(row: Row, features: ClaimFeatures): boolean {
  // The band of values a new member may have so that no two members lie more than the factor apart.
  let low = Math.max(row.figureMax, row.bandLowMax) / magnitudeFactor
  let high = Math.min(row.figureMin, row.bandHighMin) * magnitudeFactor
  if (!(low > 0)) low = Number.NEGATIVE_INFINITY
  if (Number.isNaN(high)) high = Number.POSITIVE_INFINITY
  if (features.vague) return features.bandLow <= high && features.bandHigh >= low
  const figure = positiveFigure(features)
  return figure === null || (figure >= low && figure <= high)
}

function sameArticleCompatible(row: Row, features: ClaimFeatures): boolean {
  if (features.vague) return true
  const others = row.preciseByArticle.get(features.claim.articleId)
  if (!others) return true
  const { interval } = features
  const source = normalizedSource(features.claim.source)
  for (const other of others) {
    const overlap = interval.low <= other.interval.high && other.interval.low <= interval.high
    // One article quoting two sources with two figures is the very disagreement the table shows.
    if (!overlap && (source === null || other.source === null || source === other.source)) return false
  }
  return true
}

function normalizedSource(source: string | null): string | null {
  const trimmed = source?.trim().toLowerCase()
  return trimmed ? trimmed : null
}

function scoreOf(row: Row, features: ClaimFeatures): number {
  let score = 0
  for (const item of features.topic) if (row.topic.has(item)) score += 3
  if (row.weakAction !== null && row.weakAction === features.weakAction) score += 1
  const figure = positiveFigure(features)
  if (figure !== null && row.figureCount > 0) score -= Math.abs(Math.log10(figure) - row.logSum / row.figureCount)
  return score
}

function addToRow(row: Row, features: ClaimFeatures): void {
  row.members.push(features)
  row.articles.add(features.claim.articleId)
  row.weakAction ??= features.weakAction
  row.scopeFrom = Math.max(row.scopeFrom, features.scopeFrom)
  row.scopeTo = Math.min(row.scopeTo, features.scopeTo)
  for (const item of features.context) row.contextCounts.set(item, (row.contextCounts.get(item) ?? 0) + 1)
  for (const item of features.topic) row.topic.add(item)
  if (features.topicPlaces.length > 0) row.hasPlace = true
  if (features.topicNames.length > 0) row.hasName = true
  if (features.hasNeutralThing) row.hasNeutralThing = true
  for (const language of features.thingLanguages) row.wordLanguages.add(language)
  if (features.vague) {
    row.bandLowMax = Math.max(row.bandLowMax, features.bandLow)
    row.bandHighMin = Math.min(row.bandHighMin, features.bandHigh)
    return
  }
  const figure = positiveFigure(features)
  if (figure !== null) {
    row.figureMin = Math.min(row.figureMin, figure)
    row.figureMax = Math.max(row.figureMax, figure)
    row.logSum += Math.log10(figure)
    row.figureCount += 1
  }
  row.commonLow = Math.max(row.commonLow, features.interval.low)
  row.commonHigh = Math.min(row.commonHigh, features.interval.high)
  const members = row.preciseByArticle.get(features.claim.articleId) ?? []
  members.push({ interval: features.interval, source: normalizedSource(features.claim.source) })
  row.preciseByArticle.set(features.claim.articleId, members)
}
