import { describe, expect, it } from 'vitest'
import type { ComparisonRow } from './model'
import { sortComparisonRows } from './sort-rows'

function row(id: string, label: string, sourceCount: number, spread: number | null): ComparisonRow {
  return { id, storyId: 'story-a', label, unit: null, claimIds: [id], verdict: spread === null ? 'agree' : 'differ', low: null, high: null, spread, sourceCount }
}

const rows = [
  row('r1', 'Troops sent · soldiers', 4, null),
  row('r2', 'artillery shells', 4, 2.25),
  row('r3', 'Arms trade value · USD', 2, 4.12),
  row('r4', 'Workers · workers', 1, null),
  row('r5', 'Workers · workers', 1, null),
  row('r6', 'Item 10', 1, null),
  row('r7', 'Item 9', 1, null)
]
const ids = (sorted: ComparisonRow[]): string[] => sorted.map((entry) => entry.id)

describe('sortComparisonRows', () => {
  it('sorts by label, case-insensitively and with numbers in numeric order, ties by id', () => {
    expect(ids(sortComparisonRows(rows, 'label'))).toEqual(['r3', 'r2', 'r7', 'r6', 'r1', 'r4', 'r5'])
    expect(ids(sortComparisonRows(rows, 'label', 'descending'))).toEqual(['r5', 'r4', 'r1', 'r6', 'r7', 'r2', 'r3'])
  })

  it('sorts by spread, rows without one last in either direction', () => {
    expect(ids(sortComparisonRows(rows, 'spread'))).toEqual(['r2', 'r3', 'r1', 'r7', 'r6', 'r4', 'r5'])
    expect(ids(sortComparisonRows(rows, 'spread', 'descending'))).toEqual(['r3', 'r2', 'r1', 'r7', 'r6', 'r4', 'r5'])
  })

  it('sorts by number of sources, ties by label', () => {
    expect(ids(sortComparisonRows(rows, 'sources', 'descending'))).toEqual(['r2', 'r1', 'r3', 'r7', 'r6', 'r4', 'r5'])
    expect(ids(sortComparisonRows(rows, 'sources'))).toEqual(['r7', 'r6', 'r4', 'r5', 'r3', 'r2', 'r1'])
  })

  it('returns a new array and leaves the input alone', () => {
    const input = [...rows]
    const sorted = sortComparisonRows(input, 'label')
    expect(sorted).not.toBe(input)
    expect(input).toEqual(rows)
  })
})
