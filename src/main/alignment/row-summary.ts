import type { Claim } from '../../shared/model'
import { compareText } from '../../shared/compare-text'
import { claimInterval, intervalsOverlap, isVagueClaim } from '../../shared/claim-interval'
import type { ComparisonRow, RowVerdict } from './comparison-types'

/**
 * How a row reads once its members are known: id, label, unit, verdict, extremes (issue 4). Shared by
 * `alignClaims` and `applyCorrections`, so a row the user corrected is judged the same way as one
 * the machine built.
 */

/**
 * The verdict of a row:
 * - `single` when one article states all its figures;
 * - when precise (non-vague) claims come from two articles or more: `agree` if their intervals
 *   share a point, else `differ`, with spread = largest / smallest stated figure. Vague claims are
 *   left out: "milioni di munizioni" can neither confirm nor refute "9 milioni";
 * - otherwise (the other sources are vague only): `agree` if every interval and band shares a
 *   point, else `single`. Vague claims can corroborate a figure but never establish a disagreement
 *   on their own: "migliaia di soldati" against "11.000 soldati" is not evidence of a conflict.
 */
export function judgeClaims(claims: readonly Claim[]): { verdict: RowVerdict; spread: number | null } {
  if (!fromSeveralArticles(claims)) return { verdict: 'single', spread: null }
  const precise = claims.filter((claim) => !isVagueClaim(claim))
  if (fromSeveralArticles(precise)) {
    if (intervalsOverlap(precise.map((claim) => claimInterval(claim)))) return { verdict: 'agree', spread: null }
    return { verdict: 'differ', spread: spreadOf(precise) }
  }
  return { verdict: intervalsOverlap(claims.map((claim) => claimInterval(claim))) ? 'agree' : 'single', spread: null }
}

function fromSeveralArticles(claims: readonly Claim[]): boolean {
  return claims.some((claim) => claim.articleId !== claims[0]!.articleId)
}

/** Largest over smallest of the figures the claims state: each one's value, or both ends of a range. */
function spreadOf(claims: readonly Claim[]): number | null {
  const figures = new FigureRange()
  for (const claim of claims) {
    if (claim.qualifier === 'range' || claim.value === null) {
      figures.include(claim.low)
      figures.include(claim.high)
    } else figures.include(claim.value)
  }
  if (figures.count < 2) return null
  // A ratio against zero or a negative figure means nothing.
  return figures.smallest > 0 ? figures.largest / figures.smallest : null
}

function extremesOf(claims: readonly Claim[]): { low: number | null; high: number | null } {
  const figures = new FigureRange()
  const anyPrecise = claims.some((claim) => !isVagueClaim(claim))
  for (const claim of claims) {
    if (anyPrecise && isVagueClaim(claim)) continue
    if (anyPrecise) figures.includeFinite(claim.value)
    figures.includeFinite(claim.low)
    figures.includeFinite(claim.high)
  }
  return figures.count === 0 ? { low: null, high: null } : { low: figures.smallest, high: figures.largest }
}

/** The smallest and largest of the figures included so far. A class rather than closures: every row of a library builds two. */
class FigureRange {
  count = 0
  smallest = Number.POSITIVE_INFINITY
  largest = Number.NEGATIVE_INFINITY

  include(figure: number | null): void {
    if (figure === null) return
    this.count += 1
    this.smallest = Math.min(this.smallest, figure)
    this.largest = Math.max(this.largest, figure)
  }

  includeFinite(figure: number | null): void {
    if (figure !== null && Number.isFinite(figure)) this.include(figure)
  }
}

/** Article id, then position, then id: the order claims are listed in a row. */
export function compareClaims(a: Claim, b: Claim): number {
  return compareText(a.articleId, b.articleId) || a.start - b.start || compareText(a.id, b.id)
}

/** A 64-bit string hash (cyrb53's mixing, both halves kept), as 16 hex digits. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return hexDigits(h2, h1)
}

const digitCodes: number[] = new Array<number>(16).fill(0)

/**
 * `high` then `low` as 8 lower-case hex digits each, as `toString(16).padStart(8, '0')` writes
 * them: that pair was a tenth of the cost of summarizing a library's rows.
 */
function hexDigits(high: number, low: number): string {
  for (let index = 0; index < 8; index += 1) {
    const shift = 28 - 4 * index
    const highDigit = (high >>> shift) & 15
    const lowDigit = (low >>> shift) & 15
    digitCodes[index] = highDigit < 10 ? 48 + highDigit : 87 + highDigit
    digitCodes[index + 8] = lowDigit < 10 ? 48 + lowDigit : 87 + lowDigit
  }
  return String.fromCharCode(...digitCodes)
}

/** A row's id: a hash of its smallest claim id, so it survives other claims joining or leaving. */
export function rowIdFor(claimIds: readonly string[]): string {
  let smallest = claimIds[0] ?? ''
  for (const id of claimIds) if (id < smallest) smallest = id
  return `row-${hashText(smallest)}`
}

/**
 * The most frequent non-null value of the items; ties go to the smallest in code-unit order, for
 * determinism.
 */
function mostCommon<I, T extends string>(items: readonly I[], valueOf: (item: I) => T | null): T | null {
  const counts = new Map<T, number>()
  for (const item of items) {
    const value = valueOf(item)
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  let best: T | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value
      bestCount = count
    }
  }
  return best
}

export interface SummarizeOptions {
  /** The row's label: built from the members (`labelRow`) or the one the user chose. */
  label: string
  storyId: string
}

/** Builds a row from its member claims (at least one). */
export function summarizeRow(claims: readonly Claim[], options: SummarizeOptions): ComparisonRow {
  // The aligner's rows mostly come in order already.
  const sorted = claims.every((claim, index) => index === 0 || compareClaims(claims[index - 1]!, claim) <= 0) ? claims : [...claims].sort(compareClaims)
  const claimIds = sorted.map((claim) => claim.id)
  const { verdict, spread } = judgeClaims(sorted)
  const { low, high } = extremesOf(sorted)
  // Sorted by article first: each article's claims are neighbours.
  let sourceCount = 1
  for (let index = 1; index < sorted.length; index += 1) if (sorted[index]!.articleId !== sorted[index - 1]!.articleId) sourceCount += 1
  return { id: rowIdFor(claimIds), storyId: options.storyId, label: options.label, unit: mostCommon(sorted, (claim) => claim.unit), claimIds, verdict, low, high, spread, sourceCount }
}

/** The order `alignClaims` and `applyCorrections` return rows in: most sources first, then label, then id. */
export function compareRowsByDefault(a: ComparisonRow, b: ComparisonRow): number {
  return b.sourceCount - a.sourceCount || compareText(a.label.toLowerCase(), b.label.toLowerCase()) || compareText(a.id, b.id)
}

/** Sorts rows in `compareRowsByDefault` order, lower-casing each label once rather than at every comparison. */
export function sortRowsByDefault(rows: ComparisonRow[]): ComparisonRow[] {
  const keyed = rows.map((row) => ({ row, label: row.label.toLowerCase() }))
  keyed.sort((a, b) => b.row.sourceCount - a.row.sourceCount || compareText(a.label, b.label) || compareText(a.row.id, b.row.id))
  return keyed.map((entry) => entry.row)
}
