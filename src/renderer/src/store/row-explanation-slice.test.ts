import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RowExplanation } from '../../../shared/model'
import { useAppStore } from './app-store'
import { installFakeBridge, resetAppStore } from './store-testing'

function explanationOf(rowId: string): RowExplanation {
  return {
    rowId,
    threshold: 1.8,
    joined: [
      {
        claimId: 'morti',
        otherClaimId: 'vittime',
        weight: 8.5,
        items: [{ field: 'counted', level: 'same-class', weight: 2.9, names: { counted: [{ label: { en: 'Deaths', it: 'Morti' } }, { label: { en: 'Deaths', it: 'Morti' } }] } }]
      }
    ],
    closestOutside: null
  }
}

let explainRow: ReturnType<typeof vi.fn<(articleIds: string[], rowId: string) => Promise<RowExplanation>>>

beforeEach(() => {
  resetAppStore()
  explainRow = vi.fn(async (_articleIds: string[], rowId: string) => explanationOf(rowId))
  installFakeBridge({ explainRow })
})

afterEach(() => vi.unstubAllGlobals())

describe('the row explanation slice', () => {
  it('asks about the row of the comparison on screen: the picked articles, or none for the whole folder', async () => {
    useAppStore.setState({ comparedArticleIds: ['a', 'b'], compareAll: false })
    await useAppStore.getState().explainRow('row-morti')
    expect(explainRow).toHaveBeenLastCalledWith(['a', 'b'], 'row-morti')
    expect(useAppStore.getState().rowExplanation).toEqual({ rowId: 'row-morti', status: 'ready', explanation: explanationOf('row-morti') })

    useAppStore.setState({ compareAll: true })
    await useAppStore.getState().explainRow('row-morti')
    expect(explainRow).toHaveBeenLastCalledWith([], 'row-morti')
  })

  it('keeps only the answer about the row asked for last', async () => {
    let answerFirst: (value: RowExplanation) => void = () => undefined
    explainRow.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
    const first = useAppStore.getState().explainRow('row-feriti')
    expect(useAppStore.getState().rowExplanation).toEqual({ rowId: 'row-feriti', status: 'loading' })
    await useAppStore.getState().explainRow('row-morti')
    answerFirst(explanationOf('row-feriti'))
    await first
    expect(useAppStore.getState().rowExplanation?.rowId).toBe('row-morti')
  })

  it('says why the row could not be explained', async () => {
    explainRow.mockRejectedValueOnce(new Error('That row is no longer in the comparison.'))
    await useAppStore.getState().explainRow('row-gone')
    expect(useAppStore.getState().rowExplanation).toEqual({ rowId: 'row-gone', status: 'failed', error: 'That row is no longer in the comparison.' })
  })
})
