import type { ArticleSummary, Claim, ComparisonRow } from '../../../shared/api'
import { approximateTolerance, claimInterval, isVagueClaim, type Interval } from '../../../shared/claim-interval'
import { formatFigure } from './claim-reading'

/** One source's figures in a row, with the interval each one allows. */
export interface SourceFigures {
  article: Pick<ArticleSummary, 'id' | 'title' | 'outlet'>
  figures: Array<{ claim: Claim; interval: Interval; vague: boolean }>
}

export interface VerdictExplanation {
  sources: SourceFigures[]
  /** The rule that decided, in words: "11.000 and circa 12.000 ±5% do not overlap: ratio 1.09". */
  rule: string
  /** Said when vague figures ("migliaia di soldati") are in the row: they never decide alone. */
  vagueNote: string | null
}

const approxPercent = Math.round(approximateTolerance * 100)

/** A claim as the rule reads it: its words, with the slack "circa" allows or the bound "più di" sets. */
export function describeFigure(claim: Claim): string {
  if (claim.qualifier === 'approx') return `${claim.text} ±${approxPercent}%`
  return claim.text
}

/**
 * Why a row has its verdict, from the same intervals main judged it on (src/shared/claim-interval):
 * each source's figures and the pair whose intervals part (or the span they share).
 */
export function explainVerdict(row: ComparisonRow, claims: readonly Claim[], articles: ReadonlyMap<string, ArticleSummary>): VerdictExplanation {
  const bySource = new Map<string, SourceFigures>()
  for (const claim of claims) {
    const article = articles.get(claim.articleId) ?? { id: claim.articleId, title: claim.articleId, outlet: null }
    const entry = bySource.get(claim.articleId) ?? { article, figures: [] }
    entry.figures.push({ claim, interval: claimInterval(claim), vague: isVagueClaim(claim) })
    bySource.set(claim.articleId, entry)
  }
  const sources = [...bySource.values()]
  const vague = claims.filter((claim) => isVagueClaim(claim))
  const vagueNote =
    vague.length > 0 ? `Vague figures (${vague.map((claim) => claim.text).join(', ')}) take part but never decide a disagreement alone.` : null
  return { sources, rule: ruleFor(row, claims), vagueNote }
}

function ruleFor(row: ComparisonRow, claims: readonly Claim[]): string {
  if (row.verdict === 'single') {
    return sourcesOf(claims) < 2
      ? 'One source states this quantity: nothing to compare it with.'
      : 'The other sources give only vague figures, which cannot confirm or refute it.'
  }
  const precise = claims.filter((claim) => !isVagueClaim(claim))
  const judged = precise.length >= 2 ? precise : [...claims]
  if (row.verdict === 'agree') {
    const shared = sharedSpan(judged)
    const span = shared ? ` (all allow ${shared})` : ''
    return `${listFigures(judged)}: the intervals overlap${span}, so the sources agree.`
  }
  // The pair that cannot overlap: the claim whose interval ends lowest and the one that starts highest.
  const intervals = judged.map((claim) => ({ claim, interval: claimInterval(claim) }))
  const lowest = intervals.reduce((best, entry) => (entry.interval.high < best.interval.high ? entry : best))
  const highest = intervals.reduce((best, entry) => (entry.interval.low > best.interval.low ? entry : best))
  const ratio = row.spread === null ? '' : `: ratio ${row.spread.toFixed(row.spread < 10 ? 2 : 0)}`
  return `${describeFigure(lowest.claim)} and ${describeFigure(highest.claim)} do not overlap${ratio}.`
}

function sourcesOf(claims: readonly Claim[]): number {
  return new Set(claims.map((claim) => claim.articleId)).size
}

/** The values every claim allows, as "11,000 – 11,550"; null when unbounded on a side. */
function sharedSpan(claims: readonly Claim[]): string | null {
  const intervals = claims.map((claim) => claimInterval(claim))
  const low = Math.max(...intervals.map((interval) => interval.low))
  const high = Math.min(...intervals.map((interval) => interval.high))
  if (!Number.isFinite(low) || !Number.isFinite(high) || claims.length === 0) return null
  const unit = claims[0]!
  return low === high ? formatFigure(low, unit) : `${formatFigure(low, unit)} – ${formatFigure(high, unit)}`
}

/** "11.000 soldati, più di 11.000 militari"; past three distinct wordings, how many figures there are. */
function listFigures(claims: readonly Claim[]): string {
  const wordings = [...new Set(claims.map(describeFigure))]
  return wordings.length <= 3 ? wordings.join(', ') : `The ${claims.length} figures`
}
