import type { RowCorrection } from './corrections'

/**
 * Undo and redo over the user's corrections, as plain immutable data: the renderer's store keeps
 * one, storage saves `activeCorrections` (or the whole history), and both read it the same way.
 * `entries[0 .. cursor)` are in effect; `entries[cursor ..]` can be redone.
 */
export interface CorrectionHistory {
  readonly entries: readonly RowCorrection[]
  readonly cursor: number
}

/** A history whose corrections are all in effect (e.g. the list read back from storage). */
export function createCorrectionHistory(entries: readonly RowCorrection[] = []): CorrectionHistory {
  return { entries: [...entries], cursor: entries.length }
}

/** Adds a correction after the current point; what could have been redone is dropped. */
export function pushCorrection(history: CorrectionHistory, correction: RowCorrection): CorrectionHistory {
  return { entries: [...history.entries.slice(0, history.cursor), correction], cursor: history.cursor + 1 }
}

export function canUndoCorrection(history: CorrectionHistory): boolean {
  return history.cursor > 0
}

export function canRedoCorrection(history: CorrectionHistory): boolean {
  return history.cursor < history.entries.length
}

/** Steps back one correction; the same history when there is nothing to undo. */
export function undoCorrection(history: CorrectionHistory): CorrectionHistory {
  return canUndoCorrection(history) ? { entries: history.entries, cursor: history.cursor - 1 } : history
}

/** Re-applies the correction last undone; the same history when there is nothing to redo. */
export function redoCorrection(history: CorrectionHistory): CorrectionHistory {
  return canRedoCorrection(history) ? { entries: history.entries, cursor: history.cursor + 1 } : history
}

/** The corrections in effect, in order: what `applyCorrections` takes. */
export function activeCorrections(history: CorrectionHistory): RowCorrection[] {
  return history.entries.slice(0, history.cursor)
}
