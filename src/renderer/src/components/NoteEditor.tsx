import Markdown from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { noteVerdicts, type NoteTarget, type NoteVerdict } from '../../../shared/api'
import { useAppStore } from '../store/app-store'
import { findNoteFor, noteKey } from '../store/notes-slice'

const verdictLabels: Record<NoteVerdict, string> = {
  confirmed: 'Confirmed',
  approximate: 'Approximate',
  conflicting: 'Conflicting',
  unverifiable: 'Unverifiable'
}

const saveStateLabels = { saved: 'Saved', saving: 'Saving…', unsaved: 'Not saved yet', failed: 'Not saved: kept here, retrying' }

interface NoteEditorProps {
  /** The target as it is now; an existing note keeps the target it was written on. */
  target: NoteTarget
  label: string
  /** Row notes carry the user's verdict. */
  withVerdict?: boolean
}

/** A Markdown note with a live preview, saved as the user types. */
export function NoteEditor({ target, label, withVerdict = false }: NoteEditorProps) {
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
        {existing?.orphaned && <span className="badge badge-warning" title={existing.anchor?.quote}>Orphaned</span>}
        {saveState && <span className={`note-save-state ${saveState}`}>{saveStateLabels[saveState]}</span>}
        {saveState === 'failed' && (
          <button type="button" className="note-retry" onClick={() => void flushNotes()}>
            Retry now
          </button>
        )}
      </div>
      {withVerdict && (
        <label className="note-verdict">
          Your verdict
          <select value={verdict ?? ''} onChange={(event) => editNote(effectiveTarget, body, (event.target.value || null) as NoteVerdict | null)}>
            <option value="">None</option>
            {noteVerdicts.map((value) => (
              <option key={value} value={value}>
                {verdictLabels[value]}
              </option>
            ))}
          </select>
        </label>
      )}
      <textarea
        aria-label={label}
        placeholder="Write in Markdown: what the sources say, what you concluded."
        value={body}
        rows={4}
        onChange={(event) => editNote(effectiveTarget, event.target.value, verdict)}
        onBlur={() => void flushNotes()}
      />
      {body.trim() && (
        // Live preview, rendered by react-markdown: no raw HTML from the note reaches the page.
        <div className="note-preview" aria-label="Preview">
          <Markdown remarkPlugins={[remarkGfm]}>{body}</Markdown>
        </div>
      )}
    </section>
  )
}
