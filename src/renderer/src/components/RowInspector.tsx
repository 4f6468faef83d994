import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { useState } from 'react'
import type { ArticleSummary, Claim, ComparisonRow } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { NoteEditor } from './NoteEditor'
import { RowExplanationSection } from './RowExplanationSection'

interface RowInspectorProps {
  row: ComparisonRow | null
  rows: ComparisonRow[]
  claimsById: ReadonlyMap<string, Claim>
  articlesById: ReadonlyMap<string, ArticleSummary>
}

/** The active row, the user's corrections to it (rename, merge, move or split a claim, hide a claim), and why it was built. */
export function RowInspector({ row, rows, claimsById, articlesById }: RowInspectorProps) {
  const { t } = useTranslation()
  if (!row) {
    return (
      <aside className="row-inspector" aria-label={t('row.label')}>
        <p className="inspector-empty">{t('row.empty')}</p>
      </aside>
    )
  }
  // Keyed by row: a rename in progress belongs to the row it was started on.
  return <RowDetails key={row.id} row={row} rows={rows} claimsById={claimsById} articlesById={articlesById} />
}

function RowDetails({ row, rows, claimsById, articlesById }: RowInspectorProps & { row: ComparisonRow }) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const correctRows = useAppStore((state) => state.correctRows)
  const showClaim = useAppStore((state) => state.showClaim)
  const copyAsMarkdown = useAppStore((state) => state.copyAsMarkdown)
  const [copied, setCopied] = useState(false)
  const [label, setLabel] = useState(row.label)
  const anchor = row.claimIds[0]!
  // A row only ever holds claims of one story (issue 9): merges and moves stay within it.
  const others = rows.filter((other) => other.id !== row.id && other.storyId === row.storyId)
  const claims = row.claimIds.map((id) => claimsById.get(id)).filter((claim): claim is Claim => claim !== undefined)

  return (
    <aside className="row-inspector" aria-label={t('row.label')}>
      <form
        className="rename-row"
        onSubmit={(event) => {
          event.preventDefault()
          if (label.trim() !== row.label) void correctRows({ kind: 'rename', claimId: anchor, label: label.trim() })
        }}
      >
        <label>
          {t('row.name')}
          <input value={label} onChange={(event) => setLabel(event.target.value)} aria-label={t('row.name')} />
        </label>
        <button type="submit" disabled={label.trim() === row.label}>
          {t('row.rename')}
        </button>
      </form>
      <NoteEditor target={{ kind: 'row', rowId: row.id, claimIds: row.claimIds }} label={t('row.note')} withVerdict />
      <button
        type="button"
        className="copy-row"
        onClick={() => void copyAsMarkdown(row.id).then(setCopied)}
      >
        {copied ? t('row.copied') : t('row.copy')}
      </button>
      <label className="inspector-select">
        {t('row.mergeWith')}
        <select
          aria-label={t('row.mergeWithRow')}
          value=""
          onChange={(event) => {
            const other = others.find((candidate) => candidate.id === event.target.value)
            if (other) void correctRows({ kind: 'merge', claimId: anchor, withClaimId: other.claimIds[0]! })
          }}
        >
          <option value="">{t('row.chooseRow')}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {t('row.sources', { label: other.label, count: other.sourceCount })}
            </option>
          ))}
        </select>
      </label>
      <ol className="inspector-claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="inspector-claim" onClick={() => showClaim(claim.articleId, claim.id)}>
              <span className="claim-text">{claim.text}</span>
              <span className="claim-reading">{describe.claimReading(claim)}</span>
              <span className="claim-source">{articlesById.get(claim.articleId)?.title}</span>
            </button>
            <div className="inspector-actions">
              <select
                aria-label={t('row.moveLabel', { text: claim.text })}
                value=""
                onChange={(event) => {
                  const target = event.target.value
                  if (target === 'own') void correctRows({ kind: 'move', claimId: claim.id, toRowOf: null })
                  else {
                    const other = others.find((candidate) => candidate.id === target)
                    if (other) void correctRows({ kind: 'move', claimId: claim.id, toRowOf: other.claimIds[0]! })
                  }
                }}
              >
                <option value="">{t('row.moveTo')}</option>
                {claims.length > 1 && <option value="own">{t('row.ownRow')}</option>}
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.label}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void correctRows({ kind: 'hide', claimId: claim.id })} aria-label={t('row.hideLabel', { text: claim.text })}>
                {t('row.hide')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <RowExplanationSection row={row} claimsById={claimsById} articlesById={articlesById} />
    </aside>
  )
}
