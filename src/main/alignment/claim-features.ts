import type { Claim } from '../../shared/api'
import { claimInterval, groupingTolerance, type Interval } from './claim-interval'
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
  /** `claim.articleId`, the same string object for the claims of one article: the aligner keys its maps by it. */
  articleId: string
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
  /** A bit for each of `topicNames` and `topicThings` (`topicItemBit`), to rule out a shared item with one `&`. */
  topicNameBits: number
  topicThingBits: number
  /** `topicPlaces` as a set of bits (see `placeBits`), 0 for none. */
  topicPlaceBits: number
  /** Some thing item is language-neutral (a modifier or a concept). */
  hasNeutralThing: boolean
  /** Languages of the plain-word thing items. */
  thingLanguages: string[]
  /**
   * What the sentence is about, beyond the claim itself: its names, places, modifiers and other
   * content words, as topic items (see `analyze`) given by their ids (`contextItemId`). Figures of
   * one fact in two outlets share some ("Kim", "Russia", "wall"); figures of unrelated stories rarely do.
   */
  sentenceContext: number[]
  /**
   * The part of `sentenceContext` the aligner uses, without items too common in the library being
   * aligned: the one field `alignClaims` changes, while it clusters the claim's block (features are
   * kept between calls, and copying 200,000 of them to change one field was a good part of the cost).
   */
  context: number[]
  /** Percentages and measures only align on a shared topic: "75%" alone says nothing about what it is a share of. */
  topicRequired: boolean
  vague: boolean
  /** The values the claim allows, "circa" read loosely (`groupingTolerance`): for grouping, not for verdicts. */
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
  /** Lower case, accents removed. */
  word: string
  /** "e", "and"…: starts a new phrase (see `Token.phrase`). Read as written: "è" (is) is not "e" (and). */
  conjunction: boolean
  stem: string
  /** Modifier phrases starting with this word. */
  phrases: ModifierPhrase[] | undefined
  arms: boolean
  weak: WeakAction | undefined
  strong: StrongAction | undefined
  concept: ConceptItem | undefined
  /** "altri", "another": the figure adds to an earlier one. */
  increment: boolean
  /** A function word, a month, an increment word or a single letter: never an item. */
  skip: boolean
  generic: boolean
  /** `name:<stem>`, once the word was met capitalized. */
  nameItem: Item | undefined
  /** `word:<language>:<stem>` by language; the last one asked for also in `lastWordItem`, since a library is mostly in one language. */
  wordItems: Map<string, Item>
  lastWordItem: Item | undefined
}

/** A topic item and its id (`contextItemId`); a plain word's also its language. */
interface Item {
  name: string
  id: number
  language: string | null
}

interface ModifierPhrase {
  item: Item
  stems: string[]
}

type ConceptItem = ConceptEntry & { item: Item }

/**
 * Ids of the topic items met so far, so that a claim's context is a list of small numbers the
 * aligner can count in arrays (issue 4). Grows with the library's vocabulary, as the word classes do.
 */
const itemIds = new Map<string, number>()

function contextItemId(name: string): number {
  let id = itemIds.get(name)
  if (id === undefined) {
    id = itemIds.size
    itemIds.set(name, id)
  }
  return id
}

/** A bit standing for a topic item, by its id: two sets of items whose bits do not meet share no item. */
function topicItemBit(id: number): number {
  return 1 << (id & 31)
}

/** One more than the largest context item id handed out so far. */
export function contextItemCount(): number {
  return itemIds.size
}

function itemNamed(name: string, language: string | null = null): Item {
  return { name, id: contextItemId(name), language }
}

/**
 * Classes of the words seen so far: a library repeats its words, so stemming and the half-dozen
 * lexicon lookups run once per distinct word, not once per occurrence. Plain ASCII words (nearly
 * all) are kept in `asciiWordClasses`, the others here. Bounded; the lexicon tables it reads are
 * built below, before any text is read.
 */
const wordClasses = new Map<string, WordClass>()
const maxWordClasses = 200_000
let lexicon: {
  modifierPhrases: Map<string, ModifierPhrase[]>
  armsStems: Set<string>
  weakActionByStem: Map<string, WeakAction>
  strongActionByStem: Map<string, StrongAction>
  conceptByStem: Map<string, ConceptItem>
  stopwordSet: Set<string>
  incrementSet: Set<string>
  monthSet: Set<string>
  genericWordSet: Set<string>
} | null = null

/** The class of a word written with accents or other non-ASCII letters, lower-cased and without accents. */
function classOf(word: string): WordClass {
  const known = wordClasses.get(word)
  if (known) return known
  const lexical = classifyWord(word)
  // Words read while the lexicon itself is being built are not kept: their class would be incomplete.
  if (lexicon && wordClasses.size + asciiWordClasses.size < maxWordClasses) wordClasses.set(word, lexical)
  return lexical
}

function classifyWord(word: string): WordClass {
  const stem = stemWord(word)
  return {
    word,
    conjunction: conjunctions.has(word),
    stem,
    phrases: lexicon ? lexicon.modifierPhrases.get(stem) : undefined,
    arms: lexicon ? lexicon.armsStems.has(stem) : false,
    weak: lexicon?.weakActionByStem.get(stem),
    strong: lexicon?.strongActionByStem.get(stem),
    concept: lexicon?.conceptByStem.get(stem),
    increment: lexicon ? lexicon.incrementSet.has(word) : false,
    skip: word.length < 2 || (lexicon ? lexicon.stopwordSet.has(word) || lexicon.incrementSet.has(word) || lexicon.monthSet.has(word) : false),
    generic: lexicon ? lexicon.genericWordSet.has(word) : false,
    nameItem: undefined,
    wordItems: new Map(),
    lastWordItem: undefined
  }
}

/**
 * Classes of plain ASCII words, found from the sentence's own characters: the word is not cut out
 * of its sentence, lower-cased and hashed by the engine first. That lookup, once per word of every
 * sentence, was most of the cost of reading a library (issue 4). Open addressing over an FNV-1a
 * hash of the lower-cased characters, computed by `tokenize` as it scans the word.
 */
class AsciiWordTable {
  /** 1 + index in `classes`; 0 for a free slot. At most half full; room for a library's vocabulary from the start. */
  private slots = new Int32Array(1 << 16)
  private readonly classes: WordClass[] = []
  private readonly hashes: number[] = []

  get size(): number {
    return this.classes.length
  }

  /** The class of the word `text[start, end)`, lower-cased, if kept. */
  find(text: string, start: number, end: number, hash: number): WordClass | undefined {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!
      if (entry === 0) return undefined
      const lexical = this.classes[entry - 1]!
      if (this.hashes[entry - 1] === hash && spellsLowerAscii(lexical.word, text, start, end)) return lexical
    }
  }

  add(lexical: WordClass, hash: number): void {
    this.classes.push(lexical)
    this.hashes.push(hash)
    if (this.classes.length * 2 > this.slots.length) this.resize(this.slots.length * 2)
    else this.place(this.classes.length - 1)
  }

  private place(index: number): void {
    const mask = this.slots.length - 1
    let slot = this.hashes[index]! & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = index + 1
  }

  private resize(length: number): void {
    this.slots = new Int32Array(length)
    for (let index = 0; index < this.classes.length; index += 1) this.place(index)
  }
}

const asciiWordClasses = new AsciiWordTable()

/** FNV-1a over the lower-cased characters (see `tokenize`). */
const hashSeed = 0x811c9dc5
const hashPrime = 0x01000193

function spellsLowerAscii(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index)
    if (word.charCodeAt(index - start) !== (code >= 65 && code <= 90 ? code + 32 : code)) return false
  }
  return true
}

function asciiClassOf(text: string, start: number, end: number, hash: number): WordClass {
  const known = asciiWordClasses.find(text, start, end, hash)
  if (known) return known
  const word = text.slice(start, end).toLowerCase()
  const lexical = classifyWord(word)
  if (lexicon && wordClasses.size + asciiWordClasses.size < maxWordClasses) asciiWordClasses.add(lexical, hash)
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
  // Overwritten in place and cut to length at the end: emptying an array drops its storage.
  let count = 0
  let phrase = 0
  let sentenceStart = true
  const length = text.length
  // For words with non-ASCII letters: the whole text lower-cased (once, when first needed), as the
  // case of a letter can depend on its neighbours (Greek final sigma).
  let lowerText: string | null = null
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
    // Inline rather than a helper: this loop runs for every character of a library, first uncompiled.
    let hash = Math.imul(hashSeed ^ (code >= 65 && code <= 90 ? code + 32 : code), hashPrime)
    while (end < length) {
      const next = text.charCodeAt(end)
      if (!isWordChar(next)) break
      if (next < 48 || next > 57) digits = false
      if (next >= 128) ascii = false
      hash = Math.imul(hash ^ (next >= 65 && next <= 90 ? next + 32 : next), hashPrime)
      end += 1
    }
    let lexical: WordClass
    let capitalized: boolean
    if (ascii) {
      lexical = asciiClassOf(text, index, end, hash)
      if (lexical.conjunction) phrase += 1
      capitalized = !sentenceStart && code >= 65 && code <= 90
    } else {
      lowerText ??= text.toLowerCase()
      // Lower-casing the whole text once is cheaper than word by word, when it keeps every offset.
      const lower = lowerText.length === length ? lowerText.slice(index, end) : text.slice(index, end).toLowerCase()
      // Before removing accents: "è" (is) must not read as "e" (and).
      if (conjunctions.has(lower)) phrase += 1
      lexical = classOf(lower.normalize('NFD').replace(/\p{M}/gu, ''))
      capitalized = !sentenceStart && text.charAt(index) !== lower.charAt(0)
    }
    const word = lexical.word
    const stem = lexical.stem
    const pooled = reuse?.pool[count]
    if (pooled) {
      pooled.word = word
      pooled.stem = stem
      pooled.start = index
      pooled.end = end
      pooled.phrase = phrase
      pooled.isNumber = digits
      pooled.capitalized = capitalized
      pooled.lexical = lexical
      tokens[count] = pooled
    } else {
      const token: Token = { word, stem, start: index, end, phrase, isNumber: digits, capitalized, lexical }
      reuse?.pool.push(token)
      tokens[count] = token
    }
    count += 1
    sentenceStart = false
    index = end
  }
  tokens.length = count
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

const conceptByStem = indexWords<ConceptItem>(countedConcepts.map((entry) => [{ ...entry, item: itemNamed(`concept:${entry.id}`) }, entry.words]))
const weakActionByStem = indexWords<WeakAction>(Object.entries(weakActionWords) as Array<[WeakAction, string[]]>)
const strongActionByStem = indexWords<StrongAction>(Object.entries(strongActionWords) as Array<[StrongAction, string[]]>)
/** Longest first, so "corea del nord" wins over a shorter phrase starting the same way. */
const modifierPhrases = new Map<string, ModifierPhrase[]>()
/** A bit for each place, so the aligner compares places with one `&` (see `topicPlaceBits`). */
const placeBits = new Map<string, number>()
for (const entry of neutralModifiers) {
  const item = itemNamed(entry.place ? `place:${entry.id}` : `mod:${entry.id}`)
  if (entry.place) placeBits.set(item.name, 1 << placeBits.size)
  for (const word of entry.words) {
    const stems = stemsOf(word)
    const phrases = modifierPhrases.get(stems[0]!) ?? []
    phrases.push({ item, stems })
    modifierPhrases.set(stems[0]!, phrases)
  }
}
if (placeBits.size > 31) throw new Error('alignment-lexicon.ts lists more places than `topicPlaceBits` has bits')
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
  /** For a subject: its topic by the claim's own concept, or by its own head words (see `readClaim`). */
  topicsByConcept?: Map<string | null, TopicSplit>
  topicsByStems?: Map<string, TopicSplit>
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
  /** By language, then phrase. */
  private readonly phrases = new Map<string, Map<string, Analysis>>()
  private readonly months = new Map<string | null, [number, number] | null>()
  /** Topics read from the words around a claim's figure, by their items' ids: many claims have the same. */
  private readonly topics = new Map<string, TopicSplit>()
  private readonly nearItems: Item[] = []
  private articleId = ''

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
    let phrases = this.phrases.get(language)
    if (!phrases) {
      phrases = new Map()
      this.phrases.set(language, phrases)
    }
    let analysis = phrases.get(phrase)
    if (!analysis) {
      analysis = analyze(tokenize(phrase), language)
      phrases.set(phrase, analysis)
    }
    return analysis
  }

  /** For a percentage or measure without a subject: its topic from the words around its figure (see `isNearFigure`). */
  topicNear(sentence: Analysis, span: [number, number], ownConcept: string | null, ownStems: ReadonlySet<string>): TopicSplit {
    const items = collectItems(sentence.items, ownConcept, ownStems, { tokens: sentence.tokens, span }, this.nearItems)
    if (items.length === 0) return noTopic
    let key = ''
    for (const item of items) key += `${item.id},`
    let split = this.topics.get(key)
    if (split === undefined) {
      split = splitTopic(items)
      this.topics.set(key, split)
    }
    return split
  }

  /** The claim's article id; the previous claim's string object when equal. */
  articleIdOf(claim: Claim): string {
    if (claim.articleId !== this.articleId) this.articleId = claim.articleId
    return this.articleId
  }

  /**
   * `periodMonths` of an article date or a claim's period (a date reads as the period it names):
   * a library has a few hundred of them, and many claims each.
   */
  monthsOfPeriod(dateOrPeriod: string | null): [number, number] | null {
    let months = this.months.get(dateOrPeriod)
    if (months === undefined) {
      months = periodMonths(dateOrPeriod)
      this.months.set(dateOrPeriod, months)
    }
    return months
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
  const subjectTokens = subject?.tokens ?? noTokens

  const entry = readConceptEntry(claim, claim.unit ? cache.ofPhrase(claim.unit, context.language).tokens : [], subjectTokens, context.language)
  const concept = readConcept(claim, entry, subjectTokens, context.language)
  const strongAction = subject?.strong[0]?.action ?? readStrongAction(sentence, span)
  const weakAction = readWeakAction(sentence, span)
  const increment = readIncrement(claim, tokens, span, subjectTokens)
  const scope = readScope(claim, tokens, span, cache.monthsOfPeriod(context.articleDate), cache.monthsOfPeriod(claim.period))

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
  // Claims with one subject and one own concept share their topic (a library repeats its subjects).
  let split = noTopic
  if (subject) {
    // Own head words only for an unknown counted thing, so without an own concept.
    split =
      ownStems.size === 0
        ? subjectTopic(subject, (subject.topicsByConcept ??= new Map()), ownConcept, ownConcept, ownStems)
        : subjectTopic(subject, (subject.topicsByStems ??= new Map()), [...ownStems].join(','), ownConcept, ownStems)
  }
  if (split.topic.length === 0 && topicRequired && span) split = cache.topicNear(sentence, span, ownConcept, ownStems)
  const contextItems = contextOf(sentence.items, span, ownConcept, ownStems)

  const vague = isVagueClaim(claim)
  const bandLow = claim.low ?? 0
  const bandHigh = claim.high ?? Number.POSITIVE_INFINITY
  return {
    claim,
    articleId: cache.articleIdOf(claim),
    language: context.language,
    concept,
    conceptLabel: claim.kind === 'count' ? entry?.label ?? null : null,
    weakAction,
    strongAction,
    increment,
    scopeFrom: scope.from,
    scopeTo: scope.to,
    explicitScope: scope.explicit,
    // Field by field rather than spread: every features object gets the same shape, which keeps the aligner's checks fast.
    topic: split.topic,
    topicPlaces: split.topicPlaces,
    topicPlaceBits: split.topicPlaceBits,
    topicNames: split.topicNames,
    topicThings: split.topicThings,
    topicNameBits: split.topicNameBits,
    topicThingBits: split.topicThingBits,
    hasNeutralThing: split.hasNeutralThing,
    thingLanguages: split.thingLanguages,
    sentenceContext: contextItems,
    context: contextItems,
    topicRequired,
    vague,
    interval: claimInterval(claim, groupingTolerance),
    representative: vague ? null : representativeOf(claim),
    bandLow,
    bandHigh,
    armsContext: claim.kind === 'money' && sentence.arms
  }
}

/** The subject's items but the claim's own, kept in `topics` under `key` for the next claim with this subject. */
function subjectTopic<K>(subject: Analysis, topics: Map<K, TopicSplit>, key: K, ownConcept: string | null, ownStems: ReadonlySet<string>): TopicSplit {
  let split = topics.get(key)
  if (split === undefined) {
    split = splitTopic(collectItems(subject.items, ownConcept, ownStems, null, null))
    topics.set(key, split)
  }
  return split
}

type TopicSplit = Pick<
  ClaimFeatures,
  'topic' | 'topicPlaces' | 'topicPlaceBits' | 'topicNames' | 'topicThings' | 'topicNameBits' | 'topicThingBits' | 'hasNeutralThing' | 'thingLanguages'
>

/** Shared by every claim without descriptive words (most of them): never modified. */
const noTopic: TopicSplit = {
  topic: [],
  topicPlaces: [],
  topicPlaceBits: 0,
  topicNames: [],
  topicThings: [],
  topicNameBits: 0,
  topicThingBits: 0,
  hasNeutralThing: false,
  thingLanguages: []
}

function splitTopic(items: readonly Item[]): TopicSplit {
  if (items.length === 0) return noTopic
  const split: TopicSplit = { ...noTopic, topic: items.map((item) => item.name), topicPlaces: [], topicNames: [], topicThings: [], thingLanguages: [] }
  for (const { name: item, id } of items) {
    const category = topicCategory(item)
    if (category === 'place') {
      split.topicPlaces.push(item)
      split.topicPlaceBits |= placeBits.get(item)!
    } else if (category === 'name') {
      split.topicNames.push(item)
      split.topicNameBits |= topicItemBit(id)
    } else {
      split.topicThings.push(item)
      split.topicThingBits |= topicItemBit(id)
      const language = topicLanguage(item)
      if (language === null) split.hasNeutralThing = true
      else if (!split.thingLanguages.includes(language)) split.thingLanguages.push(language)
    }
  }
  return split
}

const noStems: ReadonlySet<string> = new Set()
const noTokens: Token[] = []

/**
 * The sentence's items outside the claim, without its own words and words common to any news story.
 * Gathered in `contextScratch` and copied at their exact length: every claim keeps its list, and a
 * list grown by `push` keeps room for 16.
 */
function contextOf(spans: readonly ItemSpan[], span: [number, number] | null, ownConcept: string | null, ownStems: ReadonlySet<string>): number[] {
  const items = contextScratch
  items.length = 0
  for (const item of spans) {
    if (item.generic) continue
    if (isOwnItem(item, ownConcept, ownStems)) continue
    if (span !== null && item.last >= span[0] && item.first <= span[1]) continue
    if (!items.includes(item.item.id)) items.push(item.item.id)
  }
  return items.slice()
}

const contextScratch: number[] = []

/** The item stands for what the claim itself counts (see `readClaim`'s `ownConcept` and `ownStems`). */
function isOwnItem(span: ItemSpan, ownConcept: string | null, ownStems: ReadonlySet<string>): boolean {
  return (span.concept !== null && span.concept === ownConcept) || (span.stem !== null && ownStems.size > 0 && ownStems.has(span.stem))
}

/**
 * The items of the spans, each once, sorted by name (code units), leaving out the claim's own;
 * with a `near` span, only the items within four words of it in its phrase ("l'affluenza è al
 * 63%"). Into `into` when given (emptied first), else a new list. Written out rather than as a
 * filter and a sort: this runs for every percentage and measure of a library.
 */
function collectItems(spans: readonly ItemSpan[], ownConcept: string | null, ownStems: ReadonlySet<string>, near: { tokens: readonly Token[]; span: [number, number] } | null, into: Item[] | null): Item[] {
  const items = into ?? []
  items.length = 0
  search: for (const span of spans) {
    if (isOwnItem(span, ownConcept, ownStems)) continue
    if (near !== null && !isNearFigure(span, near.tokens, near.span)) continue
    const { item } = span
    let at = items.length
    for (let index = 0; index < items.length; index += 1) if (items[index]!.id === item.id) continue search
    // Insertion by name: a handful of items.
    while (at > 0 && items[at - 1]!.name > item.name) {
      items[at] = items[at - 1]!
      at -= 1
    }
    items[at] = item
  }
  return items
}

/** Within four words before or after the figure, in the figure's phrase. */
function isNearFigure(item: ItemSpan, tokens: readonly Token[], span: [number, number]): boolean {
  const before = tokens[span[0]]!.phrase
  const after = tokens[span[1]]!.phrase
  return (
    (item.first >= span[0] - 4 && item.last < span[0] && tokens[item.first]!.phrase === before && tokens[item.last]!.phrase === before) ||
    (item.first > span[1] && item.last <= span[1] + 4 && tokens[item.first]!.phrase === after && tokens[item.last]!.phrase === after)
  )
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
  for (let index = 0; index < tokens.length && tokens[index]!.start < end; index += 1) {
    if (tokens[index]!.end <= at) continue
    if (first < 0) first = index
    last = index
  }
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

/**
 * `readConceptName`, one string object per concept: every claim's features keep their concept, and
 * the aligner keeps 200,000 of them between calls, so one shared string rather than a new one each.
 */
function readConcept(claim: Claim, entry: ConceptEntry | null, subjectTokens: Token[], language: string): string | null {
  const concept = readConceptName(claim, entry, subjectTokens, language)
  if (concept === null) return null
  let interned = internedConcepts.get(concept)
  if (interned === undefined) {
    interned = concept
    internedConcepts.set(concept, concept)
  }
  return interned
}

/** Concepts met so far (see `readConcept`); grows with the library's units and head words, as the word classes do. */
const internedConcepts = new Map<string, string>()

function readConceptName(claim: Claim, entry: ConceptEntry | null, subjectTokens: Token[], language: string): string | null {
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

function readIncrement(claim: Claim, tokens: Token[], span: [number, number] | null, subjectTokens: Token[]): boolean {
  // The claim's words: its span of the sentence, else its own text.
  const claimTokens = span ? tokens : tokenize(claim.text)
  const [first, last] = span ?? [0, claimTokens.length - 1]
  if (span) {
    const phrase = tokens[first]!.phrase
    for (let index = Math.max(0, first - 2); index < first; index += 1) {
      const token = tokens[index]!
      if (token.phrase === phrase && token.lexical.increment) return true
    }
  }
  for (let index = first; index <= last; index += 1) if (claimTokens[index]!.lexical.increment) return true
  for (const token of subjectTokens) if (token.lexical.increment) return true
  // "3,000 more troops" adds; "more than 3,000" bounds.
  const end = span ? Math.min(tokens.length - 1, last + 2) : last
  for (let index = first + 1; index <= end; index += 1) {
    if (claimTokens[index]!.word === 'more' && claimTokens[index - 1]!.isNumber && claimTokens[index + 1]?.word !== 'than') return true
  }
  return false
}

/**
 * The claim's time scope. A stated period counts as that year or month; a plain year is opened by
 * "dal 2023 (in poi)" / "since 2023" and closed by "al 2024" / "to 2024" when the extractor gave the
 * year alone. An open end stops at the article's date, and a claim without a period can only speak
 * of what happened up to its article's date.
 */
function readScope(claim: Claim, tokens: Token[], span: [number, number] | null, article: [number, number] | null, period: [number, number] | null): { from: number; to: number; explicit: boolean } {
  if (!period) return { from: Number.NEGATIVE_INFINITY, to: article ? article[1] : Number.POSITIVE_INFINITY, explicit: false }

  let [from, to] = period
  if (!claim.period!.includes('/')) [from, to] = widenFromSentence(claim.period!, from, to, tokens, span)
  if (to === Number.POSITIVE_INFINITY && article) to = Math.max(article[1], from)
  return { from, to: Math.max(from, to), explicit: true }
}

function widenFromSentence(period: string, from: number, to: number, tokens: Token[], span: [number, number] | null): [number, number] {
  const year = period.slice(0, 4)
  const reference = span ? span[0] : 0
  // The mention of the year nearest the claim; the earlier of two as near.
  let yearIndex = -1
  for (let index = 0; index < tokens.length; index += 1) {
    if (tokens[index]!.word === year && (yearIndex < 0 || Math.abs(index - reference) < Math.abs(yearIndex - reference))) yearIndex = index
  }
  if (yearIndex < 0) return [from, to]
  const monthBefore = tokens[yearIndex - 1]
  if (period.length === 4 && monthBefore && monthSet.has(monthBefore.word)) from = Number(year) * 12 + (monthNames.indexOf(monthBefore.word) % 12)
  // Up to three words before the year open the period, up to five after it close it.
  let opens = false
  for (let index = Math.max(0, yearIndex - 3); index < yearIndex && !opens; index += 1) opens = periodStartSet.has(tokens[index]!.word)
  if (!opens) return [from, to]
  const afterEnd = Math.min(tokens.length, yearIndex + 6)
  let endAt = yearIndex + 1
  while (endAt < afterEnd && !periodEndSet.has(tokens[endAt]!.word)) endAt += 1
  let endYearAt = endAt + 1
  while (endYearAt < afterEnd && !/^\d{4}$/.test(tokens[endYearAt]!.word)) endYearAt += 1
  if (endYearAt >= afterEnd) return [from, Number.POSITIVE_INFINITY]
  const endYear = Number(tokens[endYearAt]!.word)
  const monthToken = tokens[endYearAt - 1]!
  return [from, monthSet.has(monthToken.word) ? endYear * 12 + (monthNames.indexOf(monthToken.word) % 12) : endYear * 12 + 11]
}

/** One topic item of a text and the words [first, last] it covers. */
interface ItemSpan {
  item: Item
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

/** Sets `items[count]`; the caller cuts `items` to length at the end (see `tokenize`). */
function addItem(items: ItemSpan[], count: number, pooled: boolean, item: Item, first: number, last: number, stem: string | null, concept: string | null, generic: boolean): void {
  const spare = pooled ? spanPool[count] : undefined
  if (!spare) {
    const span = { item, first, last, stem, concept, generic }
    if (pooled) spanPool.push(span)
    items[count] = span
    return
  }
  spare.item = item
  spare.first = first
  spare.last = last
  spare.stem = stem
  spare.concept = concept
  spare.generic = generic
  items[count] = spare
}

function analyze(tokens: Token[], language: string, reuse?: Analysis): Analysis {
  const items = reuse ? reuse.items : []
  const weak = reuse ? reuse.weak : []
  const strong = reuse ? reuse.strong : []
  // Arrays of a reused analysis are overwritten in place and cut to length at the end (see `tokenize`).
  let itemCount = 0
  weak.length = 0
  strong.length = 0
  let arms = false
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    const lexical = token.lexical
    const phrase = lexical.phrases === undefined ? undefined : phraseAt(lexical.phrases, tokens, index)
    if (phrase) {
      addItem(items, itemCount++, reuse !== undefined, phrase.item, index, index + phrase.stems.length - 1, null, null, false)
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
      addItem(items, itemCount++, reuse !== undefined, lexical.concept.item, at, at, null, lexical.concept.id, lexical.generic)
      continue
    }
    let item: Item | undefined
    if (token.capitalized) item = lexical.nameItem ??= itemNamed(`name:${lexical.stem}`)
    else {
      item = lexical.lastWordItem?.language === language ? lexical.lastWordItem : lexical.wordItems.get(language)
      if (item === undefined) {
        item = itemNamed(`word:${language}:${lexical.stem}`, language)
        lexical.wordItems.set(language, item)
      }
      lexical.lastWordItem = item
    }
    addItem(items, itemCount++, reuse !== undefined, item, at, at, token.stem, null, lexical.generic)
  }
  items.length = itemCount
  if (!reuse) return { tokens, items, weak, strong, arms }
  reuse.tokens = tokens
  reuse.arms = arms
  return reuse
}

/** The longest modifier phrase starting at the token. */
function phraseAt(phrases: readonly ModifierPhrase[], tokens: readonly Token[], index: number): ModifierPhrase | undefined {
  search: for (const phrase of phrases) {
    const { stems } = phrase
    if (index + stems.length > tokens.length) continue
    for (let offset = 0; offset < stems.length; offset += 1) if (tokens[index + offset]!.stem !== stems[offset]) continue search
    return phrase
  }
  return undefined
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
