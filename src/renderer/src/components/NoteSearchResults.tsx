import { useTranslation } from 'react-i18next'
import type { NoteSearchHit } from '../../../shared/model'
import { noteHitLabel } from '../lib/note-hit-label'
import { useAppStore } from '../store/app-store'
import { SearchExcerptText } from './SearchExcerptText'

/** The notes holding the sidebar's search words, above the articles that do; each opens what it is about. */
export function NoteSearchResults({ hits }: { hits: NoteSearchHit[] }) {
  const { t } = useTranslation()
  const openNoteHit = useAppStore((state) => state.openNoteHit)
  return (
    <section className="note-results" aria-label={t('notes.matching')}>
      <h2 className="note-results-heading">{t('notes.heading', { count: hits.length })}</h2>
      <ul>
        {hits.map((hit) => {
          const reachable = hit.target.kind === 'library' || hit.articleId !== null
          return (
            <li key={hit.noteId}>
              <button
                type="button"
                className="note-result"
                disabled={!reachable}
                title={reachable ? undefined : t('notes.unreachable')}
                onClick={() => openNoteHit(hit)}
              >
                <span className="note-result-label">
                  {noteHitLabel(hit, t)}
                  {hit.orphaned && <span className="badge badge-warning">{t('notes.orphaned')}</span>}
                </span>
                <SearchExcerptText excerpt={hit.excerpt} />
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
