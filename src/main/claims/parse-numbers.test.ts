import { describe, expect, it } from 'vitest'
import { decimalFromParts, decimalToNumber, scaleDecimal } from './exact-decimal'
import { parseEnglishNumberWords, parseItalianNumberWord } from './number-words'
import { numberFormatFor, parseDigitNumber, type NumberFormat } from './parse-digits'
import { vagueBand } from './recognize-numbers'
import { splitSentences } from './split-sentences'
import { tokenize } from './tokenize'

function readDigits(raw: string, format: NumberFormat): [number, number | null] | null {
  const reading = parseDigitNumber(raw, format)
  return reading ? [decimalToNumber(reading.value), reading.alternative ? decimalToNumber(reading.alternative) : null] : null
}

describe('parseDigitNumber', () => {
  it.each([
    ['11.000', 'it', [11000, 11]],
    ['1.200.000', 'it', [1_200_000, null]],
    ['1,7', 'it', [1.7, null]],
    ['1.234,56', 'it', [1234.56, null]],
    ['1,500', 'it', [1.5, 1500]],
    ['1.5', 'it', [1.5, null]],
    ['0,500', 'it', [0.5, null]],
    ['11 000', 'it', [11000, null]],
    ['1\u202F234,5', 'it', [1234.5, null]],
    ['11,000', 'en', [11000, 11]],
    ['1,200,000', 'en', [1_200_000, null]],
    ['1.7', 'en', [1.7, null]],
    ['1,234.5', 'en', [1234.5, null]],
    ['1.500', 'en', [1.5, 1500]],
    ['2024', 'en', [2024, null]]
  ] as const)('%s in %s text', (raw, format, expected) => {
    expect(readDigits(raw, format)).toEqual(expected)
  })

  it('refuses groupings no writer uses', () => {
    expect(parseDigitNumber('1.20.000', 'it')).toBeNull()
    expect(parseDigitNumber('1,2,3', 'en')).toBeNull()
    expect(parseDigitNumber('12.02.2020', 'it')).toBeNull()
  })

  it('tells unmarked digits from separated ones (a year cannot have a separator)', () => {
    expect(parseDigitNumber('2024', 'it')?.separated).toBe(false)
    expect(parseDigitNumber('2.024', 'it')?.separated).toBe(true)
  })
})

describe('numberFormatFor', () => {
  it('follows the language when it has one', () => {
    expect(numberFormatFor('it', '1,234.5')).toBe('it')
    expect(numberFormatFor('en', '1.234,5')).toBe('en')
  })
  it('reads unambiguous numbers otherwise', () => {
    expect(numberFormatFor('und', 'Costa 1.200.000 euro, il 2,5%.')).toBe('it')
    expect(numberFormatFor('und', 'It cost 1,200,000 dollars, 2.5%.')).toBe('en')
    expect(numberFormatFor('und', 'Nothing to go by: 1.500')).toBe('en')
  })
})

describe('number words', () => {
  it.each([
    ['nove', 9], ['dieci', 10], ['ventuno', 21], ['ventitré', 23], ['ventotto', 28], ['cento', 100], ['centottanta', 180], ['duecento', 200],
    ['mille', 1000], ['milleduecento', 1200], ['duemila', 2000], ['trecentomila', 300_000], ['duemilacinquecento', 2500], ['casa', null],
    ['mila', null], ['sette', 7], ['settembre', null]
  ] as const)('Italian %s', (word, value) => {
    expect(parseItalianNumberWord(word)).toBe(value)
  })

  it.each([
    ['twenty-five soldiers', 25, 2], ['two hundred and fifty', 250, 3], ['a hundred', 100, 1], ['a dozen', 12, 1], ['three dozen', 36, 1],
    ['one hundred fifty', 150, 2], ['ninety nine', 99, 1], ['one two', 1, 0]
  ] as const)('English %s', (phrase, value, last) => {
    const tokens = tokenize(phrase, 0, { splitElisions: false, spaceGroupsThousands: false })
    expect(parseEnglishNumberWords(tokens, 0)).toEqual({ value, last })
  })
})

describe('exact decimals', () => {
  it('scales without floating point drift', () => {
    expect(decimalToNumber(scaleDecimal(decimalFromParts('1', '7'), 9))).toBe(1_700_000_000)
    expect(decimalToNumber(scaleDecimal(decimalFromParts('4', '35'), 9))).toBe(4_350_000_000)
    expect(decimalToNumber(scaleDecimal(decimalFromParts('0', '1'), 6))).toBe(100_000)
    expect(decimalToNumber(decimalFromParts('35', '72'))).toBe(35.72)
  })
})

describe('vague bands', () => {
  it('runs from two of the magnitude to just below the next named one', () => {
    const band = (powers: number[]): number[] => vagueBand(powers).map(decimalToNumber)
    expect(band([1])).toEqual([20, 99])
    expect(band([2])).toEqual([200, 999])
    expect(band([3])).toEqual([2000, 999_999])
    expect(band([6])).toEqual([2_000_000, 999_999_999])
    expect(band([1, 3])).toEqual([20_000, 99_999])
    expect(band([2, 3])).toEqual([200_000, 999_999])
  })
})

describe('splitSentences', () => {
  const sentences = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end))

  it('ends sentences at stops, blank lines and lines that do not run on', () => {
    expect(sentences('Primo. Secondo!\n\nTerzo\nQuarto')).toEqual(['Primo.', 'Secondo!', 'Terzo', 'Quarto'])
  })
  it('keeps abbreviations, initials and decimals inside', () => {
    expect(sentences('Mr. Trump met Dec. 30 with the U.S. team. It cost 1.7 billion.')).toEqual([
      'Mr. Trump met Dec. 30 with the U.S. team.',
      'It cost 1.7 billion.'
    ])
  })
  it('rejoins hard-wrapped lines and splits sentences glued without a space', () => {
    expect(sentences('The company said\nit will grow.It added more.')).toEqual(['The company said\nit will grow.', 'It added more.'])
  })
})
