import { useState } from 'react'
import type { ArticleSummary, Claim, ComparisonRow } from '../../../shared/api'
import { formatClaimReading } from '../lib/claim-reading'
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
  if (!row) {
    return (
      <aside className="row-inspector" aria-label="Row">
        <p className="inspector-empty">Choose a row to see its claims and correct it.</p>
      </aside>
    )
  }
  // Keyed by row: a rename in progress belongs to the row it was started on.
  return <RowDetails key={row.id} row={row} rows={rows} claimsById={claimsById} articlesById={articlesById} />
}

function RowDetails({ row, rows, claimsById, articlesById }: RowInspectorProps & { row: ComparisonRow }) {
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
    <aside className="row-inspector" aria-label="Row">
      <form
        className="rename-row"
        onSubmit={(event) => {
          event.preventDefault()
          if (label.trim() !== row.label) void correctRows({ kind: 'rename', claimId: anchor, label: label.trim() })
        }}
      >
        <label>
          Row name
          <input value={label} onChange={(event) => setLabel(event.target.value)} aria-label="Row name" />
        </label>
        <button type="submit" disabled={label.trim() === row.label}>
          Rename
        </button>
      </form>
      <NoteEditor target={{ kind: 'row', rowId: row.id, claimIds: row.claimIds }} label="Note on this row" withVerdict />
      <button
        type="button"
        className="copy-row"
        onClick={() => void copyAsMarkdown(row.id).then(setCopied)}
      >
        {copied ? 'Copied' : 'Copy row as Markdown'}
      </button>
      <label className="inspector-select">
        Merge with
        <select
          aria-label="Merge with row"
          value=""
          onChange={(event) => {
            const other = others.find((candidate) => candidate.id === event.target.value)
            if (other) void correctRows({ kind: 'merge', claimId: anchor, withClaimId: other.claimIds[0]! })
          }}
        >
          <option value="">Choose a row…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.label} ({other.sourceCount} {other.sourceCount === 1 ? 'source' : 'sources'})
            </option>
          ))}
        </select>
      </label>
      <ol className="inspector-claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="inspector-claim" onClick={() => showClaim(claim.articleId, claim.id)}>
              <span className="claim-text">{claim.text}</span>
              <span className="claim-reading">{formatClaimReading(claim)}</span>
              <span className="claim-source">{articlesById.get(claim.articleId)?.title}</span>
            </button>
            <div className="inspector-actions">
              <select
                aria-label={`Move “${claim.text}” to row`}
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
                <option value="">Move to…</option>
                {claims.length > 1 && <option value="own">A row of its own (split)</option>}
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.label}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void correctRows({ kind: 'hide', claimId: claim.id })} aria-label={`Hide “${claim.text}”`}>
                Hide
              </button>
            </div>
          </li>
        ))}
      </ol>
      <RowExplanationSection row={row} claimsById={claimsById} articlesById={articlesById} />
    </aside>
  )
}
