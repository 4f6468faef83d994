import type { ClaimQualifier } from '../../shared/model'
import type { Interval } from '../../shared/claim-interval'
import type { ClaimReading } from './claim-reading'
import fittedWeights from './pair-weights.json' with { type: 'json' }

/**
 * The evidence that two claims of different articles state the same quantity, as record linkage
 * reads it (see ../shared/design/alignment.md): each field of the pair falls in a level, and each
 * level carries a weight; a pair's weight is their sum, positive for the same quantity. The weights
 * are fitted on the gold by logistic regression (`npm run fit:alignment`, written to
 * pair-weights.json), never set by hand.
 */
export const evidenceFields = {
  /** What is counted: the same class (deaths), the same head noun, unknown, or different. */
  counted: ['same-class', 'same-head', 'people-and-class', 'unknown', 'different-class', 'different'],
  /**
   * The figures: the same value, overlapping intervals, within 25%, apart by less than a range's own
   * spread, within 3×, farther; a vague one's band met or not.
   */
  figure: ['same', 'rounded', 'overlap', 'close', 'within-spread', 'near', 'far', 'vague-overlap', 'vague-apart'],
  /** The words nearest the figures, weighted by rarity (cosine); no evidence across languages. */
  near: ['high', 'medium', 'low', 'none', 'other-language'],
  /** The first content word beside each figure ("$44 million in federal taxes" → federal): the same or not. */
  beside: ['same', 'different', 'none', 'other-language'],
  /** The rarest words beside each figure: shared, different, or one figure has none. */
  keyword: ['shared', 'different', 'none', 'other-language'],
  /** The words of the two sentences, weighted by rarity (cosine); no evidence across languages. */
  sentence: ['high', 'medium', 'low', 'none', 'other-language'],
  /** Who the sentences say gave the figure. */
  source: ['same', 'different', 'unknown'],
  /** The time scope each claim states. */
  period: ['overlap', 'disjoint', 'unknown'],
  /** "altri 3.000" against a total. */
  increment: ['same', 'different'],
  /** Money: the same currency, or one figure without any. */
  currency: ['same', 'missing', 'none'],
  /**
   * Whether each figure is the only one of its kind (block, currency, class and order of magnitude)
   * in its article: two articles that each give one "$1.17 billion" most likely report one total.
   */
  alone: ['both', 'one', 'neither']
} as const

export type EvidenceField = keyof typeof evidenceFields
export type EvidenceLevels = { [F in EvidenceField]: (typeof evidenceFields)[F][number] }

export interface PairWeights {
  weights: { [F in EvidenceField]: Record<string, number> }
  /** Rows join while the average weight between them is at least this. */
  threshold: number
}

export const pairWeights: PairWeights = fittedWeights as PairWeights

/** Rarity of stems among one story's sentences: a word every article uses says little. */
export class StemRarity {
  private readonly weights = new Map<string, number>()

  constructor(readings: readonly ClaimReading[]) {
    const documents = new Map<string, Set<string>>()
    for (const reading of readings) {
      const key = reading.claim.sentence
      if (!documents.has(key)) documents.set(key, new Set(reading.sentence))
    }
    const frequency = new Map<string, number>()
    for (const stems of documents.values()) for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1)
    const total = documents.size
    for (const [stem, count] of frequency) this.weights.set(stem, Math.log((1 + total) / count))
  }

  weight(stem: string): number {
    return this.weights.get(stem) ?? 1
  }

  /** Cosine of two stem sets, each stem weighted by its rarity. */
  cosine(a: readonly string[], b: readonly string[]): number {
    if (a.length === 0 || b.length === 0) return 0
    let shared = 0
    let normA = 0
    let normB = 0
    const inB = new Set(b)
    for (const stem of a) {
      const weight = this.weight(stem) ** 2
      normA += weight
      if (inB.has(stem)) shared += weight
    }
    for (const stem of b) normB += this.weight(stem) ** 2
    return shared === 0 ? 0 : shared / Math.sqrt(normA * normB)
  }

  /** The shared stems, rarest first: what the row panel cites as shared words. */
  sharedStems(a: readonly string[], b: readonly string[]): string[] {
    const inB = new Set(b)
    return a.filter((stem) => inB.has(stem)).sort((x, y) => this.weight(y) - this.weight(x))
  }
}

/** What a story's claims share, computed once per story: word rarity and how many figures of each kind each article gives. */
export class StoryContext {
  readonly rarity: StemRarity
  /** The readings that are the only figure of their kind in their article, found once: every pair asks. */
  private readonly alone = new Set<ClaimReading>()

  constructor(readings: readonly ClaimReading[]) {
    this.rarity = new StemRarity(readings)
    const ofKind = new Map<string, ClaimReading[]>()
    for (const reading of readings) {
      const key = kindKey(reading)
      const same = ofKind.get(key)
      if (same) same.push(reading)
      else ofKind.set(key, [reading])
    }
    for (const same of ofKind.values()) if (same.length === 1) this.alone.add(same[0]!)
  }

  /** A reading of this story is the only figure of its kind in its article. */
  isAlone(reading: ClaimReading): boolean {
    return this.alone.has(reading)
  }
}

function kindKey(reading: ClaimReading): string {
  const magnitude = reading.vague ? 'vague' : Math.floor(Math.log10(Math.max(Math.abs(reading.interval.high), 1)) / 3)
  return [reading.claim.articleId, reading.block, reading.currency ?? '', reading.classId ?? reading.head ?? '', magnitude].join('|')
}

/**
 * Two figures more than this factor apart are different quantities, never a disagreement: "11" and
 * "11.000" soldiers are not one count misreported (blocking, as record linkage does, before weighing).
 */
export const magnitudeFactor = 20

/**
 * Two claims that can never share a row whatever their words: different blocks or currencies,
 * magnitudes apart, figures with nothing to tell what they are (see `saysNothing`,
 * `isBareSmallCount`), or small counts of differently named things ("tre spaccate", "tre catene").
 */
export function comparable(a: ClaimReading, b: ClaimReading): boolean {
  if (a.block !== b.block) return false
  if (saysNothing(a) || saysNothing(b) || isBareSmallCount(a) || isBareSmallCount(b)) return false
  if (isSmallCount(a) && isSmallCount(b) && countedLevel(a, b) === 'different') return false
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) return false
  if (a.vague || b.vague) return true
  const low = Math.max(a.interval.low, b.interval.low)
  const high = Math.min(a.interval.high, b.interval.high)
  return !(high > 0 && low / high > magnitudeFactor)
}

/** No counted thing was read: neither a class nor a head noun. */
function namesNothing(reading: ClaimReading): boolean {
  return reading.classId === null && reading.head === null
}

/** A figure of nothing named and no word to go by: "Sono 481.", "Il 40%." */
function saysNothing(reading: ClaimReading): boolean {
  return namesNothing(reading) && reading.sentence.length === 0
}

/**
 * A small count: "2", "tre", "12" are figures every article gives of something, so a small figure
 * matching says little about which thing it counts.
 */
function isSmallCount(reading: ClaimReading): boolean {
  return reading.block === 'count' && !reading.vague && reading.interval.high < 100
}

/** A small count of nothing named ("2" in a price table, "12" in a rates bulletin): it cannot be told from any other small count. */
function isBareSmallCount(reading: ClaimReading): boolean {
  return isSmallCount(reading) && namesNothing(reading)
}

export function pairLevels(a: ClaimReading, b: ClaimReading, story: StoryContext): EvidenceLevels {
  const rarity = story.rarity
  const alone = Number(story.isAlone(a)) + Number(story.isAlone(b))
  return {
    counted: countedLevel(a, b),
    figure: figureLevel(a, b),
    near: a.language !== b.language ? 'other-language' : similarityLevel(rarity.cosine(a.near, b.near), 0.45, 0.2),
    keyword: a.language !== b.language ? 'other-language' : keywordLevel(a, b, rarity),
    beside: a.language !== b.language ? 'other-language' : a.nearStem === null || b.nearStem === null ? 'none' : a.nearStem === b.nearStem ? 'same' : 'different',
    sentence: a.language !== b.language ? 'other-language' : similarityLevel(rarity.cosine(a.sentence, b.sentence), 0.4, 0.18),
    source: a.source === null || b.source === null ? 'unknown' : a.source === b.source ? 'same' : 'different',
    period: periodLevel(a, b),
    increment: a.increment === b.increment ? 'same' : 'different',
    currency: a.block !== 'money' ? 'none' : a.currency === b.currency ? 'same' : 'missing',
    alone: alone === 2 ? 'both' : alone === 1 ? 'one' : 'neither'
  }
}

export function weightOf(levels: EvidenceLevels, weights: PairWeights = pairWeights): number {
  let total = 0
  for (const field of Object.keys(levels) as EvidenceField[]) total += weights.weights[field][levels[field]] ?? 0
  return total
}

function countedLevel(a: ClaimReading, b: ClaimReading): EvidenceLevels['counted'] {
  if (a.classId !== null && b.classId !== null) {
    if (a.classId === b.classId) return 'same-class'
    return a.classId === 'people' || b.classId === 'people' ? 'people-and-class' : 'different-class'
  }
  if (a.head !== null && b.head !== null) return a.head === b.head ? 'same-head' : 'different'
  if (a.classId === null && a.head === null) return 'unknown'
  if (b.classId === null && b.head === null) return 'unknown'
  return 'different'
}

function figureLevel(a: ClaimReading, b: ClaimReading): EvidenceLevels['figure'] {
  const av = a.claim.value
  const bv = b.claim.value
  if (!a.vague && !b.vague && av !== null && av === bv && sameReading(a.claim.qualifier, b.claim.qualifier)) return 'same'
  if (!a.vague && !b.vague && av !== null && bv !== null && isRoundingOf(av, bv)) return 'rounded'
  const low = Math.max(a.interval.low, b.interval.low)
  const high = Math.min(a.interval.high, b.interval.high)
  const overlap = low <= high * (1 + 1e-9)
  if (a.vague || b.vague) return overlap ? 'vague-overlap' : 'vague-apart'
  if (overlap) return 'overlap'
  // Apart: how far, as the ratio of the nearer ends.
  const gap = low / high
  if (!Number.isFinite(gap) || high <= 0) return 'far'
  if (gap <= 1.25) return 'close'
  // A gap narrower than an estimate's own spread ("oltre 7 miliardi" against "tra 1,7 e 5,5
  // miliardi"): two estimates of one quantity may differ by as much as either is unsure.
  if (Math.log(gap) <= Math.max(spreadOf(a.interval), spreadOf(b.interval))) return 'within-spread'
  return gap <= 3 ? 'near' : 'far'
}

/** How wide a bounded estimate is, as the log of its ends' ratio; 0 for one figure or an open bound. */
function spreadOf(interval: Interval): number {
  return interval.low > 0 && Number.isFinite(interval.high) ? Math.log(interval.high / interval.low) : 0
}

/** "circa 370" and "370" state one figure; "più di 370" and "370" do not. */
function sameReading(a: ClaimQualifier, b: ClaimQualifier): boolean {
  return a === b || ((a === 'exact' || a === 'approx') && (b === 'exact' || b === 'approx'))
}

/**
 * One figure is the other written with fewer digits: "$44 million" for $43,885,310, "$1.2 billion"
 * for $1.17 billion. The shorter figure's last digit bounds the difference; two figures of the same
 * precision (11.000 and 12.000) are not roundings of each other.
 */
function isRoundingOf(a: number, b: number): boolean {
  const [rough, fine] = lastDigitUnit(a) >= lastDigitUnit(b) ? [a, b] : [b, a]
  const unit = lastDigitUnit(rough)
  if (unit <= lastDigitUnit(fine)) return false
  // One significant digit ("40 million") says too little to be read as a rounding of a precise figure.
  if (Math.abs(rough) < unit * 10) return false
  return rough === Math.round(fine / unit) * unit || rough === Math.trunc(fine / unit) * unit
}

/** The place value of a number's last non-zero digit: 43e6 → 1e6, 13.6e6 → 1e5, 35.72 → 0.01. */
function lastDigitUnit(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1
  // Whole numbers below 2^53, most figures, without formatting: this runs for every pair scored.
  if (Number.isSafeInteger(value)) {
    let unit = 1
    while (value % (unit * 10) === 0) unit *= 10
    return unit
  }
  const digits = Math.abs(value).toPrecision(15).replace(/0+$/, '').replace(/\.$/, '')
  const [whole, fraction] = Math.abs(value).toPrecision(15).includes('e') ? [digits, undefined] : digits.split('.')
  if (fraction !== undefined && fraction.length > 0) return 10 ** -fraction.length
  const trailingZeros = /0*$/.exec(whole ?? '')![0].length
  return 10 ** trailingZeros
}

/** The rarest words beside each figure (two each), compared: distinctive words tell "5,000 won for Eats" from "5,000 won for travel". */
function keywordLevel(a: ClaimReading, b: ClaimReading, rarity: StemRarity): EvidenceLevels['keyword'] {
  const top = (stems: readonly string[]): string[] => [...stems].sort((x, y) => rarity.weight(y) - rarity.weight(x) || (x < y ? -1 : 1)).slice(0, 2)
  const ka = top(a.near)
  const kb = top(b.near)
  if (ka.length === 0 || kb.length === 0) return 'none'
  return ka.some((stem) => b.near.includes(stem)) || kb.some((stem) => a.near.includes(stem)) ? 'shared' : 'different'
}

function similarityLevel(cosine: number, high: number, medium: number): 'high' | 'medium' | 'low' | 'none' {
  if (cosine >= high) return 'high'
  if (cosine >= medium) return 'medium'
  return cosine > 0 ? 'low' : 'none'
}

function periodLevel(a: ClaimReading, b: ClaimReading): EvidenceLevels['period'] {
  if (a.period === null || b.period === null) return 'unknown'
  return a.period[0] <= b.period[1] && b.period[0] <= a.period[1] ? 'overlap' : 'disjoint'
}
