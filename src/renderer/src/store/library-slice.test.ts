import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IndexProgress, LibraryDelta, LibraryProblem, LibrarySnapshot, RecentFolder } from '../../../shared/model'
import { userMessage, type UserMessage } from '../../../shared/i18n/user-message'
import { requestFailureError } from '../../../shared/request-failure'
import { i18n } from '../lib/i18n'
import { useAppStore } from './app-store'
import { articleSummary, installFakeBridge, librarySnapshot, resetAppStore } from './store-testing'

const seoul = articleSummary('a', 'Seul: 11.000 soldati al fronte', 'asia/seul.md')
const kyiv = articleSummary('b', 'Kyiv conta 3.000 perdite', 'europa/kyiv.md')
const pyongyang = articleSummary('c', 'Pyongyang invia proiettili', 'asia/pyongyang.md')

/** The bridge's library operations, with its events captured so a test can send them. */
function fakeLibraryBridge(opened: LibrarySnapshot | null) {
  const listeners: {
    opened?: (snapshot: LibrarySnapshot) => void
    changed?: (delta: LibraryDelta) => void
    progress?: (progress: IndexProgress) => void
    problem?: (problem: LibraryProblem) => void
    notesChanged?: (change: { generation: number }) => void
  } = {}
  const bridge = {
    listeners,
    getLibrary: vi.fn(async () => opened),
    listStartupProblems: vi.fn(async (): Promise<UserMessage[]> => []),
    listRecentFolders: vi.fn(async (): Promise<RecentFolder[]> => []),
    chooseFolder: vi.fn(async (): Promise<LibrarySnapshot | null> => null),
    readArticle: vi.fn(async () => {
      throw new Error('not read in these tests')
    }),
    loadWorkspace: vi.fn(async () => null),
    listNotes: vi.fn(async () => []),
    onLibraryOpened: vi.fn((listener: (snapshot: LibrarySnapshot) => void) => ((listeners.opened = listener), () => (listeners.opened = undefined))),
    onLibraryChanged: vi.fn((listener: (delta: LibraryDelta) => void) => ((listeners.changed = listener), () => (listeners.changed = undefined))),
    onIndexProgress: vi.fn((listener: (progress: IndexProgress) => void) => ((listeners.progress = listener), () => (listeners.progress = undefined))),
    onLibraryProblem: vi.fn((listener: (problem: LibraryProblem) => void) => ((listeners.problem = listener), () => (listeners.problem = undefined))),
    onNotesChanged: vi.fn((listener: (change: { generation: number }) => void) => ((listeners.notesChanged = listener), () => (listeners.notesChanged = undefined))),
    onLinkOpened: vi.fn(() => () => undefined)
  }
  return installFakeBridge(bridge)
}

beforeEach(() => resetAppStore())
afterEach(async () => {
  vi.unstubAllGlobals()
  await i18n.changeLanguage('en')
})

describe('the library slice', () => {
  it('reads the notes again when main re-attached them in the background, for the library on screen only', async () => {
    const bridge = fakeLibraryBridge(librarySnapshot(1, [seoul]))
    const disconnect = useAppStore.getState().connectLibrary()
    await vi.waitFor(() => expect(useAppStore.getState().library?.generation).toBe(1))
    await vi.waitFor(() => expect(bridge.listNotes).toHaveBeenCalled())
    const readsBefore = bridge.listNotes.mock.calls.length

    bridge.listeners.notesChanged!({ generation: 0 })
    expect(bridge.listNotes).toHaveBeenCalledTimes(readsBefore)
    bridge.listeners.notesChanged!({ generation: 1 })
    await vi.waitFor(() => expect(bridge.listNotes).toHaveBeenCalledTimes(readsBefore + 1))
    disconnect()
    expect(bridge.listeners.notesChanged).toBeUndefined()
  })

  it('shows the library main already opened, and keeps the articles current with its deltas, in path order', async () => {
    const bridge = fakeLibraryBridge(librarySnapshot(1, [seoul, kyiv]))
    const disconnect = useAppStore.getState().connectLibrary()
    await vi.waitFor(() => expect(useAppStore.getState().library?.generation).toBe(1))
    expect(useAppStore.getState().opening).toBe(false)

    bridge.listeners.changed!({ generation: 1, upserted: [pyongyang], removed: ['b'] })
    expect(useAppStore.getState().articles.map((article) => article.file)).toEqual(['asia/pyongyang.md', 'asia/seul.md'])

    disconnect()
    expect(bridge.listeners.changed).toBeUndefined()
    expect(bridge.listeners.opened).toBeUndefined()
  })

  it('ignores the events of a library opened earlier', async () => {
    const bridge = fakeLibraryBridge(null)
    useAppStore.getState().connectLibrary()
    bridge.listeners.opened!(librarySnapshot(2, [seoul]))
    bridge.listeners.opened!(librarySnapshot(1, [kyiv]))
    bridge.listeners.changed!({ generation: 1, upserted: [pyongyang], removed: [] })
    bridge.listeners.progress!({ generation: 1, phase: 'indexing', done: 1, total: 4 })
    bridge.listeners.problem!({ generation: 1, ...userMessage('folderGone', { folder: '/archivio/vecchio' }) })

    expect(useAppStore.getState().library?.generation).toBe(2)
    expect(useAppStore.getState().articles).toEqual([seoul])
    expect(useAppStore.getState().progress).toBeNull()
    expect(useAppStore.getState().problems).toEqual([])
  })

  it('keeps the first copy of a library that arrives twice, with the deltas applied in between', async () => {
    const bridge = fakeLibraryBridge(null)
    useAppStore.getState().connectLibrary()
    bridge.listeners.opened!(librarySnapshot(3, [seoul]))
    bridge.listeners.changed!({ generation: 3, upserted: [kyiv], removed: [] })
    bridge.listeners.opened!(librarySnapshot(3, [seoul]))
    expect(useAppStore.getState().articles).toEqual([kyiv, seoul].sort((a, b) => a.file.localeCompare(b.file)))
  })

  it('says why the last library could not be opened at the start', async () => {
    const bridge = fakeLibraryBridge(null)
    bridge.listStartupProblems.mockResolvedValueOnce([userMessage('storeUnreadable', { file: '/dati/notes/rassegna.json', reason: 'permission denied' })])
    useAppStore.getState().connectLibrary()
    await vi.waitFor(() => expect(useAppStore.getState().problems.map((problem) => problem.message)).toEqual([expect.stringContaining('Riscontro could not read /dati/notes/rassegna.json (permission denied).')]))
    expect(useAppStore.getState().opening).toBe(false)
    expect(useAppStore.getState().library).toBeNull()
  })

  it('turns a failed open into a banner and leaves the library on screen', async () => {
    const bridge = fakeLibraryBridge(null)
    useAppStore.getState().connectLibrary()
    bridge.listeners.opened!(librarySnapshot(1, [seoul]))
    bridge.chooseFolder.mockRejectedValueOnce(requestFailureError(userMessage('folderMissing', { folder: '/archivio/corea' })))
    await useAppStore.getState().chooseFolder()
    expect(useAppStore.getState().problems.map((problem) => problem.message)).toEqual(['The folder /archivio/corea does not exist. Check the path, or choose another folder.'])
    expect(useAppStore.getState().library?.generation).toBe(1)
    expect(useAppStore.getState().opening).toBe(false)
  })

  it('says main’s errors and problems in the interface’s language', async () => {
    await i18n.changeLanguage('it')
    const bridge = fakeLibraryBridge(null)
    useAppStore.getState().connectLibrary()
    bridge.listeners.opened!(librarySnapshot(1, [seoul]))
    bridge.chooseFolder.mockRejectedValueOnce(requestFailureError(userMessage('notAFolder', { folder: '/archivio/seul.md' })))
    await useAppStore.getState().chooseFolder()
    bridge.listeners.problem!({ generation: 1, ...userMessage('folderGone', { folder: '/archivio' }) })
    expect(useAppStore.getState().problems.map((problem) => problem.message)).toEqual([
      '/archivio/seul.md è un file, non una cartella. Scegli la cartella che contiene i tuoi articoli.',
      'La cartella /archivio non c’è più (spostata, rinominata o eliminata). L’elenco mostra ciò che conteneva; apri un’altra cartella o rimettila al suo posto.'
    ])
  })

  it('keeps working without the recent folders when they cannot be listed', async () => {
    const bridge = fakeLibraryBridge(null)
    bridge.listRecentFolders.mockRejectedValueOnce(new Error('settings unreadable'))
    await useAppStore.getState().loadRecentFolders()
    expect(useAppStore.getState().recentFolders).toEqual([])
    expect(useAppStore.getState().problems).toEqual([])
  })
})
