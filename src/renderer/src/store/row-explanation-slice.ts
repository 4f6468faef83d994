import type { StateCreator } from 'zustand'
import type { RowExplanation } from '../../../shared/model'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import type { AppState } from './app-store'
import { comparedIdsOf } from './comparison-slice'

/** Why the aligner built a row as it did (issue 9), as far as main has answered. */
export type RowExplanationState =
  | { rowId: string; status: 'loading' }
  | { rowId: string; status: 'ready'; explanation: RowExplanation }
  | { rowId: string; status: 'failed'; error: string }

export interface RowExplanationSlice {
  rowExplanation: RowExplanationState | null
  /** Asks main why this row of the current comparison holds its claims; only the newest answer is kept. */
  explainRow(rowId: string): Promise<void>
}

export const createRowExplanationSlice: StateCreator<AppState, [], [], RowExplanationSlice> = (set, get) => {
  let ticket = 0
  return {
    rowExplanation: null,

    async explainRow(rowId) {
      const mine = ++ticket
      set({ rowExplanation: { rowId, status: 'loading' } })
      try {
        const explanation = await getBridge().explainRow(comparedIdsOf(get()), rowId)
        if (mine === ticket) set({ rowExplanation: { rowId, status: 'ready', explanation } })
      } catch (error) {
        if (mine === ticket) set({ rowExplanation: { rowId, status: 'failed', error: describeError(error) } })
      }
    }
  }
}
