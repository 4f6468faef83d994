import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { excerptAround, findWordRanges, foldForSearch, foldText, foldsInPlace, searchWords } from './fold-text'

const seedDir = join(__dirname, '../../resources/sample-library')

function seedTexts(): string[] {
  return readdirSync(seedDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(seedDir, file), 'utf8'))
}

describe('folding', () => {
  it('folds case, accents and typographic quotes, keeping a map to the original', () => {
    const folded = foldText('Straße «Città»')
    expect(folded.folded).toBe('strasse "citta"')
    expect(folded.origin.slice(4, 7)).toEqual([4, 4, 5])
  })

  it('folds whole texts as it folds them character by character (the seed articles)', () => {
    for (const text of [...seedTexts(), 'Straße «Città» dall’inizio ÆON İstanbul e\u0301'])
      expect(foldForSearch(text)).toBe(foldText(text).folded)
  })

  it('knows which texts fold in place, so offsets need no map', () => {
    expect(seedTexts().every(foldsInPlace)).toBe(true)
    expect(foldsInPlace('perché città')).toBe(true)
    expect(foldsInPlace('Straße')).toBe(false)
    expect(foldsInPlace('perche\u0301')).toBe(false)
  })

  it('splits a query into distinct folded words', () => {
    expect(searchWords('  Perché  SOLDATI perche ')).toEqual(['perche', 'soldati'])
    expect(searchWords('   ')).toEqual([])
  })
})

describe('findWordRanges', () => {
  it('finds every occurrence of every word, in text order, as offsets of the original', () => {
    const text = 'Kim ha inviato 11.000 soldati; i soldati nordcoreani…'
    const ranges = findWordRanges(text, ['soldati', 'kim'])
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Kim', 'soldati', 'soldati'])
  })

  it('maps offsets back where folding changes the length', () => {
    const text = 'Die Straße, dann la città'
    const ranges = findWordRanges(text, ['strasse', 'citta'])
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Straße', 'città'])
  })

  it('joins overlapping occurrences', () => {
    expect(findWordRanges('soldati', ['sold', 'soldati'])).toEqual([{ start: 0, end: 7 }])
  })

  it('matches whole words and word starts, never inside a word', () => {
    const text = 'Il NIS sudcoreano descrive i meccanismi di Nisida; l’intelligence dell’esercito.'
    const found = (words: string[]): string[] => findWordRanges(text, words).map(({ start, end }) => text.slice(start, end))
    expect(found(['nis'])).toEqual(['NIS', 'Nis'])
    expect(found(['esercito'])).toEqual(['esercito'])
    expect(found(['smi', 'coreano', 'telligence'])).toEqual([])
  })
})

describe('excerptAround', () => {
  it('keeps the whole of a short text, with the highlight where the word is', () => {
    const text = 'Kim ha inviato\n11.000   soldati in Russia.'
    const excerpt = excerptAround(text, findWordRanges(text, ['soldati']))
    expect(excerpt.text).toBe('Kim ha inviato 11.000 soldati in Russia.')
    expect(excerpt.highlights.map(({ start, end }) => excerpt.text.slice(start, end))).toEqual(['soldati'])
  })

  it('cuts a long text at word boundaries around the first match, marking the cuts', () => {
    const text = `${'parola '.repeat(40)}Kursk ${'altra '.repeat(40)}`
    const excerpt = excerptAround(text, findWordRanges(text, ['kursk']), 30)
    expect(excerpt.text).toMatch(/^…parola parola .*Kursk altra .*altra…$/)
    expect(excerpt.text.slice(excerpt.highlights[0]!.start, excerpt.highlights[0]!.end)).toBe('Kursk')
  })
})
