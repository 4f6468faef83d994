import type { Claim } from '../../shared/api'
import { claimInterval, type Interval } from './claim-interval'
import {
  armsWords,
  genericContextWords,
  countedConcepts,
  incrementWords,
  monthNames,
  neutralModifiers,
  periodEndWords,
  periodStartWords,
  stopwords,
  strongActionWords,
  weakActionWords,
  type ConceptEntry,
  type StrongAction,
  type WeakAction
} from './alignment-lexicon'

/**
 * What the aligner reads from one claim (issue 4): what is counted, what happens to it, when, how
 * it is described, and how large it is. Everything here depends only on the claim and its
 * article's language and date, so the same claim always reads the same way.
 */
export interface ClaimFeatures {
  claim: Claim
  language: string
  /** What is counted or measured, language-neutral ("count:troops", "money:USD", "measure:km"); null when the claim says too little to align. */
  concept: string | null
  /** English label of a known counted thing ("Troops"), else null. */
  conceptLabel: string | null
  weakAction: WeakAction | null
  strongAction: StrongAction | null
  /** "altri 3.000 soldati", "another 3,000 troops": adds to an earlier figure, so it is a quantity of its own. */
  increment: boolean
  /** Time scope in months since year 0, inclusive; ±Infinity where open. */
  scopeFrom: number
  scopeTo: number
  /** The claim states its own period (not only inherited from the article date). */
  explicitScope: boolean
  /** Descriptive words of the subject as comparable items, sorted (see `analyze` and `TopicCategory`). */
  topic: string[]
  /** `topic` split by category, read once for the aligner's checks. */
  topicPlaces: string[]
  topicNames: string[]
  topicThings: string[]
  /** Some thing item is language-neutral (a modifier or a concept). */
  hasNeutralThing: boolean
  /** Languages of the plain-word thing items. */
  thingLanguages: string[]
  /**
   * What the sentence is about, beyond the claim itself: its names, places, modifiers and other
   * content words, as topic items (see `analyze`). Figures of one fact in two outlets share some
   * ("Kim", "Russia", "wall"); figures of unrelated stories rarely do.
   */
  context: string[]
  /** Percentages and measures only align on a shared topic: "75%" alone says nothing about what it is a share of. */
  topicRequired: boolean
  vague: boolean
  /** The values the claim allows (see `claimInterval`). */
  interval: Interval
  /** The number the claim is about, for magnitude checks; null for vague claims. */
  representative: number | null
  /** For vague claims: the band the wording implies ("migliaia" → [1000, 9999]). */
  bandLow: number
  bandHigh: number
  /** The sentence speaks of arms (only used to label money rows). */
  armsContext: boolean
}

export interface ClaimContext {
  language: string
  /** The article's date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or null. */
  articleDate: string | null
}

/** The claim states no usable figure of its own ("migliaia di soldati"). */
export function isVagueClaim(claim: Claim): boolean {
  return claim.qualifier === 'vague' || (claim.value === null && claim.low === null && claim.high === null)
}

/** Lower case without accents, so "più" and "piu", "società" and "societa" compare equal. */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase()
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 128) return false
  return true
}

/**
 * A light stem shared by Italian and English: drops a plural `s` and a final vowel, so
 * soldato/soldati → "soldat", soldier/soldiers → "soldier", missile/missili/missiles → "missil".
 */
export function stemWord(word: string): string {
  let stem = word
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1)
  if (stem.length > 3 && 'aeiou'.includes(stem.charAt(stem.length - 1))) stem = stem.slice(0, -1)
  return stem
}

export interface Token {
  /** Lower case, accents removed. */
  word: string
  stem: string
  start: number
  end: number
  /** Phrase number: punctuation (`,` `;` `:` brackets, a sentence end) and conjunctions ("e", "and") start a new phrase. */
  phrase: number
  isNumber: boolean
  /** Starts with a capital letter and does not open the text or a sentence: likely a name. */
  capitalized: boolean
  /** What the lexicon says about the word, looked up once per distinct word. */
  lexical: WordClass
}

const conjunctions = new Set(['e', 'ed', 'o', 'ma', 'mentre', 'and', 'or', 'but', 'while'])

/**
 * Token objects reused from one sentence to the next: the aligner reads hundreds of thousands of
 * sentences and keeps none of their tokens, so allocating them anew only feeds the garbage collector.
 */
export interface TokenBuffer {
  pool: Token[]
  tokens: Token[]
}

/** What the lexicon says about one word (see `classOf`). */
export interface WordClass {
  stem: string
  /** Modifier phrases starting with this word. */
  phrases: Array<{ item: string; stems: string[] }> | undefined
  arms: boolean
  weak: WeakAction | undefined
  strong: StrongAction | undefined
  concept: (ConceptEntry & { item: string }) | undefined
  /** A function word, a month, an increment word or a single letter: never an item. */
  skip: boolean
  generic: boolean
  nameItem: string
  /** `word:<language>:<stem>` by language. */
  wordItems: Map<string, string>
}

/**
 * Classes of the words seen so far: a library repeats its words, so stemming and the half-dozen
 * lexicon lookups run once per distinct word, not once per occurrence. Bounded; the lexicon
 * tables it reads are built below, before any text is read.
 */
const wordClasses = new Map<string, WordClass>()
let lexicon: {
  modifierPhrases: Map<string, Array<{ item: string; stems: string[] }>>
  armsStems: Set<string>
  weakActionByStem: Map<string, WeakAction>
  strongActionByStem: Map<string, StrongAction>
  conceptByStem: Map<string, ConceptEntry & { item: string }>
  stopwordSet: Set<string>
  incrementSet: Set<string>
  monthSet: Set<string>
  genericWordSet: Set<string>
} | null = null

function classOf(word: string): WordClass {
  const known = wordClasses.get(word)
  if (known) return known
  const stem = stemWord(word)
  const lexical: WordClass = {
    stem,
    phrases: lexicon ? lexicon.modifierPhrases.get(stem) : undefined,
    arms: lexicon ? lexicon.armsStems.has(stem) : false,
    weak: lexicon?.weakActionByStem.get(stem),
    strong: lexicon?.strongActionByStem.get(stem),
    concept: lexicon?.conceptByStem.get(stem),
    skip: word.length < 2 || (lexicon ? lexicon.stopwordSet.has(word) || lexicon.incrementSet.has(word) || lexicon.monthSet.has(word) : false),
    generic: lexicon ? lexicon.genericWordSet.has(word) : false,
    nameItem: `name:${stem}`,
    wordItems: new Map()
  }
  // Words read while the lexicon itself is being built are not kept: their class would be incomplete.
  if (lexicon && wordClasses.size < 200_000) wordClasses.set(word, lexical)
  return lexical
}

/** Per UTF-16 code unit: 1 = part of a word (letter, digit, combining mark), 2 = not; 0 = not looked up yet. */
const wordCharTable = new Uint8Array(0x10000)
const wordCharPattern = /[\p{L}\p{N}\p{M}]/u

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  let kind = wordCharTable[code]!
  if (kind === 0) {
    kind = wordCharPattern.test(String.fromCharCode(code)) ? 1 : 2
    wordCharTable[code] = kind
  }
  return kind === 1
}

/**
 * Words (runs of letters and digits) with their phrase numbers. A hand-written scanner
 * rather than a regular expression: it runs over every sentence of a library (issue 4's benchmark
 * reads 200,000 claims).
 */
export function tokenize(text: string, reuse?: TokenBuffer): Token[] {
  const tokens = reuse ? reuse.tokens : []
  tokens.length = 0
  let phrase = 0
  let sentenceStart = true
  const length = text.length
  // Lower-casing the whole text once is cheaper than word by word, when it keeps every offset.
  const lowerText = text.toLowerCase()
  const sameOffsets = lowerText.length === length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (!isWordChar(code)) {
      if (code === 59 || code === 58 || code === 44 || code === 40 || code === 41 || code === 91 || code === 93) {
        // ";" ":" "," "(" ")" "[" "]"
        phrase += 1
      } else if (code === 46 || code === 33 || code === 63) {
        // "." "!" "?": a dot between digits or letters ("11.000", "S.p.A") does not end a sentence.
        phrase += 1
        const next = index + 1 < length ? text.charCodeAt(index + 1) : -1
        if (next === -1 || next === 32 || next === 10 || next === 13 || next === 9 || next === 0xa0) sentenceStart = true
      }
      index += 1
      continue
    }
    let end = index + 1
    let digits = code >= 48 && code <= 57
    let ascii = code < 128
    while (end < length) {
      const next = text.charCodeAt(end)
      if (!isWordChar(next)) break
      if (next < 48 || next > 57) digits = false
      if (next >= 128) ascii = false
      end += 1
    }
    const lower = sameOffsets ? lowerText.slice(index, end) : text.slice(index, end).toLowerCase()
    // Before removing accents: "è" (is) must not read as "e" (and).
    if (conjunctions.has(lower)) phrase += 1
    const word = ascii ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
    const lexical = classOf(word)
    const stem = lexical.stem
    const capitalized = !sentenceStart && text.charAt(index) !== lower.charAt(0)
    const pooled = reuse?.pool[tokens.length]
    if (pooled) {
      pooled.word = word
      pooled.stem = stem
      pooled.start = index
      pooled.end = end
      pooled.phrase = phrase
      pooled.isNumber = digits
      pooled.capitalized = capitalized
      pooled.lexical = lexical
      tokens.push(pooled)
    } else {
      const token: Token = { word, stem, start: index, end, phrase, isNumber: digits, capitalized, lexical }
      reuse?.pool.push(token)
      tokens.push(token)
    }
    sentenceStart = false
    index = end
  }
  return tokens
}

function stemsOf(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.stem)
}

function indexWords<T>(groups: Array<[T, string[]]>): Map<string, T> {
  const index = new Map<string, T>()
  for (const [value, words] of groups) {
    for (const word of words) {
      const stems = stemsOf(word)
      if (stems.length === 1 && !index.has(stems[0]!)) index.set(stems[0]!, value)
    }
  }
  return index
}

const conceptByStem = indexWords<ConceptEntry & { item: string }>(countedConcepts.map((entry) => [{ ...entry, item: `concept:${entry.id}` }, entry.words]))
const weakActionByStem = indexWords<WeakAction>(Object.entries(weakActionWords) as Array<[WeakAction, string[]]>)
const strongActionByStem = indexWords<StrongAction>(Object.entries(strongActionWords) as Array<[StrongAction, string[]]>)
/** Longest first, so "corea del nord" wins over a shorter phrase starting the same way. */
const modifierPhrases = new Map<string, Array<{ item: string; stems: string[] }>>()
for (const entry of neutralModifiers) {
  for (const word of entry.words) {
    const stems = stemsOf(word)
    const phrases = modifierPhrases.get(stems[0]!) ?? []
    phrases.push({ item: entry.place ? `place:${entry.id}` : `mod:${entry.id}`, stems })
    modifierPhrases.set(stems[0]!, phrases)
  }
}
for (const phrases of modifierPhrases.values()) phrases.sort((a, b) => b.stems.length - a.stems.length)
const stopwordSet = new Set(stopwords.map(normalizeWord))
const incrementSet = new Set(incrementWords)
const monthSet = new Set(monthNames)
const periodStartSet = new Set(periodStartWords)
const periodEndSet = new Set(periodEndWords)
const armsStems = new Set(armsWords.map((word) => stemWord(normalizeWord(word))))
const genericWordSet = new Set(genericContextWords)
lexicon = { modifierPhrases, armsStems, weakActionByStem, strongActionByStem, conceptByStem, stopwordSet, incrementSet, monthSet, genericWordSet }
const englishPhraseBreaks = new Set(['of', 'in', 'from', 'for', 'to', 'with', 'that', 'which', 'who', 'on', 'at', 'by'])

/** A phrase or sentence read once: its words and what the lexicon says about them. */
interface Analysis {
  tokens: Token[]
  /** Topic items in text order, each with the words it covers (see `analyze`). */
  items: ItemSpan[]
  /** Positions of action words. */
  weak: Array<{ index: number; action: WeakAction }>
  strong: Array<{ index: number; action: StrongAction }>
  /** Speaks of arms (labels money rows). */
  arms: boolean
  /** For a subject: its topic by the claim's own concept (see `readClaim`). */
  topics?: Map<string, TopicSplit>
}

/**
 * Reading is most of the aligner's work. Claims of one sentence come one after the other (the
 * aligner reads them in article and position order), so the last sentence is kept; subjects and
 * units repeat across a library, so they are kept for the whole call.
 */
export class ReadingCache {
  private sentence: string | null = null
  private language: string | null = null
  private readonly buffer: TokenBuffer = { pool: [], tokens: [] }
  /** Overwritten by the next sentence: nothing read from it may be kept. */
  private readonly sentenceAnalysis: Analysis = { tokens: [], items: [], weak: [], strong: [], arms: false }
  private readonly phrases = new Map<string, Analysis>()

  ofSentence(sentence: string, language: string): Analysis {
    if (sentence !== this.sentence || language !== this.language) {
      this.sentence = sentence
      this.language = language
      analyze(tokenize(sentence, this.buffer), language, this.sentenceAnalysis)
    }
    return this.sentenceAnalysis
  }

  /** A short phrase (a subject, a unit). */
  ofPhrase(phrase: string, language: string): Analysis {
    const key = `${language}\u0000${phrase}`
    let analysis = this.phrases.get(key)
    if (!analysis) {
      analysis = analyze(tokenize(phrase), language)
      this.phrases.set(key, analysis)
    }
    return analysis
  }
}

/** Months since year 0 of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date: [first, last] month. */
export function monthsOf(date: string | null): [number, number] | null {
  const match = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null
  if (!match) return null
  const year = Number(match[1])
  if (match[2] === undefined) return [year * 12, year * 12 + 11]
  const month = year * 12 + Number(match[2]) - 1
  return [month, month]
}

/**
 * A claim's period as months [from, to]: a year or month ("2024", "2025-01"), or an ISO 8601
 * interval as the extractor writes scopes like "dal 2023 in poi" ("2023/..", "../2024",
 * "2024-12/2025-02"); open ends are ±Infinity. Null when absent or unreadable.
 */
export function periodMonths(period: string | null): [number, number] | null {
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

export function readClaim(claim: Claim, context: ClaimContext, cache: ReadingCache = new ReadingCache()): ClaimFeatures {
  const sentence = cache.ofSentence(claim.sentence, context.language)
  const { tokens } = sentence
  const span = locateClaim(claim, tokens)
  const subject = claim.subject ? cache.ofPhrase(claim.subject, context.language) : null
  const subjectTokens = subject?.tokens ?? []
  const claimTokens = span ? tokens.slice(span[0], span[1] + 1) : tokenize(claim.text)

  const entry = readConceptEntry(claim, claim.unit ? cache.ofPhrase(claim.unit, context.language).tokens : [], subjectTokens, context.language)
  const concept = readConcept(claim, entry, subjectTokens, context.language)
  const strongAction = subject?.strong[0]?.action ?? readStrongAction(sentence, span)
  const weakAction = readWeakAction(sentence, span)
  const increment = readIncrement(tokens, span, claimTokens, subjectTokens)
  const scope = readScope(claim, tokens, span, context.articleDate)

  const topicRequired = claim.kind === 'percent' || claim.kind === 'measure'
  const ownConcept = claim.kind === 'count' ? entry?.id ?? null : null
  // An unknown counted thing is its own head word: "palazzi" in "palazzi storici" is not a modifier.
  let ownStems = noStems
  if (claim.kind === 'count' && !entry) {
    const stems = new Set<string>()
    if (claim.unit) stems.add(stemWord(normalizeWord(claim.unit)))
    const head = headOf(subjectTokens)
    if (head) stems.add(head.stem)
    ownStems = stems
  }
  const isOwn = (span: ItemSpan): boolean => (span.concept !== null && span.concept === ownConcept) || (span.stem !== null && ownStems.has(span.stem))
  // Claims with one subject and one own concept share their topic (a library repeats its subjects).
  let split = noTopic
  if (subject) {
    const key = `${ownConcept}|${[...ownStems].join(',')}`
    subject.topics ??= new Map()
    let cached = subject.topics.get(key)
    if (!cached) {
      cached = splitTopic(uniqueItems(subject.items, (item) => !isOwn(item)).sort())
      subject.topics.set(key, cached)
    }
    split = cached
  }
  if (split.topic.length === 0 && topicRequired && span) {
    // "l'affluenza è al 63%": the four words either side of the number, within its phrase.
    const before = tokens[span[0]]!.phrase
    const after = tokens[span[1]]!.phrase
    split = splitTopic(uniqueItems(sentence.items, (item) => !isOwn(item) && (
      (item.first >= span[0] - 4 && item.last < span[0] && tokens[item.first]!.phrase === before && tokens[item.last]!.phrase === before) ||
      (item.first > span[1] && item.last <= span[1] + 4 && tokens[item.first]!.phrase === after && tokens[item.last]!.phrase === after)
    )).sort())
  }
  const contextItems = contextOf(sentence.items, span, ownConcept, ownStems)

  const vague = isVagueClaim(claim)
  const bandLow = claim.low ?? 0
  const bandHigh = claim.high ?? Number.POSITIVE_INFINITY
  return {
    claim,
    language: context.language,
    concept,
    conceptLabel: claim.kind === 'count' ? entry?.label ?? null : null,
    weakAction,
    strongAction,
    increment,
    scopeFrom: scope.from,
    scopeTo: scope.to,
    explicitScope: scope.explicit,
    ...split,
    context: contextItems,
    topicRequired,
    vague,
    interval: claimInterval(claim),
    representative: vague ? null : representativeOf(claim),
    bandLow,
    bandHigh,
    armsContext: claim.kind === 'money' && sentence.arms
  }
}

type TopicSplit = Pick<ClaimFeatures, 'topic' | 'topicPlaces' | 'topicNames' | 'topicThings' | 'hasNeutralThing' | 'thingLanguages'>

/** Shared by every claim without descriptive words (most of them): never modified. */
const noTopic: TopicSplit = { topic: [], topicPlaces: [], topicNames: [], topicThings: [], hasNeutralThing: false, thingLanguages: [] }

function splitTopic(topic: string[]): TopicSplit {
  if (topic.length === 0) return noTopic
  const split: TopicSplit = { topic, topicPlaces: [], topicNames: [], topicThings: [], hasNeutralThing: false, thingLanguages: [] }
  for (const item of topic) {
    const category = topicCategory(item)
    if (category === 'place') split.topicPlaces.push(item)
    else if (category === 'name') split.topicNames.push(item)
    else {
      split.topicThings.push(item)
      const language = topicLanguage(item)
      if (language === null) split.hasNeutralThing = true
      else if (!split.thingLanguages.includes(language)) split.thingLanguages.push(language)
    }
  }
  return split
}

const noStems: ReadonlySet<string> = new Set()

/** The sentence's items outside the claim, without its own words and words common to any news story. */
function contextOf(spans: readonly ItemSpan[], span: [number, number] | null, ownConcept: string | null, ownStems: ReadonlySet<string>): string[] {
  const items: string[] = []
  for (const item of spans) {
    if (item.generic) continue
    if (item.concept !== null && item.concept === ownConcept) continue
    if (item.stem !== null && ownStems.size > 0 && ownStems.has(item.stem)) continue
    if (span !== null && item.last >= span[0] && item.first <= span[1]) continue
    if (!items.includes(item.item)) items.push(item.item)
  }
  return items
}

function uniqueItems(spans: readonly ItemSpan[], keep: (span: ItemSpan) => boolean): string[] {
  const items: string[] = []
  for (const span of spans) if (keep(span) && !items.includes(span.item)) items.push(span.item)
  return items
}

function representativeOf(claim: Claim): number | null {
  if (claim.qualifier === 'range' && claim.low !== null && claim.high !== null && claim.low > 0 && claim.high > 0) {
    return Math.sqrt(claim.low * claim.high)
  }
  return claim.value ?? claim.low ?? claim.high
}

/** Token indexes [first, last] of the claim inside its sentence, or null when the text is not found there. */
function locateClaim(claim: Claim, tokens: Token[]): [number, number] | null {
  const at = claim.sentence.indexOf(claim.text)
  if (at < 0 || claim.text.length === 0) return null
  const end = at + claim.text.length
  let first = -1
  let last = -1
  tokens.forEach((token, index) => {
    if (token.end > at && token.start < end) {
      if (first < 0) first = index
      last = index
    }
  })
  return first < 0 ? null : [first, last]
}

function readConceptEntry(claim: Claim, unitTokens: Token[], subjectTokens: Token[], language: string): ConceptEntry | null {
  if (claim.kind !== 'count') return null
  // The extractor's unit is canonical English ("soldier", "artillery shell"): its head is the last word.
  for (let index = unitTokens.length - 1; index >= 0; index -= 1) {
    const entry = conceptByStem.get(unitTokens[index]!.stem)
    if (entry) return entry
  }
  return conceptOfSubject(subjectTokens, language)
}

/** The head of a noun phrase: last word of the first chunk in English ("artillery shells"), first word in Italian ("proiettili d'artiglieria"). */
function conceptOfSubject(subjectTokens: Token[], language: string): ConceptEntry | null {
  if (language === 'en') {
    const breakAt = subjectTokens.findIndex((token) => englishPhraseBreaks.has(token.word))
    const chunk = breakAt < 0 ? subjectTokens : subjectTokens.slice(0, breakAt)
    for (let index = chunk.length - 1; index >= 0; index -= 1) {
      const entry = conceptByStem.get(chunk[index]!.stem)
      if (entry) return entry
    }
  }
  for (const token of subjectTokens) {
    const entry = conceptByStem.get(token.stem)
    if (entry) return entry
  }
  return null
}

function readConcept(claim: Claim, entry: ConceptEntry | null, subjectTokens: Token[], language: string): string | null {
  switch (claim.kind) {
    case 'money':
      return claim.unit ? `money:${claim.unit.toUpperCase()}` : null
    case 'percent':
      return 'percent'
    case 'measure':
      return claim.unit ? `measure:${normalizeWord(claim.unit)}` : null
    case 'count': {
      if (entry) return `count:${entry.id}`
      if (claim.unit) return `count:unit:${stemWord(normalizeWord(claim.unit))}`
      const head = headOf(subjectTokens)
      return head ? `count:${language}:${head.stem}` : null
    }
  }
}

function headOf(subjectTokens: Token[]): Token | undefined {
  return subjectTokens.find((token) => !token.isNumber && !stopwordSet.has(token.word))
}

function distanceTo(index: number, span: [number, number]): number {
  if (index < span[0]) return span[0] - index
  if (index > span[1]) return index - span[1]
  return 0
}

/** Killed, wounded, captured: only from words close to the number in the same phrase ("la morte di almeno nove membri"). */
function readStrongAction(sentence: Analysis, span: [number, number] | null): StrongAction | null {
  const { tokens } = sentence
  let best: StrongAction | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const { index, action } of sentence.strong) {
    // Without the claim's position, err on the side of keeping the claim apart.
    if (!span) return action
    const before = index < span[0]
    // Same phrase only: in "3.000 uccisi e 11.000 soldati inviati" the deaths are not the 11.000's.
    if (tokens[index]!.phrase !== tokens[before ? span[0] : span[1]]!.phrase) continue
    const distance = distanceTo(index, span)
    // English puts the verb late: "nine members of an engineering regiment were killed".
    if (before ? distance > 6 : distance > 8) continue
    if (distance < bestDistance) {
      best = action
      bestDistance = distance
    }
  }
  return best
}

/** Sending, supplying, producing: the nearest such word anywhere in the sentence ("Putin avrebbe spedito …; più di 11.000 soldati"). */
function readWeakAction(sentence: Analysis, span: [number, number] | null): WeakAction | null {
  let best: WeakAction | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const { index, action } of sentence.weak) {
    // Words before the number count slightly nearer: verbs usually precede their object.
    const distance = span ? distanceTo(index, span) + (index > span[1] ? 0.5 : 0) : index
    if (distance < bestDistance) {
      best = action
      bestDistance = distance
    }
  }
  return best
}

function readIncrement(tokens: Token[], span: [number, number] | null, claimTokens: Token[], subjectTokens: Token[]): boolean {
  if (span) {
    const phrase = tokens[span[0]]!.phrase
    for (let index = Math.max(0, span[0] - 2); index < span[0]; index += 1) {
      const token = tokens[index]!
      if (token.phrase === phrase && incrementSet.has(token.word)) return true
    }
  }
  for (const token of claimTokens) if (incrementSet.has(token.word)) return true
  for (const token of subjectTokens) if (incrementSet.has(token.word)) return true
  // "3,000 more troops" adds; "more than 3,000" bounds.
  const first = span ? span[0] : 0
  const last = span ? Math.min(tokens.length - 1, span[1] + 2) : -1
  const following = span ? tokens : claimTokens
  const end = span ? last : claimTokens.length - 1
  for (let index = first + 1; index <= end; index += 1) {
    if (following[index]!.word === 'more' && following[index - 1]!.isNumber && following[index + 1]?.word !== 'than') return true
  }
  return false
}

/**
 * The claim's time scope. A stated period counts as that year or month; a plain year is opened by
 * "dal 2023 (in poi)" / "since 2023" and closed by "al 2024" / "to 2024" when the extractor gave the
 * year alone. An open end stops at the article's date, and a claim without a period can only speak
 * of what happened up to its article's date.
 */
function readScope(claim: Claim, tokens: Token[], span: [number, number] | null, articleDate: string | null): { from: number; to: number; explicit: boolean } {
  const article = monthsOf(articleDate)
  const period = periodMonths(claim.period)
  if (!period) return { from: Number.NEGATIVE_INFINITY, to: article ? article[1] : Number.POSITIVE_INFINITY, explicit: false }

  let [from, to] = period
  if (!claim.period!.includes('/')) [from, to] = widenFromSentence(claim.period!, from, to, tokens, span)
  if (to === Number.POSITIVE_INFINITY && article) to = Math.max(article[1], from)
  return { from, to: Math.max(from, to), explicit: true }
}

function widenFromSentence(period: string, from: number, to: number, tokens: Token[], span: [number, number] | null): [number, number] {
  const year = period.slice(0, 4)
  const reference = span ? span[0] : 0
  const yearIndex = tokens
    .flatMap((token, index) => (token.word === year ? [index] : []))
    .sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference))[0]
  if (yearIndex === undefined) return [from, to]
  const before = tokens.slice(Math.max(0, yearIndex - 3), yearIndex)
  const monthBefore = before.at(-1)
  if (period.length === 4 && monthBefore && monthSet.has(monthBefore.word)) from = Number(year) * 12 + (monthNames.indexOf(monthBefore.word) % 12)
  if (!before.some((token) => periodStartSet.has(token.word))) return [from, to]
  const after = tokens.slice(yearIndex + 1, yearIndex + 6)
  const endAt = after.findIndex((token) => periodEndSet.has(token.word))
  const endYearAt = after.findIndex((token, index) => index > endAt && /^\d{4}$/.test(token.word))
  if (endAt < 0 || endYearAt < 0) return [from, Number.POSITIVE_INFINITY]
  const endYear = Number(after[endYearAt]!.word)
  const monthToken = after[endYearAt - 1]
  return [from, monthToken && monthSet.has(monthToken.word) ? endYear * 12 + (monthNames.indexOf(monthToken.word) % 12) : endYear * 12 + 11]
}

/** One topic item of a text and the words [first, last] it covers. */
interface ItemSpan {
  item: string
  first: number
  last: number
  /** The word's stem for a plain word or name, to leave out a claim's own head word. */
  stem: string | null
  /** The counted thing, for a concept item, to leave out a claim's own concept. */
  concept: string | null
  /** Too common in news to tell stories apart: kept for subjects, left out of contexts. */
  generic: boolean
}

/**
 * Reads a text's words once: its action words and its descriptive words as comparable items:
 * - `place:north-korea`: a lexicon country or organization, language-neutral;
 * - `name:koksan`: another capitalized word (a name), language-neutral;
 * - `mod:artillery`, `concept:rockets`: a lexicon modifier or a counted thing, language-neutral;
 * - `word:it:reggiment`: any other word, tagged with its language, since "reggimento" and
 *   "regiment" cannot be compared without a dictionary.
 * Function words, numbers, months and action words are not items.
 */
/** Spare item spans for the sentence analysis, reused from one sentence to the next. */
const spanPool: ItemSpan[] = []

function addItem(items: ItemSpan[], pooled: boolean, item: string, first: number, last: number, stem: string | null, concept: string | null, generic: boolean): void {
  const spare = pooled ? spanPool[items.length] : undefined
  if (!spare) {
    const span = { item, first, last, stem, concept, generic }
    if (pooled) spanPool.push(span)
    items.push(span)
    return
  }
  spare.item = item
  spare.first = first
  spare.last = last
  spare.stem = stem
  spare.concept = concept
  spare.generic = generic
  items.push(spare)
}

function analyze(tokens: Token[], language: string, reuse?: Analysis): Analysis {
  const items = reuse ? reuse.items : []
  const weak = reuse ? reuse.weak : []
  const strong = reuse ? reuse.strong : []
  items.length = 0
  weak.length = 0
  strong.length = 0
  let arms = false
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    const lexical = token.lexical
    const phrase = lexical.phrases?.find((candidate) => candidate.stems.every((stem, offset) => tokens[index + offset]?.stem === stem))
    if (phrase) {
      addItem(items, reuse !== undefined, phrase.item, index, index + phrase.stems.length - 1, null, null, false)
      index += phrase.stems.length
      continue
    }
    const at = index
    index += 1
    if (lexical.arms) arms = true
    if (lexical.weak) weak.push({ index: at, action: lexical.weak })
    if (lexical.strong) strong.push({ index: at, action: lexical.strong })
    if (lexical.weak || lexical.strong || lexical.skip || token.isNumber) continue
    if (lexical.concept) {
      addItem(items, reuse !== undefined, lexical.concept.item, at, at, null, lexical.concept.id, lexical.generic)
      continue
    }
    let item: string | undefined
    if (token.capitalized) item = lexical.nameItem
    else {
      item = lexical.wordItems.get(language)
      if (item === undefined) {
        item = `word:${language}:${lexical.stem}`
        lexical.wordItems.set(language, item)
      }
    }
    addItem(items, reuse !== undefined, item, at, at, token.stem, null, lexical.generic)
  }
  if (!reuse) return { tokens, items, weak, strong, arms }
  reuse.tokens = tokens
  reuse.arms = arms
  return reuse
}

/** Places and names only conflict with their own kind; `thing` covers modifiers, concepts and words. */
export type TopicCategory = 'place' | 'name' | 'thing'

export function topicCategory(item: string): TopicCategory {
  if (item.startsWith('place:')) return 'place'
  if (item.startsWith('name:')) return 'name'
  return 'thing'
}

/** The language of a plain word item (`word:it:…`), null for language-neutral items. */
export function topicLanguage(item: string): string | null {
  if (!item.startsWith('word:')) return null
  return item.slice(5, item.indexOf(':', 5))
}
