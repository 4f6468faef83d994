import { describe, expect, it } from 'vitest'
import type { Claim } from '../model'
import { describeIn } from './describe'

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

const english = describeIn('en')
const italian = describeIn('it')

describe('a claim read out', () => {
  it.each([
    [claim({ value: 4_000_000, low: 4_000_000, qualifier: 'more_than', unit: 'munition', period: '2024' }), '> 4,000,000 munitions · 2024', '> 4.000.000 munizioni · 2024'],
    [claim({ value: 11_000, low: 11_000, high: 11_000, unit: 'soldier', source: 'The Interpreter' }), '11,000 soldiers · per The Interpreter', '11.000 soldati · secondo The Interpreter'],
    [claim({ value: 1, unit: 'soldier' }), '1 soldier', '1 soldato'],
    [claim({ kind: 'money', qualifier: 'range', low: 1_700_000_000, high: 5_500_000_000, unit: 'USD' }), '$1,700,000,000 – $5,500,000,000', '1.700.000.000\u00a0USD – 5.500.000.000\u00a0USD'],
    [claim({ kind: 'money', qualifier: 'more_than', value: 7_000_000_000, low: 7_000_000_000, unit: 'USD' }), '> $7,000,000,000', '> 7.000.000.000\u00a0USD'],
    [claim({ kind: 'percent', value: 1.5, unit: '%' }), '1.5%', '1,5%'],
    [claim({ qualifier: 'vague', low: 2000, high: 9999, unit: 'soldier' }), 'vague (2,000 – 9,999) soldiers', 'vago (2.000 – 9.999) soldati'],
    [claim({ qualifier: 'approx', value: 12_000, unit: 'soldier' }), '≈ 12,000 soldiers', '≈ 12.000 soldati'],
    [claim({ kind: 'age', value: 34, unit: 'year' }), 'age 34', '34 anni'],
    [claim({ kind: 'age', value: 72.5, unit: 'year' }), 'age 72.5', '72,5 anni'],
    [claim({ kind: 'duration', value: 8, unit: 'month' }), '8 months', '8 mesi'],
    [claim({ kind: 'duration', value: 1, unit: 'month' }), '1 month', '1 mese'],
    [claim({ kind: 'duration', qualifier: 'range', low: 2, high: 3, unit: 'week' }), '2 – 3 weeks', '2 – 3 settimane'],
    [claim({ kind: 'duration', qualifier: 'less_than', value: 24, unit: 'h' }), '< 24 h', '< 24 h'],
    [claim({ kind: 'measure', value: 170, unit: 'mm' }), '170 mm', '170 mm'],
    [claim({ kind: 'percent', value: 7.5, unit: '%', change: 'fall' }), '▼ fall of 7.5%', '▼ calo di 7,5%'],
    [claim({ kind: 'percent', value: -12, unit: '%', change: 'fall' }), '▼ fall of 12%', '▼ calo di 12%'],
    [claim({ kind: 'money', value: 15, unit: 'USD', change: 'rise' }), '▲ rise of $15', '▲ aumento di 15\u00a0USD'],
    // A counted thing with no word in the resources is named as the article wrote it, never given a made-up plural.
    [claim({ value: 30, unit: 'bersagliere', subject: 'bersaglieri' }), '30 bersaglieri', '30 bersaglieri']
  ])('%#: reads %j as “%s” in English and “%s” in Italian', (input, inEnglish, inItalian) => {
    expect(english.claimReading(input)).toBe(inEnglish)
    expect(italian.claimReading(input)).toBe(inItalian)
  })

  it.each([
    ['2024', '2024', '2024'],
    ['2024-12', 'Dec 2024', 'dic 2024'],
    ['2024-12/2025-02', 'Dec 2024 – Feb 2025', 'dic 2024 – feb 2025'],
    ['2023/..', 'since 2023', 'dal 2023'],
    ['../2023', 'until 2023', 'fino al 2023']
  ])('reads the period %s as %s and %s', (period, inEnglish, inItalian) => {
    expect(english.period(period)).toBe(inEnglish)
    expect(italian.period(period)).toBe(inItalian)
  })

  it('never fails on an unknown currency code', () => {
    expect(english.claimValue(claim({ kind: 'money', value: 5, unit: 'XYZ' }))).toMatch(/5/)
  })
})

describe('dates, verdicts and numbers', () => {
  it('writes dates day, month, year with the month named in the language', () => {
    expect(english.date('2026-01-10')).toBe('10 Jan 2026')
    expect(italian.date('2026-01-10')).toBe('10 gen 2026')
    expect(italian.date(null)).toBe('Senza data')
    expect(english.dateSpan('2024-10', '2026-01-10')).toBe('Oct 2024 – 10 Jan 2026')
  })

  it('says verdicts with the ratio in the language’s decimals', () => {
    expect(english.verdict('differ', 12_000 / 11_000)).toBe('Differ ×1.09')
    expect(italian.verdict('differ', 12_000 / 11_000)).toBe('Divergono ×1,09')
    expect(italian.verdict('differ', 25)).toBe('Divergono ×25')
    expect(english.verdict('single', null)).toBe('One source')
    expect(italian.noteVerdict('conflicting')).toBe('Contrastante')
  })

  it('groups thousands as each language does, four digits too', () => {
    expect(english.number(11_000)).toBe('11,000')
    expect(italian.number(11_000)).toBe('11.000')
    expect(italian.number(2000)).toBe('2.000')
    expect(italian.number(1.5)).toBe('1,5')
    expect(italian.interval({ low: 11_400, high: Number.POSITIVE_INFINITY }, claim({}))).toBe('11.400 – ∞')
  })
})
