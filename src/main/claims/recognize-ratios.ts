/**
 * A share written as a ratio is one claim, its percentage: "4 in 10 franchise owners" (40%), "tre
 * italiani su dieci" is written "3 su 10 italiani" too, "one out of five" (20%). Read as two counts,
 * "4" and "10 franchise owners" are both wrong.
 */
import { mergeNeighbours, type Candidate, type SentenceContext } from './candidate'
import { decimalFromParts, decimalToNumber, isIntegerDecimal } from './exact-decimal'
import { ratioJoiners } from './lexicon'

/** A whole larger than this is a count of its own ("2 in 2020" is not a share). */
const largestWhole = 1000

export function combineRatios(context: SentenceContext, candidates: Candidate[]): Candidate[] {
  return mergeNeighbours(candidates, (part, whole) => mergeRatio(context, part, whole), 'merged into a ratio')
}

function isRatioEnd(candidate: Candidate): boolean {
  return (candidate.form === 'digits' || candidate.form === 'words') && candidate.value !== null && isIntegerDecimal(candidate.value) &&
    candidate.qualifier === 'exact' && candidate.kind === 'count' && candidate.unit === null && candidate.magnitude === 0 &&
    candidate.change === null && candidate.subject === null
}

function mergeRatio(context: SentenceContext, part: Candidate, whole: Candidate): boolean {
  if (!isRatioEnd(part) || !isRatioEnd(whole)) return false
  const between = context.words.slice(part.last + 1, whole.first)
  const joined = context.languages.some((language) => ratioJoiners[language].some((joiner) => joiner.length === between.length && joiner.every((word, index) => word === between[index])))
  if (!joined) return false
  const numerator = decimalToNumber(part.value!)
  const denominator = decimalToNumber(whole.value!)
  if (numerator < 1 || numerator >= denominator || denominator > largestWhole) return false
  // Tenths of a percent: "1 in 3" is about 33.3%.
  const tenths = Math.round((numerator / denominator) * 1000)
  const exact = (numerator * 1000) % denominator === 0
  part.value = decimalFromParts(String(Math.trunc(tenths / 10)), String(tenths % 10))
  part.alternative = null
  part.qualifier = exact ? 'exact' : 'approx'
  part.kind = 'percent'
  part.unit = '%'
  part.last = whole.last
  part.numberLast = whole.numberLast
  part.plainDigits = false
  return true
}
