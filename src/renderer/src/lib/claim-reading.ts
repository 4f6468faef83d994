import type { Claim } from '../../../shared/api'
import { formatArticleDate } from './format'

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })

/** A figure in the claim's terms: "7.5%", "$1,700,000,000", "11,000". */
export function formatFigure(value: number, claim: Pick<Claim, 'kind' | 'unit'>): string {
  if (claim.kind === 'percent') return `${numberFormat.format(value)}%`
  if (claim.kind === 'money' && claim.unit && /^[A-Z]{3}$/.test(claim.unit)) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency: claim.unit, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value)
    } catch {
      // An unknown currency code still reads well as "1,000 XYZ".
    }
  }
  return numberFormat.format(value)
}

const qualifierSigns: Partial<Record<Claim['qualifier'], string>> = {
  approx: '≈ ',
  at_least: '≥ ',
  more_than: '> ',
  at_most: '≤ ',
  less_than: '< '
}

/** The normalized value alone: "> 4,000,000", "$1,700,000,000 – $5,500,000,000", "vague (2,000 – 9,999)". */
export function formatClaimValue(claim: Claim): string {
  if (claim.qualifier === 'range' && claim.low !== null && claim.high !== null) {
    return `${formatFigure(claim.low, claim)} – ${formatFigure(claim.high, claim)}`
  }
  if (claim.value === null) {
    const band = claim.low !== null && claim.high !== null ? ` (${formatFigure(claim.low, claim)} – ${formatFigure(claim.high, claim)})` : ''
    return `vague${band}`
  }
  return `${qualifierSigns[claim.qualifier] ?? ''}${formatFigure(claim.value, claim)}`
}

/** "2024" → "2024", "2024-12/2025-02" → "Dec 2024 – Feb 2025", "2023/.." → "since 2023". */
export function formatPeriod(period: string): string {
  const [from, to] = period.split('/')
  if (to === undefined) return formatArticleDate(period)
  if (to === '..') return `since ${formatArticleDate(from!)}`
  if (from === '..') return `until ${formatArticleDate(to)}`
  return `${formatArticleDate(from!)} – ${formatArticleDate(to)}`
}

/** Time units as a reader says them after a number ("8 months", "72 h"). */
const durationUnits: Record<string, string> = {
  s: 's', min: 'min', h: 'h', d: 'days', week: 'weeks', month: 'months', year: 'years', decade: 'decades', century: 'centuries'
}

/** The figure with what it counts or measures: "11,000 soldier", "8 months", "age 34", "7.5%". */
function formatQuantity(claim: Claim): string {
  // A change is read by its size; its direction is said in words ("fall of 12%", whether "-12%" or "in calo del 12%").
  const sized = claim.change && claim.value !== null ? { ...claim, value: Math.abs(claim.value) } : claim
  const value = formatClaimValue(sized)
  if (claim.kind === 'age') return `age ${value}`
  if (claim.kind === 'duration') return `${value} ${durationUnits[claim.unit ?? ''] ?? claim.unit ?? ''}`.trimEnd()
  const unit = claim.kind === 'count' || claim.kind === 'measure' ? (claim.unit ? ` ${claim.unit}` : '') : ''
  return `${value}${unit}`
}

const changeWords: Record<NonNullable<Claim['change']>, string> = { rise: '▲ rise of', fall: '▼ fall of' }

/** What the claim says once normalized, e.g. "> 4,000,000 shell · 2024 · per IISS", "▼ fall of 7.5%", "age 34". */
export function formatClaimReading(claim: Claim): string {
  const quantity = formatQuantity(claim)
  const parts = [claim.change ? `${changeWords[claim.change]} ${quantity}` : quantity]
  if (claim.period) parts.push(formatPeriod(claim.period))
  if (claim.source) parts.push(`per ${claim.source}`)
  return parts.join(' · ')
}
