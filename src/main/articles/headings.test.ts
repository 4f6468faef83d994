import { describe, expect, it } from 'vitest'
import { chooseHeadings, looksLikeHeading } from './headings'

describe('looksLikeHeading', () => {
  it.each([
    ['I missili di Kim che hanno aiutato Putin', false, true],
    ['Gli affari tra Kim e Putin', false, true],
    ['Il sostegno militare della Corea del Nord a Mosca è aumentato costantemente dall’inizio del conflitto in Ucraina', false, true],
    ['Jesse Jackson Jr. Pleads Guilty in Campaign Money Case', false, true],
    ['[News Today] Special probe into Kim Keon-hee ends', false, true],
    ['Questo scambio rappresenta un passo significativo.', false, false],
    ['Come eri finito a Wuhan?', false, false],
    ['Culle vuote? Pensiamo a garantire un futuro e un sostegno alle giovani famiglie', true, true],
    ['Migrant Caravan of Asylum Seekers Reaches U.S. Border.', true, true],
    ['Beware of the pledge, it is cheap.', true, false],
    ['eroi sacrificatisi senza esitazione', false, false],
    ['Risultati della giornata:', false, false],
    ['29,603', false, false],
    ['Kim ha parlato. Poi Putin ha risposto', false, false]
  ])('%s (opening line: %s) → %s', (text, leading, expected) => {
    expect(looksLikeHeading(text, { leading })).toBe(expected)
  })
})

describe('chooseHeadings', () => {
  it.each([
    { name: 'a heading before text', candidates: [false, true, false], headings: [false, true, false] },
    { name: 'a headline and a subtitle', candidates: [true, true, false], headings: [true, true, false] },
    { name: 'a run of three short lines is a list', candidates: [false, true, true, true, false], headings: [false, false, false, false, false] },
    { name: 'the headline above a list of figures', candidates: [true, true, true, true], headings: [true, false, false, false] },
    { name: 'a last line introduces nothing', candidates: [false, false, true], headings: [false, false, false] },
    { name: 'markup decided (null) counts as text after a heading', candidates: [false, true, null], headings: [false, true, false] }
  ])('$name', ({ candidates, headings }) => {
    expect(chooseHeadings(candidates)).toEqual(headings)
  })
})
