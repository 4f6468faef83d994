import type { Claim } from './model'

export interface ClaimMarkShape {
  claimId: string
  /** Positions on [0, 1] along the row's axis. */
  from: number
  to: number
  /** Open towards higher or lower values (more than / at most), drawn as an arrow. */
  openHigh: boolean
  openLow: boolean
  vague: boolean
  point: boolean
}

/** Values spanning more than this ratio are drawn on a log scale, so 4 million and 9 million stay apart from 200,000. */
const LOG_SCALE_RATIO = 20

/** Lays a row's claims out on one axis, linear or logarithmic as their spread needs. */
export function layoutInterval(claims: readonly Claim[]): { shapes: ClaimMarkShape[]; logScale: boolean } {
  const values = claims.flatMap((claim) => [claim.value, claim.low, claim.high]).filter((value): value is number => value !== null && value > 0)
  if (values.length === 0) return { shapes: [], logScale: false }
  let min = Math.min(...values)
  let max = Math.max(...values)
  const logScale = max / min > LOG_SCALE_RATIO
  const project = (value: number): number => (logScale ? Math.log(value) : value)
  if (min === max) {
    min = min * 0.9
    max = max * 1.1
  }
  const lowEnd = project(min)
  const span = project(max) - lowEnd || 1
  const position = (value: number): number => Math.min(1, Math.max(0, (project(value) - lowEnd) / span))
  const shapes = claims.map((claim): ClaimMarkShape => {
    const low = claim.low ?? claim.value
    const high = claim.high ?? claim.value
    const from = position(low ?? high ?? min)
    const to = position(high ?? low ?? max)
    return {
      claimId: claim.id,
      from,
      to,
      openHigh: claim.high === null && claim.low !== null && claim.qualifier !== 'exact',
      openLow: claim.low === null && claim.high !== null && claim.qualifier !== 'exact',
      vague: claim.qualifier === 'vague',
      point: low === high
    }
  })
  return { shapes, logScale }
}
