import { describe, expect, it } from 'vitest'
import type { Claim } from './model'
import { layoutInterval } from './interval-scale'

function claim(id: string, fields: Partial<Claim>): Claim {
  return { id, articleId: 'a', text: '', start: 0, end: 0, sentence: '', kind: 'count', value: null, low: null, high: null, qualifier: 'exact', unit: null, subject: null, source: null, period: null, ...fields }
}

describe('layoutInterval', () => {
  it('puts 11,000 and circa 12,000 troops on a linear axis', () => {
    const { shapes, logScale } = layoutInterval([
      claim('a', { value: 11_000, low: 11_000, high: 11_000 }),
      claim('b', { value: 12_000, low: 12_000, high: 12_000, qualifier: 'approx' })
    ])
    expect(logScale).toBe(false)
    expect(shapes.map((shape) => [shape.from, shape.to, shape.point])).toEqual([
      [0, 0, true],
      [1, 1, true]
    ])
  })

  it('switches to a log scale when shells span 200,000 to 9 million, and draws open bounds as arrows', () => {
    const { shapes, logScale } = layoutInterval([
      claim('vague', { qualifier: 'vague', low: 200_000, high: 999_999 }),
      claim('more', { qualifier: 'more_than', value: 4_000_000, low: 4_000_000 }),
      claim('upto', { qualifier: 'at_most', value: 8_000_000, high: 8_000_000 }),
      claim('nine', { value: 9_000_000, low: 9_000_000, high: 9_000_000 })
    ])
    expect(logScale).toBe(true)
    const byId = Object.fromEntries(shapes.map((shape) => [shape.claimId, shape]))
    expect(byId.vague).toMatchObject({ from: 0, vague: true, point: false })
    expect(byId.more).toMatchObject({ openHigh: true, openLow: false })
    expect(byId.upto).toMatchObject({ openLow: true, openHigh: false })
    expect(byId.nine!.to).toBe(1)
    expect(byId.more!.from).toBeGreaterThan(0.5)
  })

  it('draws nothing for a row of values it cannot place', () => {
    expect(layoutInterval([claim('x', { qualifier: 'vague' })]).shapes).toEqual([])
  })
})
