import type { Claim } from '../../shared/api'
import { actionLabels, measureLabels } from './alignment-lexicon'
import { isVagueClaim, readClaim, type ClaimFeatures } from './claim-features'
import { claimInterval, intervalsOverlap } from './claim-interval'
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
  const articles = new Set(claims.map((claim) => claim.articleId))
  if (articles.size <= 1) return { verdict: 'single', spread: null }
  const precise = claims.filter((claim) => !isVagueClaim(claim))
  const preciseArticles = new Set(precise.map((claim) => claim.articleId))
  if (preciseArticles.size >= 2) {
    if (intervalsOverlap(precise.map(claimInterval))) return { verdict: 'agree', spread: null }
    return { verdict: 'differ', spread: spreadOf(precise) }
  }
  return { verdict: intervalsOverlap(claims.map(claimInterval)) ? 'agree' : 'single', spread: null }
}

/** The figures a claim states: its value, or both ends of a range. */
function statedFigures(claim: Claim): number[] {
  if (claim.qualifier === 'range' || claim.value === null) return [claim.low, claim.high].filter((figure): figure is number => figure !== null)
  return [claim.value]
}

function spreadOf(claims: readonly Claim[]): number | null {
  const figures = claims.flatMap(statedFigures)
  if (figures.length < 2) return null
  const smallest = Math.min(...figures)
  // A ratio against zero or a negative figure means nothing.
  return smallest > 0 ? Math.max(...figures) / smallest : null
}

function extremesOf(claims: readonly Claim[]): { low: number | null; high: number | null } {
  let low = Number.POSITIVE_INFINITY
  let high = Number.NEGATIVE_INFINITY
  const include = (figure: number | null): void => {
    if (figure === null || !Number.isFinite(figure)) return
    if (figure < low) low = figure
    if (figure > high) high = figure
  }
  const anyPrecise = claims.some((claim) => !isVagueClaim(claim))
  for (const claim of claims) {
    if (anyPrecise && isVagueClaim(claim)) continue
    if (anyPrecise) include(claim.value)
    include(claim.low)
    include(claim.high)
  }
  return low > high ? { low: null, high: null } : { low, high }
}

/** Article id, then position, then id: the order claims are listed in a row. */
export function compareClaims(a: Claim, b: Claim): number {
  return compareText(a.articleId, b.articleId) || a.start - b.start || compareText(a.id, b.id)
}

/** Code-unit order: the same on every machine and locale, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** A row's id: a hash of its smallest claim id, so it survives other claims joining or leaving. */
export function rowIdFor(claimIds: readonly string[]): string {
  let smallest = claimIds[0] ?? ''
  for (const id of claimIds) if (id < smallest) smallest = id
  return `row-${hashText(smallest)}`
}

/** The most frequent non-null value; ties go to the smallest in code-unit order, for determinism. */
function mostCommon<T extends string>(values: ReadonlyArray<T | null>): T | null {
  if (values.length === 1) return values[0]!
  const counts = new Map<T, number>()
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1)
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

function pluralize(noun: string): string {
  if (/s$/.test(noun)) return noun
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/(sh|ch|x|z)$/.test(noun)) return `${noun}es`
  return `${noun}s`
}

function unitDisplay(kind: Claim['kind'], unit: string | null): string | null {
  if (kind === 'percent') return '%'
  if (unit === null) return null
  return kind === 'count' ? pluralize(unit) : unit
}

/** Concepts whose name already says what happened to them: no "Deaths killed". */
const conceptsNamingTheirAction = new Set(['count:deaths', 'count:wounded', 'count:prisoners'])

/** The most common value when at least half of the members have it, else null (a label should not guess). */
function majorityOf<T extends string>(values: ReadonlyArray<T | null>): T | null {
  const best = mostCommon(values)
  return best !== null && values.filter((value) => value === best).length * 2 >= values.length ? best : null
}

/** "mod:turnout" → "Turnout": the label of a percentage or measure row without subject. */
function labelOfTopic(members: readonly ClaimFeatures[]): string | null {
  const item = majorityOf(members.flatMap((member) => member.topic.filter((topic) => topic.startsWith('mod:') || topic.startsWith('concept:'))))
  if (item === null) return null
  const name = item.slice(item.indexOf(':') + 1).replaceAll('-', ' ')
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * An English label from the concept table ("Troops sent · soldiers", "Additional troops sent (2025)
 * · soldiers", "Arms trade value · USD"), else the most common subject as written. An action or the
 * arms trade only names the row when at least half of its members speak of it.
 */
export function labelRow(members: readonly ClaimFeatures[]): string {
  const claims = members.map((member) => member.claim)
  const kind = mostCommon(claims.map((claim) => claim.kind)) ?? 'count'
  const unitName = mostCommon(claims.map((claim) => claim.unit))
  const unit = unitDisplay(kind, unitName)
  const subject = mostCommon(claims.map((claim) => claim.subject?.trim() || null))
  let base: string
  if (kind === 'money') {
    const transfer = majorityOf(members.map((member) => member.weakAction)) === 'transfer'
    const arms = members.filter((member) => member.armsContext).length * 2 >= members.length
    base = arms ? 'Arms trade value' : subject ?? (transfer ? 'Value transferred' : 'Amount')
  } else {
    const conceptLabel = mostCommon(members.map((member) => member.conceptLabel))
    if (conceptLabel !== null) {
      const concept = mostCommon(members.map((member) => member.concept))
      const strong = majorityOf(members.map((member) => member.strongAction))
      const action = concept !== null && conceptsNamingTheirAction.has(concept) ? null : strong ?? majorityOf(members.map((member) => member.weakAction))
      base = action ? `${conceptLabel} ${actionLabels[action]}` : conceptLabel
      if (members.every((member) => member.increment)) base = `Additional ${base.charAt(0).toLowerCase()}${base.slice(1)}`
    } else {
      const measured = kind === 'measure' ? measureLabels[(unitName ?? '').toLowerCase()] : undefined
      base = subject ?? (kind === 'count' ? null : labelOfTopic(members)) ?? measured ?? (kind === 'percent' ? 'Share' : 'Quantity')
    }
  }
  // A year in the label only when every member names that one year ("2025", "2025-01"), not a span.
  const years = new Set(claims.map((claim) => (claim.period && !claim.period.includes('/') ? claim.period.slice(0, 4) : null)))
  const year = years.size === 1 && !years.has(null) ? ` (${[...years][0]})` : ''
  return unit ? `${base}${year} · ${unit}` : `${base}${year}`
}

export interface SummarizeOptions {
  /** Features already read by the aligner; read again (language unknown) when absent. */
  features?: readonly ClaimFeatures[]
  /** A label the user chose (a rename correction); replaces the built one. */
  label?: string | null
}

/** Builds a row from its member claims (at least one). */
export function summarizeRow(claims: readonly Claim[], options: SummarizeOptions = {}): ComparisonRow {
  const sorted = claims.length === 1 ? claims : [...claims].sort(compareClaims)
  const claimIds = sorted.map((claim) => claim.id)
  const { verdict, spread } = judgeClaims(sorted)
  const { low, high } = extremesOf(sorted)
  const label = options.label ?? labelRow(options.features ?? sorted.map((claim) => readClaim(claim, { language: 'und', articleDate: null })))
  return {
    id: rowIdFor(claimIds),
    label,
    unit: mostCommon(sorted.map((claim) => claim.unit)),
    claimIds,
    verdict,
    low,
    high,
    spread,
    sourceCount: new Set(sorted.map((claim) => claim.articleId)).size
  }
}

/** The order `alignClaims` and `applyCorrections` return rows in: most sources first, then label, then id. */
export function compareRowsByDefault(a: ComparisonRow, b: ComparisonRow): number {
  return b.sourceCount - a.sourceCount || compareText(a.label.toLowerCase(), b.label.toLowerCase()) || compareText(a.id, b.id)
}
