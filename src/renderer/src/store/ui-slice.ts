import type { StateCreator } from 'zustand'
import type { AppState } from './app-store'

export type SortOrder = 'date' | 'title' | 'file'

export interface Problem {
  id: number
  message: string
}

export interface UiSlice {
  sortOrder: SortOrder
  /** Messages shown in the banner until dismissed (folder gone, open failed…). */
  problems: Problem[]
  setSortOrder(order: SortOrder): void
  showProblem(message: string): void
  dismissProblem(id: number): void
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => {
  let nextProblemId = 1
  return {
    sortOrder: 'date',
    problems: [],
    setSortOrder: (sortOrder) => set({ sortOrder }),
    showProblem(message) {
      // The same message twice (a folder that keeps failing) is one banner, not a stack of them.
      if (get().problems.some((problem) => problem.message === message)) return
      set({ problems: [...get().problems, { id: nextProblemId++, message }] })
    },
    dismissProblem: (id) => set({ problems: get().problems.filter((problem) => problem.id !== id) })
  }
}
