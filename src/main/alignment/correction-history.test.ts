import { describe, expect, it } from 'vitest'
import {
  activeCorrections,
  canRedoCorrection,
  canUndoCorrection,
  createCorrectionHistory,
  pushCorrection,
  redoCorrection,
  undoCorrection
} from './correction-history'
import type { RowCorrection } from './corrections'

const hide = (claimId: string): RowCorrection => ({ kind: 'hide', claimId })

describe('correction history', () => {
  it('starts empty, with nothing to undo or redo', () => {
    const history = createCorrectionHistory()
    expect(activeCorrections(history)).toEqual([])
    expect(canUndoCorrection(history)).toBe(false)
    expect(canRedoCorrection(history)).toBe(false)
    expect(undoCorrection(history)).toBe(history)
    expect(redoCorrection(history)).toBe(history)
  })

  it('starts from a stored list with all of it in effect', () => {
    const history = createCorrectionHistory([hide('a'), hide('b')])
    expect(activeCorrections(history)).toEqual([hide('a'), hide('b')])
    expect(canUndoCorrection(history)).toBe(true)
  })

  it('undoes and redoes in order', () => {
    let history = pushCorrection(pushCorrection(createCorrectionHistory(), hide('a')), hide('b'))
    history = undoCorrection(history)
    expect(activeCorrections(history)).toEqual([hide('a')])
    expect(canRedoCorrection(history)).toBe(true)
    history = undoCorrection(history)
    expect(activeCorrections(history)).toEqual([])
    history = redoCorrection(redoCorrection(history))
    expect(activeCorrections(history)).toEqual([hide('a'), hide('b')])
    expect(canRedoCorrection(history)).toBe(false)
  })

  it('drops what could be redone when a new correction is pushed', () => {
    const history = pushCorrection(undoCorrection(pushCorrection(pushCorrection(createCorrectionHistory(), hide('a')), hide('b'))), hide('c'))
    expect(activeCorrections(history)).toEqual([hide('a'), hide('c')])
    expect(canRedoCorrection(history)).toBe(false)
  })

  it('never changes a history in place, so a store can compare by reference', () => {
    const before = pushCorrection(createCorrectionHistory(), hide('a'))
    const snapshot = JSON.stringify(before)
    pushCorrection(before, hide('b'))
    undoCorrection(before)
    expect(JSON.stringify(before)).toBe(snapshot)
    expect(JSON.parse(snapshot)).toEqual({ entries: [hide('a')], cursor: 1 })
  })
})
