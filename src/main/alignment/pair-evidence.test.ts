import { describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import { ClaimReader } from './claim-reading'
import { claim } from './fixtures/seed-claims'
import { pairLevels, StoryContext } from './pair-evidence'

function figureOf(a: Claim, b: Claim, language: string): string {
  const reader = new ClaimReader()
  const readings = [reader.read(a, language), reader.read(b, language)]
  return pairLevels(readings[0]!, readings[1]!, new StoryContext(readings)).figure
}

function money(id: string, text: string, sentence: string, figure: Partial<Claim>): Claim {
  return claim({ id, articleId: id, text, sentence, kind: 'money', unit: 'EUR', ...figure })
}

describe('pairLevels: figures apart by less than an estimate is unsure of', () => {
  it('reads an open bound above a wide range as within its spread, in either language', () => {
    const above = money('a', 'oltre 1,2 miliardi di euro', 'Il danno è stimato oltre 1,2 miliardi di euro.', { value: 1.2e9, qualifier: 'more_than', low: 1.2e9, high: null })
    const range = money('b', 'tra 300 e 800 milioni di euro', 'Il danno è stato stimato tra 300 e 800 milioni di euro.', { value: null, qualifier: 'range', low: 300e6, high: 800e6 })
    expect(figureOf(above, range, 'it')).toBe('within-spread')
    const under = money('c', 'less than €30 million', 'Repairs will cost less than €30 million.', { value: 30e6, qualifier: 'less_than', low: null, high: 30e6 })
    const estimate = money('d', 'between €45 million and €120 million', 'Repairs were put at between €45 million and €120 million.', { value: null, qualifier: 'range', low: 45e6, high: 120e6 })
    expect(figureOf(under, estimate, 'en')).toBe('within-spread')
  })

  it('keeps two single figures, or a bound and a narrow range, as far apart as they are', () => {
    const nine = money('a', '900 milioni di euro', 'Il danno è di 900 milioni di euro.', { value: 900e6 })
    const seven = money('b', '700 milioni di euro', 'Il danno è di 700 milioni di euro.', { value: 700e6 })
    expect(figureOf(nine, seven, 'it')).toBe('near')
    const above = money('c', 'more than €900 million', 'The damage is put at more than €900 million.', { value: 900e6, qualifier: 'more_than', low: 900e6, high: null })
    const narrow = money('d', 'between €650 million and €700 million', 'The damage is put at between €650 million and €700 million.', { value: null, qualifier: 'range', low: 650e6, high: 700e6 })
    expect(figureOf(above, narrow, 'en')).toBe('near')
  })
})
