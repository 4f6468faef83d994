import { describe, expect, it } from 'vitest'
import { capTitle, extractFirstSentence, normalizeDate, readFusedDate, stripDateline, formatSentenceAsTitle } from './article-metadata'

describe('readFusedDate', () => {
  it.each([
    [' date 2026-01-10 La guerra in Ucraina', { date: '2026-01-10', length: ' date 2026-01-10 '.length }],
    [' date 2025-06 Ascolta ora', { date: '2025-06', length: ' date 2025-06 '.length }],
    ['date 2024-10\n\nDal 2023', { date: '2024-10', length: 'date 2024-10'.length }],
    [' date 2024-02-29 Anno bisestile', { date: '2024-02-29', length: ' date 2024-02-29 '.length }],
    [' date 2023-02-29 Non bisestile', null],
    [' date 2024-00 Mese zero', null],
    [' date 20240101 Senza trattini', null],
    ['La data 2024-10-01 nel testo', null]
  ])('%j', (text, expected) => {
    expect(readFusedDate(text)).toEqual(expected)
  })
})

describe('normalizeDate', () => {
  it.each([
    ['2025-12-28T09:30:00+01:00', '2025-12-28'],
    ['2025-12-28T23:30:00-05:00', '2025-12-28'],
    ['2025-12-28', '2025-12-28'],
    ['2025-12', '2025-12'],
    ['20251228', '2025-12-28'],
    ['Sun, 28 Dec 2025 09:30:00 GMT', '2025-12-28'],
    [new Date(Date.UTC(2025, 11, 28)), '2025-12-28'],
    ['ieri', null],
    ['2025-13-01', null],
    [null, null],
    [2025, null]
  ])('%j → %j', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected)
  })
})

describe('extractFirstSentence', () => {
  it.each([
    ['Kim ha inviato 11.000 soldati. Il dispiegamento è stato accompagnato da rotazioni.', 'Kim ha inviato 11.000 soldati.'],
    ['Jesse Jackson Jr. Pleads Guilty in Campaign Money Case. More follows.', 'Jesse Jackson Jr. Pleads Guilty in Campaign Money Case.'],
    ['The U.S. Agriculture Department reported prices. Wheat rose.', 'The U.S. Agriculture Department reported prices.'],
    ['SEOUL, Dec. 28 (Yonhap) -- The forecast follows. More.', 'SEOUL, Dec. 28 (Yonhap) -- The forecast follows.'],
    ['Stimato tra 1,7 e 5,5 miliardi di dollari. Secondo un rapporto.', 'Stimato tra 1,7 e 5,5 miliardi di dollari.'],
    ['"We are going to confront the crisis." Trump said it in the Rose Garden.', '"We are going to confront the crisis."'],
    ['Una frase sola senza punto', 'Una frase sola senza punto']
  ])('%s', (text, sentence) => {
    expect(extractFirstSentence(text)).toBe(sentence)
  })
})

describe('stripDateline', () => {
  it.each([
    ['SPILAMBERTO. Furto d’auto sabato sera', 'Furto d’auto sabato sera'],
    ['RAVARINO.Spaccata e razzia notturna in un bar', 'Spaccata e razzia notturna in un bar'],
    ['ROMA - E’ in volo il Boeing', 'E’ in volo il Boeing'],
    ['REGGIO EMILIA Escono dal carcere', 'Escono dal carcere'],
    ['WEST PALM BEACH, Fla. — President Trump dispatched', 'President Trump dispatched'],
    ['SEOUL, Dec. 28 (Yonhap) -- The following is the weather forecast', 'The following is the weather forecast'],
    ['UE: la Commissione ha deciso', 'UE: la Commissione ha deciso'],
    ['Maranello. Hanno agito nel silenzio', 'Maranello. Hanno agito nel silenzio'],
    ['La Russia ha fornito', 'La Russia ha fornito']
  ])('%s', (text, stripped) => {
    expect(stripDateline(text)).toBe(stripped)
  })
})

describe('titles', () => {
  it('cuts a long title on a word boundary with an ellipsis', () => {
    const title = capTitle(
      'La guerra in Ucraina ha assunto una dimensione internazionale per via della collaborazione militare tra Russia e Corea del Nord che sta emergendo.'
    )
    expect(title).toBe('La guerra in Ucraina ha assunto una dimensione internazionale per via della collaborazione militare tra Russia e Corea…')
    expect(title.length).toBeLessThanOrEqual(121)
  })

  it('drops a trailing comma before the ellipsis', () => {
    expect(
      capTitle(
        'Il leader della Corea del Nord, Kim Jong Un, ha inviato un messaggio di auguri per il nuovo anno a Vladimir Putin, sottolineando i legami di solidarietà.'
      )
    ).toBe('Il leader della Corea del Nord, Kim Jong Un, ha inviato un messaggio di auguri per il nuovo anno a Vladimir Putin…')
  })

  it.each([
    ['Kim ha inviato 11.000 soldati.', 'Kim ha inviato 11.000 soldati'],
    ['Migrant Caravan Reaches U.S. Border.', 'Migrant Caravan Reaches U.S. Border'],
    ['Talks with the U.S.', 'Talks with the U.S.'],
    ['Culle vuote?', 'Culle vuote?']
  ])('formatSentenceAsTitle(%s)', (sentence, title) => {
    expect(formatSentenceAsTitle(sentence)).toBe(title)
  })
})
