import { randomUUID } from 'node:crypto'
import type { ArticleSummary, Claim, Comparison, Note, NoteTarget, NoteVerdict } from '../../shared/model'
import { SerialQueue } from '../storage/serial-queue'
import { isDiskFull } from '../storage/write-file-durably'
import { LibraryError } from '../storage/library-error'
import { createNote, editNote, findNote } from './note-edits'
import { deleteNote, loadNotes, saveNotes, upsertNote, type DamagedNotesFile } from './notes-store'
import { reconcileNotes } from './reconcile-notes'


/** How long the library must stay quiet (files change in bursts) before its notes are reconciled with it. */
const RECONCILE_DELAY_MS = 1000

/** What notes are anchored to: the library's current claims and articles. */
export interface NotesContextSource {
  claimsById(): ReadonlyMap<string, Claim>
  articlesById(): ReadonlyMap<string, ArticleSummary>
}

/**
 * One library's notes in memory and on disk, and their one owner: every change is written before it
 * is answered (atomic writes, one after another), so a note the app showed as saved survives a
 * crash; the notes are kept attached to the library as it changes (`reconcile`, `reconcileRowNotes`,
 * `reconcileWhenQuiet`), so exports and searches only read them.
 */
export class LibraryNotes {
  private notes: Note[] = []
  private readonly saves = new SerialQueue()
  private reconcileTimer: ReturnType<typeof setTimeout> | undefined
  /** A damaged notes file found at load: moved aside, to be reported to the user once. */
  damaged: DamagedNotesFile | null = null
  /** Notes files set aside at earlier loads, reported at every open. */
  setAsideEarlier: string[] = []

  constructor(
    private readonly dataDir: string,
    private readonly folder: string
  ) {}

  async load(): Promise<void> {
    const loaded = await loadNotes(this.dataDir, this.folder)
    this.notes = loaded.notes
    this.damaged = loaded.damaged
    this.setAsideEarlier = loaded.setAsideEarlier
  }

  list(): Note[] {
    return this.notes
  }

  /** Creates or edits the target's note; a note left with no text and no verdict is deleted. */
  save(target: NoteTarget, body: string, verdict: NoteVerdict | null, source: NotesContextSource): Promise<Note | null> {
    const run = async (): Promise<Note | null> => {
      const existing = findNote(this.notes, target)
      const context = { claimsById: source.claimsById(), articlesById: source.articlesById() }
      const now = new Date()
      if (body.trim() === '' && verdict === null) {
        if (existing) await this.write(deleteNote(this.notes, existing.id))
        return null
      }
      const note = existing
        ? editNote(existing, { body, verdict }, context, now)
        : createNote({ target, body, ...(verdict ? { verdict } : {}) }, context, { id: randomUUID(), now })
      await this.write(upsertNote(this.notes, note))
      return note
    }
    return this.saves.run(run)
  }

  /**
   * Re-attaches the row notes of this comparison's articles to its rows, saving what changed: a
   * note whose row is gone (its claims hidden, moved or edited away) is marked orphaned as it
   * happens, and un-orphaned when the row comes back. Notes on other articles' rows are left alone,
   * since those rows are not in this comparison. Answers whether any note changed.
   */
  reconcileRowNotes(comparison: Comparison, source: NotesContextSource): Promise<boolean> {
    return this.saves.run(async () => {
      const claimsById = source.claimsById()
      const compared = new Set(comparison.articles.map((article) => article.id))
      const comparedClaims = new Map([...claimsById].filter(([, claim]) => compared.has(claim.articleId)))
      // A note none of whose claims is indexed is left to `reconcile`, once the index is complete:
      // while a folder is still being indexed its claims may simply not be read yet.
      const inScope = (note: Note): boolean => note.target.kind === 'row' && note.target.claimIds.some((id) => comparedClaims.has(id))
      const { notes: reconciled, changed } = reconcileNotes(this.notes.filter(inScope), comparedClaims, comparison.rows)
      if (!changed) return false
      const byId = new Map(reconciled.map((note) => [note.id, note]))
      await this.write(this.notes.map((note) => byId.get(note.id) ?? note))
      return true
    })
  }

  /**
   * Re-attaches every note to the whole library's current comparison (its articles, claims and
   * rows), saving what changed: a note whose claim or row changed follows it, one whose target is
   * gone is marked orphaned, and un-orphaned when it comes back (reconcile-notes.ts). The library
   * service runs it once the index is ready and when files changed; it needs a complete index.
   * `compareLibrary` is called only when some note is anchored to a claim, row or article, so a
   * library without such notes is never compared for them. Answers whether any note changed.
   */
  reconcile(compareLibrary: () => Comparison): Promise<boolean> {
    return this.saves.run(async () => {
      if (this.notes.every((note) => note.target.kind === 'library')) return false
      const library = compareLibrary()
      const claimsById = new Map(library.claims.map((claim) => [claim.id, claim]))
      const articlesById = new Map(library.articles.map((article) => [article.id, article]))
      const { notes: reconciled, changed } = reconcileNotes(this.notes, claimsById, library.rows, articlesById)
      if (changed) await this.write(reconciled)
      return changed
    })
  }

  /** `reconcile` once the library has been quiet for a second; a later call restarts the wait. Answers (whether any note changed) and failures go to `onSettled`. */
  reconcileWhenQuiet(compareLibrary: () => Comparison, onSettled: (outcome: Promise<boolean>) => void): void {
    clearTimeout(this.reconcileTimer)
    this.reconcileTimer = setTimeout(() => onSettled(this.reconcile(compareLibrary)), RECONCILE_DELAY_MS)
  }

  /** Drops a reconcile still waiting for quiet (the library is closing; the next open reconciles). */
  cancelReconcile(): void {
    clearTimeout(this.reconcileTimer)
  }

  /** Resolves once every save asked for so far has settled (a library reopened reads what they wrote). */
  whenSaved(): Promise<void> {
    return this.saves.run(async () => undefined)
  }

  private async write(notes: Note[]): Promise<void> {
    try {
      await saveNotes(this.dataDir, this.folder, notes)
    } catch (error) {
      // The file on disk is the previous version, whole; the note stays in the renderer's draft.
      // The renderer keeps the note and retries; the message says so.
      if (isDiskFull(error)) throw new LibraryError('noteDiskFull', {}, { cause: error })
      throw error
    }
    this.notes = notes
  }
}
