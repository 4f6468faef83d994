import type { Claim } from '../../shared/model'
import { countedThingClasses, genericCountNouns } from '../language/counted-things'
import { languagesFor, vocabularies, type LanguageCode } from '../language'
import { WordStems } from '../language/stem'
import { claimInterval, groupingTolerance, type Interval } from '../../shared/claim-interval'

/**
 * What the aligner knows of one claim (issue 9): the block it may share rows in, what it counts
 * (a class shared by Italian and English, else the stem of its head noun), its interval, the words
 * around the figure and of its sentence (stemmed, weighted by rarity later), its attribution, time
 * scope and whether it adds to an earlier figure.
 */
export interface ClaimReading {
  claim: Claim
  /** Only claims of one block are compared: `count`, `money`, `percent`, `measure:km`, `age`… */
  block: string
  /** Money's currency, or null when the figure gives none. */
  currency: string | null
  /** A counted-thing class id (`deaths`, `people`…), or null. */
  classId: string | null
  /** The stem of the counted noun when no class is known ("account", "contract"), else null. */
  head: string | null
  /** How the class was read: from the counted noun, or from words near a bare or generic figure. */
  classFrom: 'noun' | 'cue' | null
  interval: Interval
  vague: boolean
  /** Stems of the content words nearest the figure (the clause it sits in). */
  near: string[]
  /** Stems of the sentence's content words. */
  sentence: string[]
  /** A word as written for each stem of the sentence, to show shared words as words. */
  written: ReadonlyMap<string, string>
  /** The content word nearest the figure as written (after it, else before): a label for a row nothing else names. */
  nearWord: string | null
  /** Its stem. */
  nearStem: string | null
  source: string | null
  /** Months [from, to] of the claim's time scope, or null. */
  period: [number, number] | null
  /** "altri 3.000", "another 500": the figure adds to an earlier one. */
  increment: boolean
  language: LanguageCode
}

/** How many content words on each side of the figure count as "near" it. */
const nearWindow = 5

const incrementWords = new Set(['altri', 'altre', 'ulteriori', 'another', 'additional', 'further', 'extra', 'more'])

interface Word {
  text: string
  start: number
  end: number
}

/** The phrase tables of the counted-thing classes, keyed by the stem of their first word. */
interface ClassLexicon {
  nouns: Map<string, Array<{ stems: string[]; classId: string }>>
  cues: Map<string, Array<{ stems: string[]; classId: string }>>
  generic: Set<string>
  stops: Set<string>
  auxiliaries: Set<string>
}

/**
 * Reads claims for alignment. Owns its stems and sentence readings, so a comparison that keeps one
 * reader re-reads nothing it has seen, and dropping the reader frees it all.
 */
export class ClaimReader {
  readonly stems = new WordStems()
  private readonly lexicons = new Map<LanguageCode, ClassLexicon>()
  private readonly sentences = new Map<string, { words: Word[]; stems: string[] }>()

  read(claim: Claim, articleLanguage: string): ClaimReading {
    const language = this.languageOf(claim, articleLanguage)
    const lexicon = this.lexicon(language)
    const { words, stems } = this.readSentence(claim.sentence, language)
    const at = locate(claim, words)
    const subjectWords = claim.subject ? wordsOf(claim.subject) : []
    const subjectStems = subjectWords.map((word) => this.stems.stem(word.text, language))
    const near = nearStems(stems, words, at, lexicon.stops)
    const nearWord = nearestWord(words, at, lexicon.stops)

    let classId: string | null = null
    let classFrom: ClaimReading['classFrom'] = null
    let head: string | null = null
    if (claim.kind === 'count') {
      const fromNoun = findPhrase(lexicon.nouns, subjectStems)
      const outcome = fromNoun !== null && !outcomeClasses.has(fromNoun) ? nearestCue(lexicon, stems, at) : null
      if (outcome !== null && outcomeClasses.has(outcome)) {
        classId = outcome
        classFrom = 'cue'
      } else if (fromNoun !== null) {
        classId = fromNoun
        classFrom = 'noun'
      } else {
        const generic = subjectStems.some((stem) => lexicon.generic.has(stem))
        const cue = nearestCue(lexicon, stems, at) ?? (claim.subject === null ? nearestPhrase(lexicon.nouns, stems, at) : null)
        if (cue !== null && (generic || claim.subject === null)) {
          classId = cue
          classFrom = 'cue'
        } else if (generic) {
          classId = 'people'
          classFrom = 'noun'
        } else {
          // "la morte di almeno nove membri", "12 crew members killed": an outcome right beside a noun no class knows.
          const beside = adjacentOutcome(lexicon, stems, at) ?? predicatedOutcome(lexicon, claim.sentence, words, stems, at)
          if (beside !== null) {
            classId = beside
            classFrom = 'cue'
          } else head = headStem(subjectStems, language, lexicon.stops)
        }
      }
    }
    const vague = claim.qualifier === 'vague' || (claim.value === null && claim.low === null && claim.high === null)
    return {
      claim,
      block: blockOf(claim),
      currency: claim.kind === 'money' ? claim.unit : null,
      classId,
      head,
      classFrom,
      interval: claimInterval(claim, groupingTolerance),
      vague,
      near,
      sentence: contentStems(stems, words, lexicon.stops),
      written: writtenForms(stems, words),
      nearWord,
      nearStem: nearWord === null ? null : this.stems.stem(nearWord, language),
      source: claim.source ? claim.source.toLowerCase().replace(/^(?:secondo|according to)\s+/, '').trim() : null,
      period: periodMonths(claim.period),
      increment: words.slice(Math.max(0, at.first - 2), at.first + 1).some((word) => incrementWords.has(word.text)),
      language
    }
  }

  private languageOf(claim: Claim, articleLanguage: string): LanguageCode {
    const languages = languagesFor(articleLanguage)
    if (languages.length === 1) return languages[0]!
    // An article of unknown language: its claim's sentence decides by its function words.
    const words = wordsOf(claim.sentence)
    const italianStops = this.lexicon('it').stops
    const englishStops = this.lexicon('en').stops
    const italian = words.filter((word) => italianStops.has(word.text)).length
    const english = words.filter((word) => englishStops.has(word.text)).length
    return english > italian ? 'en' : 'it'
  }

  private readSentence(sentence: string, language: LanguageCode): { words: Word[]; stems: string[] } {
    const key = `${language}\u0000${sentence}`
    let read = this.sentences.get(key)
    if (!read) {
      const words = wordsOf(sentence)
      read = { words, stems: words.map((word) => this.stems.stem(word.text, language)) }
      this.sentences.set(key, read)
    }
    return read
  }

  private lexicon(language: LanguageCode): ClassLexicon {
    let lexicon = this.lexicons.get(language)
    if (!lexicon) {
      const phrases = (pick: 'nouns' | 'cues'): ClassLexicon['nouns'] => {
        const table: ClassLexicon['nouns'] = new Map()
        for (const entry of countedThingClasses) {
          for (const phrase of entry[pick][language]) {
            const stems = wordsOf(phrase).map((word) => this.stems.stem(word.text, language))
            if (stems.length === 0) continue
            const list = table.get(stems[0]!) ?? []
            list.push({ stems, classId: entry.id })
            table.set(stems[0]!, list)
          }
        }
        // Longest phrase first: "posti di lavoro" before "posti".
        for (const list of table.values()) list.sort((a, b) => b.stems.length - a.stems.length)
        return table
      }
      lexicon = {
        nouns: phrases('nouns'),
        cues: phrases('cues'),
        generic: new Set(genericCountNouns[language].map((word) => this.stems.stem(word, language))),
        stops: new Set(vocabularies[language].stopWords.map((word) => word.replace(/'$/, ''))),
        auxiliaries: new Set(vocabularies[language].auxiliaries)
      }
      this.lexicons.set(language, lexicon)
    }
    return lexicon
  }
}

/** The words of a text, lower case, with their offsets; apostrophes split ("dell'esercito" → "dell", "esercito"). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(/\p{L}+/gu)) words.push({ text: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length })
  return words
}

/** The claim's word span in its sentence: [first, last) word indexes (the figure and its unit). */
interface Span {
  first: number
  last: number
}

function locate(claim: Claim, words: readonly Word[]): Span {
  let start = claim.sentence.indexOf(claim.text)
  if (start < 0) start = 0
  const end = start + claim.text.length
  let first = words.findIndex((word) => word.end > start)
  if (first < 0) first = words.length
  let last = first
  while (last < words.length && words[last]!.start < end) last += 1
  return { first, last }
}

function isContent(word: string, stops: ReadonlySet<string>): boolean {
  return word.length > 2 && !stops.has(word)
}

function nearStems(stems: readonly string[], words: readonly Word[], at: Span, stops: ReadonlySet<string>): string[] {
  const near: string[] = []
  let taken = 0
  for (let index = at.first - 1; index >= 0 && taken < nearWindow; index -= 1) {
    if (!isContent(words[index]!.text, stops)) continue
    near.push(stems[index]!)
    taken += 1
  }
  for (let index = at.first; index < at.last; index += 1) if (isContent(words[index]!.text, stops)) near.push(stems[index]!)
  taken = 0
  for (let index = at.last; index < words.length && taken < nearWindow; index += 1) {
    if (!isContent(words[index]!.text, stops)) continue
    near.push(stems[index]!)
    taken += 1
  }
  return [...new Set(near)]
}

function nearestWord(words: readonly Word[], at: Span, stops: ReadonlySet<string>): string | null {
  for (let index = at.last; index < Math.min(words.length, at.last + 3); index += 1) if (isContent(words[index]!.text, stops)) return words[index]!.text
  for (let index = at.first - 1; index >= Math.max(0, at.first - 3); index -= 1) if (isContent(words[index]!.text, stops)) return words[index]!.text
  return null
}

function writtenForms(stems: readonly string[], words: readonly Word[]): Map<string, string> {
  const written = new Map<string, string>()
  for (let index = 0; index < words.length; index += 1) if (!written.has(stems[index]!)) written.set(stems[index]!, words[index]!.text)
  return written
}

function contentStems(stems: readonly string[], words: readonly Word[], stops: ReadonlySet<string>): string[] {
  const kept = new Set<string>()
  for (let index = 0; index < words.length; index += 1) if (isContent(words[index]!.text, stops)) kept.add(stems[index]!)
  return [...kept]
}

function matchAt(table: ClassLexicon['nouns'], stems: readonly string[], index: number): string | null {
  for (const entry of table.get(stems[index]!) ?? []) {
    if (entry.stems.every((stem, offset) => stems[index + offset] === stem)) return entry.classId
  }
  return null
}

function findPhrase(table: ClassLexicon['nouns'], stems: readonly string[]): string | null {
  for (let index = 0; index < stems.length; index += 1) {
    const found = matchAt(table, stems, index)
    if (found !== null) return found
  }
  return null
}

/**
 * The class phrase nearest the figure within its clause window, looking both ways; at equal
 * distance the class listed first wins (deaths before passengers in "killed 179 people on board").
 */
function nearestPhrase(table: ClassLexicon['nouns'], stems: readonly string[], at: Span): string | null {
  const reach = nearWindow + 3
  for (let distance = 0; distance <= reach; distance += 1) {
    const after = at.last + distance < stems.length ? matchAt(table, stems, at.last + distance) : null
    const before = at.first - 1 - distance >= 0 ? matchAt(table, stems, at.first - 1 - distance) : null
    if (after !== null && before !== null) return classOrder.get(after)! <= classOrder.get(before)! ? after : before
    if (after !== null || before !== null) return after ?? before
  }
  return null
}

const outcomeClasses = new Set(countedThingClasses.filter((entry) => entry.outcome).map((entry) => entry.id))

const classOrder = new Map(countedThingClasses.map((entry, index) => [entry.id, index]))

function nearestCue(lexicon: ClassLexicon, stems: readonly string[], at: Span): string | null {
  return nearestPhrase(lexicon.cues, stems, at)
}

/** How far after the counted phrase its verb may stand ("nine members of an engineering regiment were killed"). */
const predicateReach = 6

/**
 * An outcome said of the counted phrase by its verb: an auxiliary then the outcome ("were killed",
 * "sono stati uccisi"), within its clause (no punctuation between: "four vans stolen; a guard was killed").
 */
function predicatedOutcome(lexicon: ClassLexicon, sentence: string, words: readonly Word[], stems: readonly string[], at: Span): string | null {
  for (let index = at.last; index < Math.min(words.length - 1, at.last + predicateReach); index += 1) {
    if (index > 0 && /[,;:.()—–]/.test(sentence.slice(words[index - 1]!.end, words[index]!.start))) return null
    if (!lexicon.auxiliaries.has(words[index]!.text)) continue
    let next = index + 1
    while (next < words.length - 1 && lexicon.auxiliaries.has(words[next]!.text)) next += 1
    const found = matchAt(lexicon.cues, stems, next)
    return found !== null && outcomeClasses.has(found) ? found : null
  }
  return null
}

/** An outcome cue within two words of the counted phrase (before it, or right after it), else null. */
function adjacentOutcome(lexicon: ClassLexicon, stems: readonly string[], at: Span): string | null {
  const positions = [at.last, at.first - 1, at.first - 2, at.last + 1]
  for (const position of positions) {
    if (position < 0 || position >= stems.length) continue
    const found = matchAt(lexicon.cues, stems, position)
    if (found !== null && outcomeClasses.has(found)) return found
  }
  return null
}

/** The counted noun's stem: Italian puts the head first ("proiettili d'artiglieria"), English last ("artillery shells"). */
function headStem(stems: readonly string[], language: LanguageCode, stops: ReadonlySet<string>): string | null {
  const content = stems.filter((stem) => stem.length > 2 && !stops.has(stem))
  if (content.length === 0) return null
  return language === 'it' ? content[0]! : content[content.length - 1]!
}

function blockOf(claim: Claim): string {
  switch (claim.kind) {
    case 'money':
      return 'money'
    // A duration in days and one in years are not one figure misreported; the row's verdict compares values in one unit.
    case 'measure':
    case 'duration':
      return `${claim.kind}:${claim.unit ?? ''}`
    default:
      return claim.kind
  }
}

/** Months since year 0 of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date: [first, last] month. */
function monthsOf(date: string | null): [number, number] | null {
  const match = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null
  if (!match) return null
  const year = Number(match[1])
  if (match[2] === undefined) return [year * 12, year * 12 + 11]
  const month = year * 12 + Number(match[2]) - 1
  return [month, month]
}

/**
 * A claim's period as months [from, to]: a year or month ("2024", "2025-01"), or an ISO 8601
 * interval ("2023/..", "../2024", "2024-12/2025-02"); open ends are ±Infinity. Null when absent.
 */
function periodMonths(period: string | null): [number, number] | null {
  if (period === null) return null
  const slash = period.indexOf('/')
  if (slash < 0) return monthsOf(period)
  const start = period.slice(0, slash)
  const end = period.slice(slash + 1)
  const from = start === '..' || start === '' ? Number.NEGATIVE_INFINITY : monthsOf(start)?.[0]
  const to = end === '..' || end === '' ? Number.POSITIVE_INFINITY : monthsOf(end)?.[1]
  if (from === undefined || to === undefined) return null
  return [from, to]
}
