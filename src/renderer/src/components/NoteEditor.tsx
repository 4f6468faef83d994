import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import Markdown from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { noteVerdicts, type NoteTarget, type NoteVerdict } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { findNoteFor, noteKey } from '../store/notes-slice'


interface NoteEditorProps {
  /** The target as it is now; an existing note keeps the target it was written on. */
  target: NoteTarget
  label: string
  /** Row notes carry the user's verdict. */
  withVerdict?: boolean
}

/** A Markdown note with a live preview, saved as the user types. */
export function NoteEditor({ target, label, withVerdict = false }: NoteEditorProps) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const notes = useAppStore((state) => state.notes)
  const existing = findNoteFor(notes, target)
  const effectiveTarget = existing?.target ?? target
  const key = noteKey(effectiveTarget)
  const draft = useAppStore((state) => state.noteDrafts[key])
  const saveState = useAppStore((state) => state.noteSaveState[key])
  const editNote = useAppStore((state) => state.editNote)
  const flushNotes = useAppStore((state) => state.flushNotes)
  const body = draft?.body ?? existing?.body ?? ''
  const verdict = draft ? draft.verdict : (existing?.verdict ?? null)

  return (
    <section className="note-editor" aria-label={label}>
      <div className="note-editor-header">
        <span className="note-editor-title">{label}</span>
        {existing?.orphaned && <span className="badge badge-warning" title={existing.anchor?.quote}>{t('notes.orphaned')}</span>}
        {saveState && <span className={`note-save-state ${saveState}`}>{t(`notes.${saveState}`)}</span>}
        {saveState === 'failed' && (
          <button type="button" className="note-retry" onClick={() => void flushNotes()}>
            {t('notes.retry')}
          </button>
        )}
      </div>
      {withVerdict && (
        <label className="note-verdict">
          {t('notes.yourVerdict')}
          <select value={verdict ?? ''} onChange={(event) => editNote(effectiveTarget, body, (event.target.value || null) as NoteVerdict | null)}>
            <option value="">{t('notes.none')}</option>
            {noteVerdicts.map((value) => (
              <option key={value} value={value}>
                {describe.noteVerdict(value)}
              </option>
            ))}
          </select>
        </label>
      )}
      <textarea
        aria-label={label}
        placeholder={t('notes.placeholder')}
        value={body}
        rows={4}
        onChange={(event) => editNote(effectiveTarget, event.target.value, verdict)}
        onBlur={() => void flushNotes()}
      />
      {body.trim() && (
        // Live preview, rendered by react-markdown: no raw HTML from the note reaches the page.
        <div className="note-preview" aria-label={t('notes.preview')}>
          <Markdown remarkPlugins={[remarkGfm]}>{body}</Markdown>
        </div>
      )}
    </section>
  )
}
