import type { ArticleSummary, Claim, ComparisonRow } from '../../../shared/model'
import { approximateTolerance, claimInterval, isVagueClaim, type Interval } from '../../../shared/claim-interval'
import type { Describer } from '../../../shared/i18n/describe'

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
export function describeFigure(claim: Claim, describe: Describer): string {
  if (claim.qualifier === 'approx') return describe.t('verdictPopover.approx', { text: claim.text, percent: approxPercent })
  return claim.text
}

/**
 * Why a row has its verdict, from the same intervals main judged it on (src/shared/claim-interval):
 * each source's figures and the pair whose intervals part (or the span they share).
 */
export function explainVerdict(
  row: ComparisonRow,
  claims: readonly Claim[],
  articles: ReadonlyMap<string, ArticleSummary>,
  describe: Describer
): VerdictExplanation {
  const bySource = new Map<string, SourceFigures>()
  for (const claim of claims) {
    const article = articles.get(claim.articleId) ?? { id: claim.articleId, title: claim.articleId, outlet: null }
    const entry = bySource.get(claim.articleId) ?? { article, figures: [] }
    entry.figures.push({ claim, interval: claimInterval(claim), vague: isVagueClaim(claim) })
    bySource.set(claim.articleId, entry)
  }
  const sources = [...bySource.values()]
  const vague = claims.filter((claim) => isVagueClaim(claim))
  const vagueNote = vague.length > 0 ? describe.t('verdictPopover.vagueNote', { figures: vague.map((claim) => claim.text).join(', ') }) : null
  return { sources, rule: ruleFor(row, claims, describe), vagueNote }
}

function ruleFor(row: ComparisonRow, claims: readonly Claim[], describe: Describer): string {
  const { t } = describe
  if (row.verdict === 'single') return sourcesOf(claims) < 2 ? t('verdictPopover.oneSource') : t('verdictPopover.onlyVague')
  const precise = claims.filter((claim) => !isVagueClaim(claim))
  const judged = precise.length >= 2 ? precise : [...claims]
  if (row.verdict === 'agree') {
    const shared = sharedSpan(judged, describe)
    const figures = listFigures(judged, describe)
    return shared ? t('verdictPopover.agreeShared', { figures, shared }) : t('verdictPopover.agree', { figures })
  }
  // The pair that cannot overlap: the claim whose interval ends lowest and the one that starts highest.
  const intervals = judged.map((claim) => ({ claim, interval: claimInterval(claim) }))
  const lowest = intervals.reduce((best, entry) => (entry.interval.high < best.interval.high ? entry : best))
  const highest = intervals.reduce((best, entry) => (entry.interval.low > best.interval.low ? entry : best))
  const low = describeFigure(lowest.claim, describe)
  const high = describeFigure(highest.claim, describe)
  return row.spread === null ? t('verdictPopover.differ', { low, high }) : t('verdictPopover.differRatio', { low, high, ratio: describe.spread(row.spread) })
}

function sourcesOf(claims: readonly Claim[]): number {
  return new Set(claims.map((claim) => claim.articleId)).size
}

/** The values every claim allows, as "11,000 – 11,550"; null when unbounded on a side. */
function sharedSpan(claims: readonly Claim[], describe: Describer): string | null {
  const intervals = claims.map((claim) => claimInterval(claim))
  const low = Math.max(...intervals.map((interval) => interval.low))
  const high = Math.min(...intervals.map((interval) => interval.high))
  if (!Number.isFinite(low) || !Number.isFinite(high) || claims.length === 0) return null
  const unit = claims[0]!
  return describe.interval({ low, high }, unit)
}

/** "11.000 soldati, più di 11.000 militari"; past three distinct wordings, how many figures there are. */
function listFigures(claims: readonly Claim[], describe: Describer): string {
  const wordings = [...new Set(claims.map((claim) => describeFigure(claim, describe)))]
  return wordings.length <= 3 ? wordings.join(', ') : describe.t('verdictPopover.manyFigures', { count: claims.length })
}
