import type { Claim } from '../../../shared/api'
import { formatClaimReading } from '../lib/claim-reading'
import { useAppStore } from '../store/app-store'
import { noteKey } from '../store/notes-slice'
import { NoteEditor } from './NoteEditor'

/** The article's numeric claims in text order; choosing one scrolls the article to it and opens its note. */
export function ClaimsPanel({ claims, articleId }: { claims: Claim[]; articleId: string }) {
  const focusClaim = useAppStore((state) => state.focusClaim)
  const focusedClaimId = useAppStore((state) => state.focusedClaim?.claimId)
  const notes = useAppStore((state) => state.notes)
  const annotated = new Set(notes.map((note) => noteKey(note.target)))
  return (
    <aside className="claims-panel" aria-label="Claims">
      <NoteEditor target={{ kind: 'article', articleId }} label="Your note on this article" />
      <h2>
        Claims <span className="count">{claims.length}</span>
      </h2>
      {claims.length === 0 ? (
        <p className="claims-empty">No numeric claims found in this article.</p>
      ) : (
        <ol className="claims-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button type="button" className={claim.id === focusedClaimId ? 'focused' : undefined} onClick={() => focusClaim(claim.id)}>
                <span className="claim-text">
                  {claim.text}
                  {annotated.has(noteKey({ kind: 'claim', claimId: claim.id, articleId })) && (
                    <span className="claim-has-note" title="You wrote a note on this claim">
                      {' '}
                      ✎
                    </span>
                  )}
                </span>
                <span className="claim-reading">{formatClaimReading(claim)}</span>
              </button>
              {claim.id === focusedClaimId && <NoteEditor target={{ kind: 'claim', claimId: claim.id, articleId }} label="Note on this claim" />}
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
