import type { StateCreator } from 'zustand'
import type { LibrarySearchResult, NoteSearchHit } from '../../../shared/model'
import { searchWords } from '../../../shared/fold-text'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import { i18n } from '../lib/i18n'
import type { AppState } from './app-store'

/** Typing pauses this long before main searches the texts: titles filter at once, texts follow. */
export const TEXT_SEARCH_DELAY_MS = 200
/** Shorter queries match half the library and say nothing; they filter titles only. */
const MIN_QUERY_LENGTH = 2

export interface SearchSlice {
  /** The sidebar's search box, as typed. */
  searchQuery: string
  /** Its words, folded; empty when it is empty. */
  searchWords: string[]
  /** Notes and article texts matching the search box, or null when no text search applies. */
  textSearch: LibrarySearchResult | null
  textSearchPending: boolean
  /** The search box changed: filter titles now, search texts and notes after a pause. */
  search(query: string): void
  /** Runs the current search again (the library or the notes changed). */
  refreshTextSearch(): void
  /** Opens what a note hit leads to: the library notes, or the article and the claim it is about. */
  openNoteHit(hit: NoteSearchHit): void
  libraryNotesOpen: boolean
  setLibraryNotesOpen(open: boolean): void
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined
  let ticket = 0

  const searchTexts = async (): Promise<void> => {
    const query = get().searchQuery
    const mine = ++ticket
    try {
      const result = await getBridge().searchLibrary(query)
      if (mine === ticket) set({ textSearch: result, textSearchPending: false })
    } catch (error) {
      if (mine !== ticket) return
      set({ textSearch: null, textSearchPending: false })
      get().showProblem(i18n.t('storeProblems.search', { reason: describeError(error) }))
    }
  }

  /**
   * Typing restarts the wait; a refresh joins a wait already running, so a stream of changes (a
   * folder being indexed) updates the results every moment instead of postponing them to its end.
   */
  const schedule = (restart: boolean): void => {
    if (get().searchWords.join('').length < MIN_QUERY_LENGTH) {
      clearTimeout(timer)
      timer = undefined
      ticket++
      set({ textSearch: null, textSearchPending: false })
      return
    }
    if (!restart && timer !== undefined) return
    clearTimeout(timer)
    set({ textSearchPending: true })
    timer = setTimeout(() => {
      timer = undefined
      void searchTexts()
    }, TEXT_SEARCH_DELAY_MS)
  }

  return {
    searchQuery: '',
    searchWords: [],
    textSearch: null,
    textSearchPending: false,
    libraryNotesOpen: false,

    search(query) {
      set({ searchQuery: query, searchWords: searchWords(query) })
      schedule(true)
    },

    refreshTextSearch() {
      if (get().textSearch || get().textSearchPending) schedule(false)
    },

    openNoteHit(hit) {
      if (hit.target.kind === 'library') {
        set({ libraryNotesOpen: true })
        return
      }
      if (hit.articleId === null) return
      get().setView('library')
      void get()
        .openArticle(hit.articleId)
        .then(() => {
          if (hit.claimId !== null) get().focusClaim(hit.claimId)
        })
    },

    setLibraryNotesOpen: (libraryNotesOpen) => set({ libraryNotesOpen })
  }
}
