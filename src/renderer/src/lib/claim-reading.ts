import type { Claim } from '../../../shared/api'
import { formatArticleDate } from './format'

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })

function formatAmount(value: number, claim: Claim): string {
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
    return `${formatAmount(claim.low, claim)} – ${formatAmount(claim.high, claim)}`
  }
  if (claim.value === null) {
    const band = claim.low !== null && claim.high !== null ? ` (${formatAmount(claim.low, claim)} – ${formatAmount(claim.high, claim)})` : ''
    return `vague${band}`
  }
  return `${qualifierSigns[claim.qualifier] ?? ''}${formatAmount(claim.value, claim)}`
}

/** "2024" → "2024", "2024-12/2025-02" → "Dec 2024 – Feb 2025", "2023/.." → "since 2023". */
export function formatPeriod(period: string): string {
  const [from, to] = period.split('/')
  if (to === undefined) return formatArticleDate(period)
  if (to === '..') return `since ${formatArticleDate(from!)}`
  if (from === '..') return `until ${formatArticleDate(to)}`
  return `${formatArticleDate(from!)} – ${formatArticleDate(to)}`
}

/** What the claim says once normalized, e.g. "> 4,000,000 shell · 2024 · per IISS". */
export function formatClaimReading(claim: Claim): string {
  const unit = claim.kind === 'count' || claim.kind === 'measure' ? (claim.unit ? ` ${claim.unit}` : '') : ''
  const parts = [`${formatClaimValue(claim)}${unit}`]
  if (claim.period) parts.push(formatPeriod(claim.period))
  if (claim.source) parts.push(`per ${claim.source}`)
  return parts.join(' · ')
}
