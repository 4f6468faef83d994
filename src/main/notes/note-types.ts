/** The user's notes are part of the shared model (src/shared/model.ts); re-exported for the domain's own imports. */
export { noteVerdicts } from '../../shared/model'
export type { Note, NoteAnchor, NoteTarget, NoteVerdict } from '../../shared/model'
