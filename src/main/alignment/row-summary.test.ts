import { describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import { claim } from './fixtures/seed-claims'
import { claimInterval } from '../../shared/claim-interval'
import { hashText, judgeClaims, rowIdFor, summarizeRow } from './row-summary'

let nextId = 0
/** A soldier count in article `articleId`; the sentence only matters for labels. */
function figure(articleId: string, fields: Partial<Claim>): Claim {
  nextId += 1
  return claim({ id: `${articleId}:${nextId}`, articleId, text: 'soldati', sentence: 'Kim ha inviato soldati.', unit: 'soldier', subject: 'soldati', ...fields })
}

describe('claimInterval', () => {
  it.each<[string, Partial<Claim>, number, number]>([
    ['exact', { value: 11000 }, 11000, 11000],
    ['approx ± 5%', { value: 12000, qualifier: 'approx' }, 11400, 12600],
    ['at_least', { value: 100, qualifier: 'at_least' }, 100, Infinity],
    ['more_than (not strict: "più di 11.000" is a rounded 11.000)', { value: 11000, qualifier: 'more_than' }, 11000, Infinity],
    ['at_most (from 0 for counts)', { value: 8e6, qualifier: 'at_most' }, 0, 8e6],
    ['less_than', { value: 5, qualifier: 'less_than' }, 0, 5],
    ['range', { qualifier: 'range', low: 1.7e9, high: 5.5e9 }, 1.7e9, 5.5e9],
    ['vague with a band', { qualifier: 'vague', low: 2000, high: 999_999 }, 2000, 999_999],
    ['vague without an upper bound', { qualifier: 'vague', low: 1e6, high: null }, 1e6, Infinity],
    ['at_most for a measure (can be negative)', { kind: 'measure', unit: '°C', value: 5, qualifier: 'at_most' }, -Infinity, 5]
  ])('%s', (_name, fields, low, high) => {
    expect(claimInterval(figure('a', fields))).toEqual({ low: expect.closeTo(low), high })
  })
})

describe('judgeClaims', () => {
  it.each<[string, Claim[], string, number | null]>([
    ['one article only: single', [figure('a', { value: 11000 }), figure('a', { value: 15000 })], 'single', null],
    ['overlap: agree', [figure('a', { value: 11500 }), figure('b', { value: 12000, qualifier: 'approx' }), figure('c', { value: 11000, qualifier: 'more_than' })], 'agree', null],
    ['11.000 against circa 12.000 (9% apart, more than rounding): differ', [figure('a', { value: 11000 }), figure('b', { value: 12000, qualifier: 'approx' })], 'differ', 12 / 11],
    ['9M against at most 8M: differ', [figure('a', { value: 9e6 }), figure('b', { value: 8e6, qualifier: 'at_most' })], 'differ', 9 / 8],
    ['more than 7bn against 1.7–5.5bn: differ, spread from the stated figures', [figure('a', { value: 7e9, qualifier: 'more_than' }), figure('b', { qualifier: 'range', low: 1.7e9, high: 5.5e9 })], 'differ', 7 / 1.7],
    ['exact figures 11.000 and 12.000: differ', [figure('a', { value: 11000 }), figure('b', { value: 12000 })], 'differ', 12 / 11],
    [
      'vague claims are left out when two articles give figures',
      [figure('a', { value: 11000 }), figure('b', { value: 11000 }), figure('c', { qualifier: 'vague', low: 100, high: 999 })],
      'agree',
      null
    ],
    ['vague only, overlapping bands: agree', [figure('a', { qualifier: 'vague', low: 2000, high: 9999 }), figure('b', { qualifier: 'vague', low: 1000, high: 999_999 })], 'agree', null],
    ['vague only, separate bands: single (vague never establishes a disagreement)', [figure('a', { qualifier: 'vague', low: 100, high: 999 }), figure('b', { qualifier: 'vague', low: 2000, high: 9999 })], 'single', null],
    ['a figure corroborated by a vague band: agree', [figure('a', { value: 11000 }), figure('b', { qualifier: 'vague', low: 2000, high: 999_999 })], 'agree', null],
    ['a figure outside a vague band: single', [figure('a', { value: 11000 }), figure('b', { qualifier: 'vague', low: 100, high: 999 })], 'single', null]
  ])('%s', (_name, claims, verdict, spread) => {
    const judged = judgeClaims(claims)
    expect(judged.verdict).toBe(verdict)
    if (spread === null) expect(judged.spread).toBeNull()
    else expect(judged.spread).toBeCloseTo(spread)
  })
})

describe('summarizeRow', () => {
  it('reports extremes of the stated figures, ignoring open ends and vague bands', () => {
    const row = summarizeRow(
      [
        figure('a', { value: 11000 }),
        figure('b', { value: 12000, qualifier: 'approx' }),
        figure('c', { value: 11000, qualifier: 'more_than' }),
        figure('d', { qualifier: 'vague', low: 2000, high: 999_999 })
      ],
      { label: 'Soldati', storyId: 'story-a' }
    )
    expect(row).toMatchObject({ low: 11000, high: 12000, sourceCount: 4, verdict: 'differ', unit: 'soldier', label: 'Soldati', storyId: 'story-a' })
    expect(row.spread).toBeCloseTo(12 / 11)
  })

  it('uses the bands of a vague-only row', () => {
    const row = summarizeRow([figure('a', { qualifier: 'vague', low: 2000, high: 9999 }), figure('b', { qualifier: 'vague', low: 1000, high: null })], { label: 'Soldati', storyId: 'story-a' })
    expect(row).toMatchObject({ low: 1000, high: 9999 })
  })
})

describe('row ids', () => {
  it('hash the smallest claim id, whatever the order', () => {
    expect(rowIdFor(['b', 'a', 'c'])).toBe(rowIdFor(['a']))
    expect(rowIdFor(['a'])).toMatch(/^row-[0-9a-f]{16}$/)
    expect(rowIdFor(['a'])).not.toBe(rowIdFor(['b']))
  })

  it('hash stably across runs (a changed hash would orphan stored selections)', () => {
    expect(hashText('000:soldati-11000')).toBe(hashText('000:soldati-11000'))
    expect(new Set(Array.from({ length: 10_000 }, (_unused, index) => hashText(`claim-${index}`))).size).toBe(10_000)
  })
})
