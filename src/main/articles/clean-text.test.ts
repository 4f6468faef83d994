import { describe, expect, it } from 'vitest'
import { countWords, normalizeSpacing } from './clean-text'
import { buildSourceMap, mapOriginalSlice } from './mapped-text'

function normalize(original: string): string {
  return normalizeSpacing(mapOriginalSlice(original, 0, original.length)).text
}

describe('normalizeSpacing', () => {
  it.each([
    ['single spaces stay', 'Kim ha inviato 11.000 soldati', 'Kim ha inviato 11.000 soldati'],
    ['runs and line breaks become one space', 'Kim  ha\ninviato \t 11.000\r\nsoldati', 'Kim ha inviato 11.000 soldati'],
    ['ends are trimmed', '  \n Kim ha inviato  \n', 'Kim ha inviato'],
    ['a lone no-break space in a number stays', 'a partire da €\u00a01,99 e 1\u202f000', 'a partire da €\u00a01,99 e 1\u202f000'],
    ['invisible characters go', 'Pyong\u200byang e Mo\u00adsca\ufeff', 'Pyongyang e Mosca'],
    ['a space stranded before a full stop goes', 'verso un’alleanza militare di fatto .', 'verso un’alleanza militare di fatto.'],
    ['a space stranded before a comma goes', 'gli S-400 , e jet da combattimento', 'gli S-400, e jet da combattimento'],
    ['spaces inside straight quotes go', 'la cooperazione " illegale " tra i due', 'la cooperazione "illegale" tra i due'],
    ['quotes are paired in order', '" Negli ultimi anni ", ha detto. " Queste forme "', '"Negli ultimi anni", ha detto. "Queste forme"'],
    ['an odd number of quotes is left alone', 'un pollice " e un altro " e " basta', 'un pollice " e un altro " e " basta'],
    ['empty quotes stay empty', 'ha descritto i militari come "", aggiungendo', 'ha descritto i militari come "", aggiungendo'],
    ['an ellipsis stays', 'e poi . . . niente', 'e poi. . . niente']
  ])('%s', (_name, original, normalized) => {
    expect(normalize(original)).toBe(normalized)
  })

  it('keeps the origin of every character it keeps', () => {
    const original = '  Il rapporto  sottolinea\nil trasferimento " illegale " di 9 milioni .'
    const normalized = normalizeSpacing(mapOriginalSlice(original, 0, original.length))
    for (const segment of buildSourceMap(normalized)) {
      expect(normalized.text.slice(segment.cleanStart, segment.cleanStart + segment.length)).toBe(
        original.slice(segment.originalStart, segment.originalStart + segment.originalLength)
      )
    }
    expect(normalized.text).toBe('Il rapporto sottolinea il trasferimento "illegale" di 9 milioni.')
  })
})

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Kim ha inviato 11.000 soldati in Russia.', 7],
    ['Kim — e Putin – “amici”', 4],
    ['Titolo\n\nParagrafo di testo.', 4],
    ['l’alleanza dell’Ucraina', 2],
    ['€ 1,99 al mese', 3]
  ])('%j → %d', (text, words) => {
    expect(countWords(text)).toBe(words)
  })
})
