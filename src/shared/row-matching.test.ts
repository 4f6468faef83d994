import { describe, expect, it } from 'vitest'
import { findRowSharingMostClaims } from './row-matching'

interface Row {
  id: string
  claimIds: string[]
}

const rows: Row[] = [
  { id: 'row-soldati', claimIds: ['c1', 'c2'] },
  { id: 'row-proiettili', claimIds: ['c3', 'c4', 'c5'] },
  { id: 'row-soldati-bis', claimIds: ['c2', 'c6'] }
]
const claimIdsOf = (row: Row): string[] => row.claimIds

describe('findRowSharingMostClaims', () => {
  it.each([
    ['the row holding most of the claims', ['c2', 'c4', 'c5'], 'row-proiettili'],
    ['the first row on a tie', ['c2'], 'row-soldati'],
    ['a row sharing one claim of many', ['c9', 'c8', 'c6'], 'row-soldati-bis'],
    ['no row when none shares a claim', ['c9'], undefined],
    ['no row for no claims', [], undefined]
  ])('finds %s', (_case, claimIds, expected) => {
    expect(findRowSharingMostClaims(claimIds, rows, claimIdsOf)?.id).toBe(expected)
  })

  it('prefers the preferred row on a tie, never over a row sharing more', () => {
    const isBis = (row: Row): boolean => row.id === 'row-soldati-bis'
    expect(findRowSharingMostClaims(['c2'], rows, claimIdsOf, isBis)?.id).toBe('row-soldati-bis')
    expect(findRowSharingMostClaims(['c1', 'c2'], rows, claimIdsOf, isBis)?.id).toBe('row-soldati')
  })
})
