import type { NoteSearchHit } from '../../../shared/api'
import { useAppStore } from '../store/app-store'
import { SearchExcerptText } from './SearchExcerptText'

/** The notes holding the sidebar's search words, above the articles that do; each opens what it is about. */
export function NoteSearchResults({ hits }: { hits: NoteSearchHit[] }) {
  const openNoteHit = useAppStore((state) => state.openNoteHit)
  return (
    <section className="note-results" aria-label="Matching notes">
      <h2 className="note-results-heading">Notes ({hits.length})</h2>
      <ul>
        {hits.map((hit) => {
          const reachable = hit.target.kind === 'library' || hit.articleId !== null
          return (
            <li key={hit.noteId}>
              <button
                type="button"
                className="note-result"
                disabled={!reachable}
                title={reachable ? undefined : 'What this note was about is no longer in the library; the note is kept.'}
                onClick={() => openNoteHit(hit)}
              >
                <span className="note-result-label">
                  {hit.label}
                  {hit.orphaned && <span className="badge badge-warning">Orphaned</span>}
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
