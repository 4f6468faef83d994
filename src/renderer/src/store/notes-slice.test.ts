import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Note, NoteTarget, NoteVerdict } from '../../../shared/model'
import { useAppStore } from './app-store'
import { findNoteFor, NOTE_AUTOSAVE_MS, NOTE_RETRY_MS, noteKey } from './notes-slice'
import { installFakeBridge, librarySnapshot, resetAppStore } from './store-testing'

function noteOn(target: NoteTarget, body: string): Note {
  return { id: `note-${noteKey(target)}`, target, body, createdAt: '2026-11-14T09:00:00Z', updatedAt: '2026-11-14T09:00:00Z', anchor: null, orphaned: false }
}

const libraryTarget: NoteTarget = { kind: 'library' }

function fakeNotesBridge() {
  return installFakeBridge({
    saveNote: vi.fn(async (_generation: number, target: NoteTarget, body: string, _verdict: NoteVerdict | null): Promise<Note | null> => (body === '' ? null : noteOn(target, body))),
    listNotes: vi.fn(async (): Promise<Note[]> => []),
    searchLibrary: vi.fn()
  })
}

let bridge: ReturnType<typeof fakeNotesBridge>

beforeEach(() => {
  vi.useFakeTimers()
  resetAppStore()
  useAppStore.setState({ library: librarySnapshot(4, []) })
  bridge = fakeNotesBridge()
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the notes slice', () => {
  it('saves a note once typing pauses, into the library it was written in', async () => {
    useAppStore.getState().editNote(libraryTarget, 'Le stime', null)
    useAppStore.getState().editNote(libraryTarget, 'Le stime divergono.', null)
    expect(useAppStore.getState().noteSaveState.library).toBe('unsaved')
    expect(useAppStore.getState().noteDrafts.library?.body).toBe('Le stime divergono.')
    await vi.advanceTimersByTimeAsync(NOTE_AUTOSAVE_MS)
    expect(bridge.saveNote).toHaveBeenCalledTimes(1)
    expect(bridge.saveNote).toHaveBeenCalledWith(4, libraryTarget, 'Le stime divergono.', null)
    expect(useAppStore.getState().noteSaveState.library).toBe('saved')
    expect(useAppStore.getState().noteDrafts).toEqual({})
    expect(useAppStore.getState().notes.map((note) => note.body)).toEqual(['Le stime divergono.'])
  })

  it('saves every pending draft at once when flushed (before an export or another library)', async () => {
    useAppStore.getState().editNote({ kind: 'article', articleId: 'a' }, 'Cita NIS.', null)
    useAppStore.getState().editNote(libraryTarget, 'Cinque articoli.', null)
    await useAppStore.getState().flushNotes()
    expect(bridge.saveNote).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(NOTE_AUTOSAVE_MS)
    expect(bridge.saveNote).toHaveBeenCalledTimes(2)
  })

  it('removes a note emptied by the user', async () => {
    useAppStore.setState({ notes: [noteOn(libraryTarget, 'Vecchia nota.')] })
    useAppStore.getState().editNote(libraryTarget, '', null)
    await useAppStore.getState().flushNotes()
    expect(useAppStore.getState().notes).toEqual([])
  })

  it('keeps a note that could not be saved on screen, says so once, and tries again until it is saved', async () => {
    bridge.saveNote.mockRejectedValueOnce(new Error('Disk full.')).mockRejectedValueOnce(new Error('Disk full.'))
    useAppStore.getState().editNote(libraryTarget, 'Appunti.', null)
    await vi.advanceTimersByTimeAsync(NOTE_AUTOSAVE_MS)
    expect(useAppStore.getState().noteSaveState.library).toBe('failed')
    expect(useAppStore.getState().noteDrafts.library?.body).toBe('Appunti.')
    await vi.advanceTimersByTimeAsync(NOTE_RETRY_MS)
    expect(useAppStore.getState().problems).toHaveLength(1)
    expect(useAppStore.getState().problems[0]?.message).toMatch(/^Your note could not be saved\. Disk full\./)
    await vi.advanceTimersByTimeAsync(NOTE_RETRY_MS)
    expect(bridge.saveNote).toHaveBeenCalledTimes(3)
    expect(useAppStore.getState().noteSaveState.library).toBe('saved')
  })

  it('drops the answer to a save once another library is open', async () => {
    useAppStore.getState().editNote(libraryTarget, 'Nota di Rassegna 4.', null)
    const saving = useAppStore.getState().flushNotes()
    useAppStore.setState({ library: librarySnapshot(5, []) })
    await saving
    expect(bridge.saveNote).toHaveBeenCalledWith(4, libraryTarget, 'Nota di Rassegna 4.', null)
    expect(useAppStore.getState().notes).toEqual([])
  })

  it('writes nothing with no library open', async () => {
    useAppStore.setState({ library: null })
    useAppStore.getState().editNote(libraryTarget, 'Persa?', null)
    await vi.advanceTimersByTimeAsync(NOTE_AUTOSAVE_MS)
    expect(bridge.saveNote).not.toHaveBeenCalled()
    expect(useAppStore.getState().noteDrafts).toEqual({})
  })
})

describe('findNoteFor', () => {
  const onRow = (rowId: string, claimIds: string[], body: string): Note => noteOn({ kind: 'row', rowId, claimIds }, body)

  it('finds a row note by its row, else on the row sharing the most claims', () => {
    const notes = [onRow('row-1', ['c1', 'c2'], 'Una.'), onRow('row-2', ['c3', 'c4', 'c5'], 'Due.')]
    expect(findNoteFor(notes, { kind: 'row', rowId: 'row-2', claimIds: [] })?.body).toBe('Due.')
    expect(findNoteFor(notes, { kind: 'row', rowId: 'row-new', claimIds: ['c2', 'c4', 'c5'] })?.body).toBe('Due.')
    expect(findNoteFor(notes, { kind: 'row', rowId: 'row-new', claimIds: ['c9'] })).toBeUndefined()
  })

  it('finds other notes by their target', () => {
    const notes = [noteOn({ kind: 'claim', claimId: 'c1', articleId: 'a' }, 'Sul dato.'), noteOn(libraryTarget, 'Sulla raccolta.')]
    expect(findNoteFor(notes, { kind: 'claim', claimId: 'c1', articleId: 'a' })?.body).toBe('Sul dato.')
    expect(findNoteFor(notes, libraryTarget)?.body).toBe('Sulla raccolta.')
    expect(findNoteFor(notes, { kind: 'article', articleId: 'a' })).toBeUndefined()
  })
})
