import { describe, expect, it } from 'vitest'
import { compareDatesNewestFirst, compareText } from './compare-text'

describe('compareText', () => {
  it('orders by code unit, whatever the locale', () => {
    expect(['b.txt', 'B.txt', 'a.txt', 'à.txt'].sort(compareText)).toEqual(['B.txt', 'a.txt', 'b.txt', 'à.txt'])
  })
})

describe('compareDatesNewestFirst', () => {
  it('puts the newest first, months before their days, and undated last', () => {
    expect(['2024-10', null, '2026-01-10', '2025-06', '2025-12-28'].sort(compareDatesNewestFirst)).toEqual(['2026-01-10', '2025-12-28', '2025-06', '2024-10', null])
    expect(compareDatesNewestFirst('2025-06', '2025-06')).toBe(0)
  })
})
