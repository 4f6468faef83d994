import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LibrarySearchResult } from '../../../shared/model'
import { useAppStore } from './app-store'
import { TEXT_SEARCH_DELAY_MS } from './search-slice'
import { installFakeBridge, resetAppStore } from './store-testing'

function resultFor(query: string): LibrarySearchResult {
  return { query, notes: [], articles: [], articleTotal: 0 }
}

let searchLibrary: ReturnType<typeof vi.fn<(query: string) => Promise<LibrarySearchResult>>>

beforeEach(() => {
  vi.useFakeTimers()
  resetAppStore()
  searchLibrary = vi.fn(async (query: string) => resultFor(query))
  installFakeBridge({ searchLibrary })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the search slice', () => {
  it('folds the words at once and searches the texts once typing pauses', async () => {
    useAppStore.getState().search('Perché')
    useAppStore.getState().search('Perché sold')
    expect(useAppStore.getState().searchWords).toEqual(['perche', 'sold'])
    expect(useAppStore.getState().textSearchPending).toBe(true)
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    expect(searchLibrary).toHaveBeenCalledTimes(1)
    expect(searchLibrary).toHaveBeenCalledWith('Perché sold')
    expect(useAppStore.getState().textSearch).toEqual(resultFor('Perché sold'))
    expect(useAppStore.getState().textSearchPending).toBe(false)
  })

  it('filters titles only for a query of one letter, and clears a search already shown', async () => {
    useAppStore.getState().search('soldati')
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    useAppStore.getState().search('s')
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    expect(searchLibrary).toHaveBeenCalledTimes(1)
    expect(useAppStore.getState().textSearch).toBeNull()
  })

  it('shows only the answer to the latest query', async () => {
    let answerFirst: (result: LibrarySearchResult) => void = () => undefined
    searchLibrary.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
    useAppStore.getState().search('soldati')
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    useAppStore.getState().search('proiettili')
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    answerFirst(resultFor('soldati'))
    await vi.runAllTimersAsync()
    expect(useAppStore.getState().textSearch).toEqual(resultFor('proiettili'))
  })

  it('runs a shown search again on a change, joining a wait already running', async () => {
    useAppStore.getState().search('soldati')
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    for (let change = 0; change < 5; change++) useAppStore.getState().refreshTextSearch()
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    expect(searchLibrary).toHaveBeenCalledTimes(2)
  })

  it('says why the search could not be run', async () => {
    searchLibrary.mockRejectedValueOnce(new Error('No library is open.'))
    useAppStore.getState().search('soldati')
    await vi.advanceTimersByTimeAsync(TEXT_SEARCH_DELAY_MS)
    expect(useAppStore.getState().textSearch).toBeNull()
    expect(useAppStore.getState().problems.map((problem) => problem.message)).toEqual(['The search could not be run: No library is open.'])
  })

  it('opens the library notes for a hit on them', () => {
    useAppStore.getState().openNoteHit({
      noteId: 'note-library',
      target: { kind: 'library' },
      label: 'Library note',
      about: null,
      orphaned: false,
      articleId: null,
      claimId: null,
      excerpt: { text: 'Cinque articoli sui soldati.', highlights: [] }
    })
    expect(useAppStore.getState().libraryNotesOpen).toBe(true)
  })
})
