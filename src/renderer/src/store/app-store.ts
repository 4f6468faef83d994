import { create } from 'zustand'
import { createComparisonSlice, type ComparisonSlice } from './comparison-slice'
import { createLanguageSlice, type LanguageSlice } from './language-slice'
import { createLibrarySlice, type LibrarySlice } from './library-slice'
import { createNotesSlice, type NotesSlice } from './notes-slice'
import { createReaderSlice, type ReaderSlice } from './reader-slice'
import { createRowExplanationSlice, type RowExplanationSlice } from './row-explanation-slice'
import { createSearchSlice, type SearchSlice } from './search-slice'
import { createStoriesSlice, type StoriesSlice } from './stories-slice'
import { createUiSlice, type UiSlice } from './ui-slice'

export type AppState = LanguageSlice &
  LibrarySlice & ReaderSlice & ComparisonSlice & NotesSlice & RowExplanationSlice & SearchSlice & StoriesSlice & UiSlice

/** One store of per-feature slices; actions are the only code that calls main. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createLanguageSlice(...args),
  ...createLibrarySlice(...args),
  ...createReaderSlice(...args),
  ...createComparisonSlice(...args),
  ...createNotesSlice(...args),
  ...createRowExplanationSlice(...args),
  ...createSearchSlice(...args),
  ...createStoriesSlice(...args),
  ...createUiSlice(...args)
}))
