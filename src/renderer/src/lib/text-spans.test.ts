import { describe, expect, it } from 'vitest'
import { splitIntoSpans } from './text-spans'

const sentence = 'In particolare, Pyongyang ha inviato "481 lavoratori in Russia, di cui 198 nel settore edile", violando le risoluzioni'

describe('splitIntoSpans', () => {
  it('cuts a block into plain text and marked spans, every character once', () => {
    const start = sentence.indexOf('"') + 1
    const end = sentence.indexOf('"', start)
    const spans = splitIntoSpans(sentence, 0, sentence.length, [{ start, end, kind: 'restored-quote' }])
    expect(spans.map((span) => [span.text, span.marks.map((mark) => mark.kind)])).toEqual([
      ['In particolare, Pyongyang ha inviato "', []],
      ['481 lavoratori in Russia, di cui 198 nel settore edile', ['restored-quote']],
      ['", violando le risoluzioni', []]
    ])
    expect(spans.map((span) => span.text).join('')).toBe(sentence)
  })

  it('keeps claims nested inside a restored quote', () => {
    const quoteStart = sentence.indexOf('"') + 1
    const quoteEnd = sentence.indexOf('"', quoteStart)
    const claimStart = sentence.indexOf('481')
    const claimEnd = claimStart + '481 lavoratori'.length
    const spans = splitIntoSpans(sentence, 0, sentence.length, [
      { start: quoteStart, end: quoteEnd, kind: 'quote' },
      { start: claimStart, end: claimEnd, kind: 'claim', id: 'c1' }
    ])
    const claimSpan = spans.find((span) => span.text === '481 lavoratori')
    expect(claimSpan?.marks.map((mark) => mark.kind)).toEqual(['quote', 'claim'])
    expect(spans.map((span) => span.text).join('')).toBe(sentence)
  })

  it('clips marks to the block', () => {
    const spans = splitIntoSpans(sentence, 4, 20, [
      { start: 0, end: 6, kind: 'a' },
      { start: 18, end: 40, kind: 'c' }
    ])
    expect(spans.map((span) => [span.start, span.end, span.marks.map((mark) => mark.kind).join()])).toEqual([
      [4, 6, 'a'],
      [6, 18, ''],
      [18, 20, 'c']
    ])
  })
})
