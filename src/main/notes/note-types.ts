/**
 * The user's notes: what they wrote about an article, a claim, a comparison row, or the library as
 * a whole. Notes are the one thing in Riscontro the user made, so they are never dropped: a note
 * whose target vanished is kept, marked orphaned, with the last quote it was attached to.
 */

/**
 * What a note is about. Rows are recomputed on every index, so a row note remembers the row's
 * member claims and is re-found as the current row sharing the most of them.
 */
export type NoteTarget =
  | { kind: 'library' }
  | { kind: 'article'; articleId: string }
  | { kind: 'claim'; claimId: string; articleId: string }
  | { kind: 'row'; rowId: string; claimIds: string[] }

export const noteVerdicts = ['confirmed', 'approximate', 'conflicting', 'unverifiable'] as const

/** The user's judgement of a comparison row (only row notes carry one). */
export type NoteVerdict = (typeof noteVerdicts)[number]

/**
 * The text the note was attached to when last seen, so an orphaned note still says what it was
 * about. For an article note, `quote` and `sentence` are empty; for a row note they are the row's
 * first member claim.
 */
export interface NoteAnchor {
  quote: string
  sentence: string
  articleTitle: string
  /** Library-relative path of the article, with `/` separators. */
  file: string
}

export interface Note {
  id: string
  target: NoteTarget
  /** Markdown, as the user typed it. */
  body: string
  verdict?: NoteVerdict
  /** ISO 8601 date-times. */
  createdAt: string
  updatedAt: string
  /** Null for the library note, which has nothing to quote. */
  anchor: NoteAnchor | null
  /** The target is gone from the current index (claim edited away, article deleted, row dissolved). */
  orphaned: boolean
}
