import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import type { Claim } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { noteKey } from '../store/notes-slice'
import { NoteEditor } from './NoteEditor'

/** The article's numeric claims in text order; choosing one scrolls the article to it and opens its note. */
export function ClaimsPanel({ claims, articleId }: { claims: Claim[]; articleId: string }) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const focusClaim = useAppStore((state) => state.focusClaim)
  const focusedClaimId = useAppStore((state) => state.focusedClaim?.claimId)
  const notes = useAppStore((state) => state.notes)
  const annotated = new Set(notes.map((note) => noteKey(note.target)))
  return (
    <aside className="claims-panel" aria-label={t('claims.panel')}>
      <NoteEditor target={{ kind: 'article', articleId }} label={t('claims.articleNote')} />
      <h2>
        {t('claims.title')} <span className="count">{claims.length}</span>
      </h2>
      {claims.length === 0 ? (
        <p className="claims-empty">{t('claims.none')}</p>
      ) : (
        <ol className="claims-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button type="button" className={claim.id === focusedClaimId ? 'focused' : undefined} onClick={() => focusClaim(claim.id)}>
                <span className="claim-text">
                  {claim.text}
                  {annotated.has(noteKey({ kind: 'claim', claimId: claim.id, articleId })) && (
                    <span className="claim-has-note" title={t('claims.hasNote')}>
                      {' '}
                      ✎
                    </span>
                  )}
                </span>
                <span className="claim-reading">{describe.claimReading(claim)}</span>
              </button>
              {claim.id === focusedClaimId && <NoteEditor target={{ kind: 'claim', claimId: claim.id, articleId }} label={t('claims.claimNote')} />}
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
