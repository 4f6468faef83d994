import type { StateCreator } from 'zustand'
import type { Note, NoteTarget, NoteVerdict } from '../../../shared/model'
import { findRowSharingMostClaims } from '../../../shared/row-matching'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import { i18n } from '../lib/i18n'
import type { AppState } from './app-store'

/** Typing is saved this long after the last key: well within the second the product promises. */
export const NOTE_AUTOSAVE_MS = 400
/** A save that failed (disk full, store gone) is tried again this often while the note waits on screen. */
export const NOTE_RETRY_MS = 5000

export type NoteSaveState = 'saved' | 'saving' | 'unsaved' | 'failed'

export interface NotesSlice {
  notes: Note[]
  /** Drafts not yet confirmed by main, by target key: what the editor shows. */
  noteDrafts: Record<string, { body: string; verdict: NoteVerdict | null }>
  noteSaveState: Record<string, NoteSaveState>
  loadNotes(): Promise<void>
  /** Reads the notes again, keeping drafts: main reconciles the notes with every comparison it answers. */
  refreshNotes(): Promise<void>
  editNote(target: NoteTarget, body: string, verdict: NoteVerdict | null): void
  /** Saves every pending draft now (on blur, before export). */
  flushNotes(): Promise<void>
}

/** One note per target: the key that names it. */
export function noteKey(target: NoteTarget): string {
  switch (target.kind) {
    case 'library':
      return 'library'
    case 'article':
      return `article:${target.articleId}`
    case 'claim':
      return `claim:${target.claimId}`
    case 'row':
      return `row:${target.rowId}`
  }
}

export const createNotesSlice: StateCreator<AppState, [], [], NotesSlice> = (set, get) => {
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  /** Each draft's target and the library it was written in: a draft is only ever saved into that library. */
  const targets = new Map<string, { target: NoteTarget; generation: number }>()

  const setSaveState = (key: string, state: NoteSaveState): void => set({ noteSaveState: { ...get().noteSaveState, [key]: state } })

  const save = async (key: string): Promise<void> => {
    clearTimeout(timers.get(key))
    timers.delete(key)
    const draft = get().noteDrafts[key]
    const target = targets.get(key)
    if (!draft || !target) return
    const wasFailing = get().noteSaveState[key] === 'failed'
    setSaveState(key, 'saving')
    try {
      const saved = await getBridge().saveNote(target.generation, target.target, draft.body, draft.verdict)
      if (get().library?.generation !== target.generation) return
      const others = get().notes.filter((note) => noteKey(note.target) !== key)
      set({ notes: saved ? [...others, saved] : others })
      get().refreshTextSearch()
      // A newer keystroke may have arrived while saving; it has its own timer.
      if (get().noteDrafts[key] === draft) {
        const { [key]: _saved, ...rest } = get().noteDrafts
        set({ noteDrafts: rest })
        setSaveState(key, 'saved')
      }
    } catch (error) {
      if (get().library?.generation !== target.generation) return
      setSaveState(key, 'failed')
      if (!wasFailing) get().showProblem(i18n.t('storeProblems.note', { reason: describeError(error) }))
      if (!timers.has(key)) timers.set(key, setTimeout(() => void save(key), NOTE_RETRY_MS))
    }
  }

  return {
    notes: [],
    noteDrafts: {},
    noteSaveState: {},

    async loadNotes() {
      try {
        set({ notes: await getBridge().listNotes(), noteDrafts: {}, noteSaveState: {} })
      } catch (error) {
        get().showProblem(describeError(error))
      }
    },

    async refreshNotes() {
      try {
        set({ notes: await getBridge().listNotes() })
      } catch (error) {
        get().showProblem(describeError(error))
      }
    },

    editNote(target, body, verdict) {
      const key = noteKey(target)
      const generation = get().library?.generation
      if (generation === undefined) return
      targets.set(key, { target, generation })
      set({ noteDrafts: { ...get().noteDrafts, [key]: { body, verdict } } })
      setSaveState(key, 'unsaved')
      clearTimeout(timers.get(key))
      timers.set(
        key,
        setTimeout(() => void save(key), NOTE_AUTOSAVE_MS)
      )
    },

    async flushNotes() {
      await Promise.all([...timers.keys()].map((key) => save(key)))
    }
  }
}

/**
 * The note shown for a target: a draft being typed, else the saved note. A row note follows its
 * claims: the current row sharing the most claims with the row the note was written on.
 */
export function findNoteFor(notes: readonly Note[], target: NoteTarget): Note | undefined {
  if (target.kind !== 'row') return notes.find((note) => noteKey(note.target) === noteKey(target))
  const rowNotes = notes.filter((note) => note.target.kind === 'row')
  const sameRow = rowNotes.find((note) => note.target.kind === 'row' && note.target.rowId === target.rowId)
  return sameRow ?? findRowSharingMostClaims(target.claimIds, rowNotes, (note) => (note.target.kind === 'row' ? note.target.claimIds : []))
}
