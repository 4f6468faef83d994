/**
 * A quantity on its way to becoming a claim. Recognizers create and extend candidates (a number,
 * then its magnitude, unit, counted noun, qualifier); refiners merge them into ranges, reject the
 * ones that are not quantities (years, model names…) with a reason, and attach sentence context.
 * Spans are token indexes into the sentence's tokens, inclusive.
 */
import type { ClaimChange, ClaimKind, ClaimQualifier } from '../../shared/model'
import { scaleDecimal, type ExactDecimal } from './exact-decimal'
import type { LanguageCode } from '../language'
import type { NumberFormat } from './parse-digits'
import type { Span } from './split-sentences'
import type { Token } from './tokenize'

export type CandidateForm = 'digits' | 'words' | 'vague' | 'collective'

export interface Candidate {
  /** First and last token of the whole claim as written (qualifier, currency sign, number, unit, noun). */
  first: number
  last: number
  /** First and last token of the number itself, magnitude included ("4 milioni"). */
  numberFirst: number
  numberLast: number
  form: CandidateForm
  value: ExactDecimal | null
  /** The other reading of an ambiguous separator ("1.500"), see parse-digits. */
  alternative: ExactDecimal | null
  low: ExactDecimal | null
  high: ExactDecimal | null
  qualifier: ClaimQualifier
  /** Power of ten of the magnitude word applied ("milioni" 6), 0 when none. */
  magnitude: number
  /** Digits without separators, magnitude or decimals: what a year or an identifier looks like. */
  plainDigits: boolean
  kind: ClaimKind
  /** A change ("in calo del 7,5%", "+4%"), with its direction; null for a level. */
  change: ClaimChange | null
  unit: string | null
  subject: string | null
  /** The counted noun phrase's tokens, when one was read. */
  subjectFirst: number | null
  /** The figure is in hundredths of its currency ("40 cts"): scaled once ranges are read, so "40 to 45 cts" is one range. */
  cents: boolean
  /** A range of alternatives joined by "o"/"or" ("3 o 4 miliardi"), not a span: a qualifier before it bounds it. */
  alternatives: boolean
  /** The subject was taken from the claim this one elaborates ("di cui 198"). */
  inherited: boolean
  /** Why this is not a claim ("year", "model name"…), or null. */
  rejected: string | null
}

export interface SentenceContext {
  /** The whole article text; token offsets index into it. */
  text: string
  sentence: Span
  tokens: Token[]
  /** `tokens[i].lower`, for phrase tables. */
  words: string[]
  languages: LanguageCode[]
  format: NumberFormat
  /** Page furniture cues of the whole article (found once per article, see refine-rejections). */
  furnitureAt: ReadonlyArray<{ at: number; scope: 'line' | 'sentence' | 'parenthesis' }>
}

export function createCandidate(first: number, last: number, form: CandidateForm, value: ExactDecimal | null): Candidate {
  return {
    first,
    last,
    numberFirst: first,
    numberLast: last,
    form,
    value,
    alternative: null,
    low: null,
    high: null,
    qualifier: form === 'vague' ? 'vague' : form === 'collective' ? 'approx' : 'exact',
    magnitude: 0,
    plainDigits: false,
    kind: 'count',
    change: null,
    unit: null,
    subject: null,
    subjectFirst: null,
    cents: false,
    alternatives: false,
    inherited: false,
    rejected: null
  }
}

/** True when the candidate has a unit of its own (money, percent, measure) or a counted noun. */
export function hasUnitOrSubject(candidate: Candidate): boolean {
  return candidate.kind !== 'count' || candidate.unit !== null
}

/** "40 cts" is 0.40 USD: applied after ranges are merged, to the value and both ends. */
export function applyCents(candidate: Candidate): void {
  if (!candidate.cents) return
  const scale = (decimal: ExactDecimal | null): ExactDecimal | null => (decimal ? scaleDecimal(decimal, -2) : null)
  candidate.value = scale(candidate.value)
  candidate.low = scale(candidate.low)
  candidate.high = scale(candidate.high)
  candidate.cents = false
}

export function reject(candidate: Candidate, reason: string): void {
  if (candidate.rejected === null) candidate.rejected = reason
}

/**
 * Merges each live candidate into the one before it when `merge` says they are one quantity (it
 * extends the first in place); the second is rejected with `reason`. Used by ranges and ratios.
 */
export function mergeNeighbours(candidates: Candidate[], merge: (first: Candidate, second: Candidate) => boolean, reason: string): Candidate[] {
  const result: Candidate[] = []
  for (let index = 0; index < candidates.length; index += 1) {
    const first = candidates[index]!
    const second = candidates[index + 1]
    if (second && first.rejected === null && second.rejected === null && merge(first, second)) {
      reject(second, reason)
      index += 1
    }
    result.push(first)
  }
  return result
}

export function live(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((candidate) => candidate.rejected === null)
}
