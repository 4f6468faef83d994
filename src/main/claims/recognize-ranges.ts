/**
 * Merges two numbers into one range claim: "tra 1,7 e 5,5 miliardi di dollari", "da 10 a 20 km",
 * "between 3 and 4 million", "5,000 to 6,000 troops", "10-15%", "due o tre". A magnitude or unit
 * written once applies to both ends. Two values of a change ("salito da 3 a 5", "rose from 3% to
 * 5%") stay two claims, and a decreasing pair is never a range ("3-1" is a score).
 */
import { mergeNeighbours, reject, type Candidate, type SentenceContext } from './candidate'
import { compareDecimal, decimalToNumber, scaleDecimal } from './exact-decimal'
import { rangeWords } from './lexicon'

const dashes = new Set(['-', '–', '—'])

export function combineRanges(context: SentenceContext, candidates: Candidate[]): Candidate[] {
  return mergeNeighbours(candidates, (low, high) => mergeRange(context, low, high), 'merged into a range')
}

function isRangeEnd(candidate: Candidate): boolean {
  if (candidate.form !== 'digits' && candidate.form !== 'words') return false
  if (candidate.qualifier !== 'exact' || candidate.subject !== null || candidate.change !== null) return false
  // Two years are a period, never a quantity range ("2019-2020").
  return !(candidate.plainDigits && candidate.kind === 'count' && isYearLike(candidate))
}

/** Four plain digits from 1000 to 2100 read as years far more often than as counts ("tra il 1377 e il 1380"). */
function isYearLike(candidate: Candidate): boolean {
  const value = candidate.value ? decimalToNumber(candidate.value) : 0
  return value >= 1000 && value <= 2100
}

function mergeRange(context: SentenceContext, low: Candidate, high: Candidate): boolean {
  if (!isRangeEnd(low) || !isRangeEnd(high) || !low.value || !high.value) return false
  const opened = matchOpener(context, low, high)
  const between = context.words.slice(low.last + 1, high.first)
  const dashed = between.length === 1 && dashes.has(between[0]!) && low.form === 'digits' && high.form === 'digits'
  const bare = between.length === 1 && context.languages.some((language) => rangeWords[language].bareJoiners.has(between[0]!))
  if (!opened && !dashed && !bare) return false
  const before = context.words[(opened ? opened.first : low.first) - 1] ?? ''
  if (context.languages.some((language) => rangeWords[language].changeVerbs.has(before))) return false
  // "raised by 75 cts to 42.75 dlrs", "aumentato di 3 a 5": a change and the level it reached;
  // "un uomo di 25-30 anni", "di 40 o 50 anni" are still ranges.
  const alternativesJoined = dashed || between[0] === 'o' || between[0] === 'or'
  if (!opened && !alternativesJoined && (before === 'by' || before === 'di')) return false

  // Units: one written for both ends, or the same on both.
  if (low.kind !== 'count' && high.kind !== 'count' && (low.kind !== high.kind || low.unit !== high.unit)) return false
  if (low.kind !== 'count' && high.kind === 'count' && high.unit !== null) return false
  // "eight pct to 234.9 mln": a bare upper end with a magnitude of its own is another quantity.
  if (low.kind !== 'count' && high.kind === 'count' && high.magnitude > low.magnitude) return false

  // "tra 1,7 e 5,5 miliardi": the magnitude of the upper end applies to a bare lower end.
  let lowValue = low.value
  if (high.magnitude > 0 && low.magnitude === 0) {
    const scaled = scaleDecimal(low.value, high.magnitude)
    if (compareDecimal(scaled, high.value) < 0) lowValue = scaled
  }
  if (compareDecimal(lowValue, high.value) >= 0 || (dashed && isScore(context, low, high))) {
    if (dashed) {
      reject(low, 'score or code')
      reject(high, 'score or code')
    }
    return false
  }

  low.first = opened ? opened.first : low.first
  low.last = high.last
  low.numberLast = high.numberLast
  low.low = lowValue
  low.high = high.value
  low.value = null
  low.alternative = null
  low.qualifier = 'range'
  low.alternatives = !opened && !dashed
  low.magnitude = high.magnitude
  low.plainDigits = false
  if (high.kind !== 'count') {
    low.kind = high.kind
    low.unit = high.unit
    low.cents = high.cents
  }
  return true
}

/** Two small whole numbers joined by a dash, as results are written. */
const scorePair = /(?<![\d.,])(\d{1,3})[-–](\d{1,3})(?![\d.,%])/g

/**
 * "lost 1-3", "a 1-3 defeat", "6-3 6-2 1-6": an increasing dashed pair is a score when a result word
 * stands next to it or the sentence writes another result that cannot be a range (a pair whose first
 * number is not the smaller).
 */
function isScore(context: SentenceContext, low: Candidate, high: Candidate): boolean {
  if (!low.plainDigits || !high.plainDigits || low.kind !== 'count' || high.kind !== 'count' || high.unit !== null) return false
  const { words } = context
  const nearby = [words[low.first - 1], words[low.first - 2], words[high.last + 1]]
  if (context.languages.some((language) => nearby.some((word) => rangeWords[language].scoreCues.has(word ?? '')))) return true
  const sentence = context.text.slice(context.sentence.start, context.sentence.end)
  for (const match of sentence.matchAll(scorePair)) if (Number(match[1]) >= Number(match[2])) return true
  return false
}

/** An opener before the lower end whose joiner is exactly what stands between the two ends. */
function matchOpener(context: SentenceContext, low: Candidate, high: Candidate): { first: number } | null {
  const between = context.words.slice(low.last + 1, high.first)
  for (const language of context.languages) {
    const words = rangeWords[language]
    const opener = words.openers.matchBackward(context.words, low.first - 1)
    if (!opener) continue
    if (!opener.phrase.meaning.some((joiner) => joiner.length === between.length && joiner.every((word, index) => word === between[index]))) continue
    return { first: opener.first }
  }
  return null
}
