import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/api'
import { formatClaimReading, formatClaimValue, formatPeriod } from './claim-reading'

function claim(fields: Partial<Claim>): Claim {
  return {
    id: 'c',
    articleId: 'a',
    text: '',
    start: 0,
    end: 0,
    sentence: '',
    kind: 'count',
    value: null,
    low: null,
    high: null,
    qualifier: 'exact',
    unit: null,
    subject: null,
    source: null,
    period: null,
    ...fields
  }
}

describe('formatClaimReading', () => {
  it.each([
    [claim({ value: 4_000_000, low: 4_000_000, qualifier: 'more_than', unit: 'shell', period: '2024' }), '> 4,000,000 shell · 2024'],
    [claim({ value: 11_000, low: 11_000, high: 11_000, unit: 'soldier', source: 'The Interpreter' }), '11,000 soldier · per The Interpreter'],
    [claim({ kind: 'money', qualifier: 'range', low: 1_700_000_000, high: 5_500_000_000, unit: 'USD' }), '$1,700,000,000 – $5,500,000,000'],
    [claim({ kind: 'money', qualifier: 'more_than', value: 7_000_000_000, low: 7_000_000_000, unit: 'USD' }), '> $7,000,000,000'],
    [claim({ kind: 'percent', value: 1.5, unit: '%' }), '1.5%'],
    [claim({ qualifier: 'vague', low: 2000, high: 9999, unit: 'soldier' }), 'vague (2,000 – 9,999) soldier'],
    [claim({ qualifier: 'approx', value: 12_000, unit: 'soldier' }), '≈ 12,000 soldier'],
    [claim({ kind: 'age', value: 34, unit: 'year' }), 'age 34'],
    [claim({ kind: 'age', value: 72.5, unit: 'year' }), 'age 72.5'],
    [claim({ kind: 'duration', value: 8, unit: 'month' }), '8 months'],
    [claim({ kind: 'duration', qualifier: 'range', low: 2, high: 3, unit: 'week' }), '2 – 3 weeks'],
    [claim({ kind: 'duration', qualifier: 'less_than', value: 24, unit: 'h' }), '< 24 h'],
    [claim({ kind: 'percent', value: 7.5, unit: '%', change: 'fall' }), '▼ fall of 7.5%'],
    [claim({ kind: 'percent', value: -12, unit: '%', change: 'fall' }), '▼ fall of 12%'],
    [claim({ kind: 'money', value: 15, unit: 'USD', change: 'rise' }), '▲ rise of $15'],
    [claim({ kind: 'money', value: 310, unit: 'USD', change: null }), '$310']
  ])('%#: reads %j as %s', (input, expected) => {
    expect(formatClaimReading(input)).toBe(expected)
  })

  it.each([
    ['2024', '2024'],
    ['2024-12', 'Dec 2024'],
    ['2024-12/2025-02', 'Dec 2024 – Feb 2025'],
    ['2023/..', 'since 2023']
  ])('reads the period %s as %s', (period, expected) => {
    expect(formatPeriod(period)).toBe(expected)
  })

  it('never fails on an unknown currency code', () => {
    expect(formatClaimValue(claim({ kind: 'money', value: 5, unit: 'XYZ' }))).toMatch(/5/)
  })
})
