import type { Claim } from './model'

/**
 * "circa 12.000" is read as 12.000 ± 5%: room for the rounding of the last stated digit, no more.
 * The user compares sources to see where they part, so "circa 12.000" against "11.000" (9% apart)
 * is a disagreement to show, as is "9 milioni" against "circa 8 milioni".
 */
export const approximateTolerance = 0.05

/**
 * How far "circa" reaches when the aligner weighs whether two figures could be the same quantity:
 * "circa 12.000" near "11.000" is evidence that both count the same soldiers, even though the
 * verdict then shows them apart.
 */
export const groupingTolerance = 0.1

/** Relative slack when comparing bounds, so 11000 × 0.9 rounding errors do not make a disagreement. */
const boundSlack = 1e-9

/** The claim states no usable figure of its own ("migliaia di soldati"). */
export function isVagueClaim(claim: Claim): boolean {
  return claim.qualifier === 'vague' || (claim.value === null && claim.low === null && claim.high === null)
}

export interface Interval {
  low: number
  high: number
}

/**
 * The values a claim allows:
 * exact [v, v]; approx [v − 5%, v + 5%]; at_least and more_than [v, ∞) ("più di 11.000" is how a
 * rounded 11.000-and-a-bit is written, so it does not contradict "11.000"); at_most and less_than
 * [0, v] (−∞ for measures, which can be negative); range [low, high]; vague the claim's band.
 */
export function claimInterval(claim: Claim, tolerance = approximateTolerance): Interval {
  const floor = claim.kind === 'measure' ? Number.NEGATIVE_INFINITY : 0
  const value = claim.value
  switch (claim.qualifier) {
    case 'exact':
      if (value !== null) return { low: value, high: value }
      break
    case 'approx':
      if (value !== null) {
        const slack = Math.abs(value) * tolerance
        return { low: value - slack, high: value + slack }
      }
      break
    case 'at_least':
    case 'more_than':
      if (value !== null) return { low: value, high: Number.POSITIVE_INFINITY }
      break
    case 'at_most':
    case 'less_than':
      if (value !== null) return { low: floor, high: value }
      break
    case 'range':
    case 'vague':
      break
  }
  return { low: claim.low ?? floor, high: claim.high ?? Number.POSITIVE_INFINITY }
}

/** The intervals share at least one value. */
export function intervalsOverlap(intervals: readonly Interval[]): boolean {
  let low = Number.NEGATIVE_INFINITY
  let high = Number.POSITIVE_INFINITY
  for (const interval of intervals) {
    low = Math.max(low, interval.low)
    high = Math.min(high, interval.high)
  }
  return low <= high || low - high <= Math.max(Math.abs(low), Math.abs(high)) * boundSlack
}
