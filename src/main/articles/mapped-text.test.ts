import { describe, expect, it } from 'vitest'
import { buildSourceMap, concatMappedTexts, createSyntheticText, findOriginalOffset, mapOriginalSlice, sliceMappedText } from './mapped-text'

const original = 'Kim ha inviato\n11.000 soldati in Russia.'

describe('mapped text and the source map', () => {
  const joined = concatMappedTexts([mapOriginalSlice(original, 0, 14), createSyntheticText(' '), mapOriginalSlice(original, 15, original.length)])

  it('keeps verbatim runs as segments and leaves what Riscontro wrote unmapped', () => {
    expect(joined.text).toBe('Kim ha inviato 11.000 soldati in Russia.')
    expect(buildSourceMap(joined)).toEqual([
      { cleanStart: 0, length: 14, originalStart: 0, originalLength: 14 },
      { cleanStart: 15, length: 25, originalStart: 15, originalLength: 25 }
    ])
  })

  it('traces a cleaned offset (a claim) back to the original file', () => {
    const sourceMap = buildSourceMap(joined)
    const claim = joined.text.indexOf('11.000')
    expect(original.slice(findOriginalOffset(sourceMap, claim)!, findOriginalOffset(sourceMap, claim)! + 6)).toBe('11.000')
    expect(findOriginalOffset(sourceMap, 14)).toBeNull()
    expect(findOriginalOffset(sourceMap, 999)).toBeNull()
  })

  it('slices keep their origins', () => {
    expect(Array.from(sliceMappedText(joined, 13, 17).origins)).toEqual([13, -1, 15, 16])
  })
})
