import { useTranslation } from 'react-i18next'
import { useEffect, useId } from 'react'
import type { ArticleSummary, Claim, ClaimPairEvidence, ComparisonRow, EvidenceItem } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { useDescribe } from '../lib/i18n'

interface RowExplanationSectionProps {
  row: ComparisonRow
  claimsById: ReadonlyMap<string, Claim>
  articlesById: ReadonlyMap<string, ArticleSummary>
}

/** Below this a weight shows as ±0.0: it neither helps nor hurts. */
const NEGLIGIBLE_WEIGHT = 0.05

/** Weights are log2 likelihood ratios: "+3.2" speaks for the same quantity, "−1.5" against. */
function formatWeight(weight: number): string {
  if (Math.abs(weight) < NEGLIGIBLE_WEIGHT) return '±0.0'
  return `${weight > 0 ? '+' : '−'}${Math.abs(weight).toFixed(1)}`
}

function weightClass(weight: number): string {
  if (Math.abs(weight) < NEGLIGIBLE_WEIGHT) return 'evidence-neutral'
  return weight > 0 ? 'evidence-for' : 'evidence-against'
}

/**
 * "Why these figures are together" (issue 9): the evidence joining each claim of the row to the
 * rest, and the closest claim the aligner left out with what kept it out, against the threshold.
 */
export function RowExplanationSection({ row, claimsById, articlesById }: RowExplanationSectionProps) {
  const { t } = useTranslation()
  const comparison = useAppStore((state) => state.comparison)
  const state = useAppStore((state) => state.rowExplanation)
  const explainRow = useAppStore((state) => state.explainRow)
  const headingId = useId()

  // Asked again whenever the comparison changes: a correction or an edited file can change the evidence.
  useEffect(() => {
    void explainRow(row.id)
  }, [row.id, comparison, explainRow])

  const current = state?.rowId === row.id ? state : null
  return (
    <section className="row-explanation" aria-labelledby={headingId} aria-busy={current?.status !== 'ready' && current?.status !== 'failed'}>
      <h3 id={headingId}>{t('evidence.heading')}</h3>
      {current?.status === 'failed' ? (
        <div role="alert" className="explanation-problem">
          <p>{t('evidence.failed', { reason: current.error })}</p>
          <button type="button" onClick={() => void explainRow(row.id)}>
            {t('evidence.retry')}
          </button>
        </div>
      ) : current?.status !== 'ready' ? (
        <p className="explanation-note">{t('evidence.weighing')}</p>
      ) : (
        <>
          <p className="explanation-note">
            {t('evidence.rule', { threshold: formatWeight(current.explanation.threshold) })}
          </p>
          {current.explanation.joined.length === 0 ? (
            <p className="explanation-note">{t('evidence.single')}</p>
          ) : (
            <ul className="evidence-pairs" aria-label={t('evidence.joined')}>
              {current.explanation.joined.map((pair) => (
                <li key={`${pair.claimId}-${pair.otherClaimId}`}>
                  <EvidencePair pair={pair} claimsById={claimsById} articlesById={articlesById} />
                </li>
              ))}
            </ul>
          )}
          <h4>{t('evidence.closest')}</h4>
          {current.explanation.closestOutside ? (
            <div className="evidence-outside" aria-label={t('evidence.closest')}>
              <p className="explanation-note">
                <ClaimQuote claimId={current.explanation.closestOutside.otherClaimId} claimsById={claimsById} articlesById={articlesById} />
                {t('evidence.closestWeighs', {
                  weight: formatWeight(current.explanation.closestOutside.averageWeight),
                  threshold: formatWeight(current.explanation.threshold)
                })}
              </p>
              <EvidencePair pair={current.explanation.closestOutside} claimsById={claimsById} articlesById={articlesById} />
            </div>
          ) : (
            <p className="explanation-note">{t('evidence.noneOutside')}</p>
          )}
        </>
      )}
    </section>
  )
}

/** Long enough to tell the outlets apart in the narrow row panel; the whole title shows on hover. */
const SOURCE_TITLE_LENGTH = 36

/** A claim as written and the article it comes from; choosing it shows the claim in its article. */
function ClaimQuote({ claimId, claimsById, articlesById }: { claimId: string; claimsById: ReadonlyMap<string, Claim>; articlesById: ReadonlyMap<string, ArticleSummary> }) {
  const { t } = useTranslation()
  const showClaim = useAppStore((state) => state.showClaim)
  const claim = claimsById.get(claimId)
  if (!claim) return <span className="evidence-claim">{t('evidence.goneClaim')}</span>
  const title = articlesById.get(claim.articleId)?.title ?? ''
  const shortTitle = title.length > SOURCE_TITLE_LENGTH ? `${title.slice(0, SOURCE_TITLE_LENGTH - 1).trimEnd()}…` : title
  return (
    <>
      <button type="button" className="evidence-claim" title={t('evidence.showIn', { title })} onClick={() => showClaim(claim.articleId, claim.id)}>
        <q>{claim.text}</q>
      </button>
      {shortTitle && (
        <span className="evidence-claim-source" title={title}>
          {' '}
          ({shortTitle})
        </span>
      )}
    </>
  )
}

/** Two claims and the evidence weighed between them, strongest first. */
function EvidencePair({ pair, claimsById, articlesById }: { pair: ClaimPairEvidence; claimsById: ReadonlyMap<string, Claim>; articlesById: ReadonlyMap<string, ArticleSummary> }) {
  const { t } = useTranslation()
  const items = [...pair.items].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
  return (
    <div className="evidence-pair">
      <p className="evidence-pair-claims">
        <ClaimQuote claimId={pair.claimId} claimsById={claimsById} articlesById={articlesById} />
        {t('evidence.and')}
        <ClaimQuote claimId={pair.otherClaimId} claimsById={claimsById} articlesById={articlesById} />
        <span className={`evidence-total ${weightClass(pair.weight)}`}>{t('evidence.total', { weight: formatWeight(pair.weight) })}</span>
      </p>
      <ul className="evidence-items">
        {items.map((item) => (
          <EvidenceLine key={`${item.field}:${item.level}`} item={item} />
        ))}
      </ul>
    </div>
  )
}

function EvidenceLine({ item }: { item: EvidenceItem }) {
  const describe = useDescribe()
  return (
    <li className={weightClass(item.weight)}>
      <span className="evidence-weight">{formatWeight(item.weight)}</span>
      <span className="evidence-text">{describe.evidenceLine(item)}</span>
    </li>
  )
}
