import { describe, expect, it } from 'vitest'
import { splitIntoSpans } from './text-spans'

const sentence = 'Kim ha descritto i militari morti come "eroi sacrificatisi senza esitazione", aggiungendo'

describe('splitIntoSpans', () => {
  it('cuts a block into plain text and marked spans, every character once', () => {
    const start = sentence.indexOf('"') + 1
    const end = sentence.indexOf('"', start)
    const spans = splitIntoSpans(sentence, 0, sentence.length, [{ start, end, kind: 'restored-quote' }])
    expect(spans.map((span) => [span.text, span.mark?.kind ?? null])).toEqual([
      ['Kim ha descritto i militari morti come "', null],
      ['eroi sacrificatisi senza esitazione', 'restored-quote'],
      ['", aggiungendo', null]
    ])
    expect(spans.map((span) => span.text).join('')).toBe(sentence)
  })

  it('clips marks to the block and drops overlaps', () => {
    const spans = splitIntoSpans(sentence, 4, 20, [
      { start: 0, end: 6, kind: 'a' },
      { start: 5, end: 10, kind: 'b' },
      { start: 18, end: 40, kind: 'c' }
    ])
    expect(spans.map((span) => [span.start, span.end, span.mark?.kind ?? null])).toEqual([
      [4, 6, 'a'],
      [6, 10, 'b'],
      [10, 18, null],
      [18, 20, 'c']
    ])
  })
})
