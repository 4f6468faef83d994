/** The user's notes are part of the process contract (src/shared/api.ts); re-exported for the domain's own imports. */
export { noteVerdicts } from '../../shared/api'
export type { Note, NoteAnchor, NoteTarget, NoteVerdict } from '../../shared/api'
