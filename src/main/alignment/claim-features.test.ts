import { describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/api'
import { periodMonths, readClaim, stemWord, type ClaimFeatures } from './claim-features'
import { claim } from './fixtures/seed-claims'

const month = (year: number, monthNumber: number): number => year * 12 + monthNumber - 1

function read(fields: Partial<Claim> & Pick<Claim, 'text' | 'sentence'>, language = 'it', articleDate: string | null = null): ClaimFeatures {
  return readClaim(claim({ id: 'x', articleId: 'a', ...fields }), { language, articleDate })
}

describe('stemWord', () => {
  it.each([
    ['soldati', 'soldat'],
    ['soldato', 'soldat'],
    ['soldiers', 'soldier'],
    ['missili', 'missil'],
    ['missiles', 'missil'],
    ['casualties', 'casualty'],
    ['mass', 'mass']
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem)
  })
})

describe('periodMonths', () => {
  it.each<[string | null, [number, number] | null]>([
    ['2024', [month(2024, 1), month(2024, 12)]],
    ['2025-01', [month(2025, 1), month(2025, 1)]],
    ['2023/..', [month(2023, 1), Infinity]],
    ['../2024', [-Infinity, month(2024, 12)]],
    ['2024-12/2025-02', [month(2024, 12), month(2025, 2)]],
    ['soon', null],
    [null, null]
  ])('%s', (period, months) => {
    expect(periodMonths(period)).toEqual(months)
  })
})

describe('readClaim', () => {
  it('reads the counted thing from the unit, else from the head of the subject in either language', () => {
    expect(read({ text: '11.000 soldati', sentence: 'Sono 11.000 soldati.', unit: 'soldier', subject: 'soldati' }).concept).toBe('count:troops')
    expect(read({ text: '11.000 militari', sentence: 'Sono 11.000 militari.', subject: 'militari' }).concept).toBe('count:troops')
    expect(read({ text: '5 artillery shells', sentence: 'It fired 5 artillery shells.', subject: 'artillery shells' }, 'en').concept).toBe('count:munitions')
    expect(read({ text: '5 tank crews', sentence: 'There were 5 tank crews.', subject: 'tank crews' }, 'en').concept).toBe('count:tanks')
    expect(read({ text: '40 palazzi', sentence: 'Crollati 40 palazzi.', subject: 'palazzi' }).concept).toBe('count:it:palazz')
    expect(read({ text: '40', sentence: 'Sono 40.' }).concept).toBeNull()
  })

  it.each<[string, Partial<Claim> & Pick<Claim, 'text' | 'sentence'>, string, ClaimFeatures['weakAction'], ClaimFeatures['strongAction']]>([
    ['a verb before the number', { text: '11.000 soldati', sentence: 'Kim ha inviato 11.000 soldati in Russia.' }, 'it', 'transfer', null],
    ['the nearest verb of a long sentence', { text: 'più di 11.000 soldati', sentence: 'Putin avrebbe spedito a Kim 9 milioni di colpi; più di 11.000 soldati.' }, 'it', 'transfer', null],
    ['a noun of transfer ("l\'arrivo di")', { text: 'circa 12.000 soldati', sentence: "Seul ha confermato l'arrivo di circa 12.000 soldati." }, 'it', 'transfer', null],
    ['a death before the number', { text: 'almeno nove membri', sentence: 'Kim ha menzionato la morte di almeno nove membri di un reggimento.' }, 'it', null, 'loss'],
    ['a late English verb', { text: 'Nine members', sentence: 'Nine members of an engineering regiment were killed.' }, 'en', null, 'loss'],
    ['a death in another phrase does not count', { text: '11.000 soldati', sentence: 'Dopo 300 morti, e con 11.000 soldati schierati, Kim insiste.' }, 'it', 'transfer', null],
    ['wounded', { text: '2.000 soldati', sentence: 'Sono rimasti feriti 2.000 soldati.' }, 'it', null, 'wounded']
  ])('reads actions: %s', (_name, fields, language, weak, strong) => {
    const features = read(fields, language)
    expect(features.weakAction).toBe(weak)
    expect(features.strongAction).toBe(strong)
  })

  it.each<[string, Partial<Claim> & Pick<Claim, 'text' | 'sentence'>, string, boolean]>([
    ['"altri" before the number', { text: '3.000 soldati', sentence: 'Kim ha inviato altri 3.000 soldati.' }, 'it', true],
    ['"another"', { text: '3,000 troops', sentence: 'Kim sent another 3,000 troops.' }, 'en', true],
    ['"3,000 more troops"', { text: '3,000 more troops', sentence: 'Kim sent 3,000 more troops.' }, 'en', true],
    ['"more than 3,000" bounds, it does not add', { text: 'more than 3,000 troops', sentence: 'Kim sent more than 3,000 troops.' }, 'en', false],
    ['"altri" in another phrase', { text: '3.000 soldati', sentence: 'Tra gli altri, 3.000 soldati.' }, 'it', false]
  ])('reads increments: %s', (_name, fields, language, increment) => {
    expect(read(fields, language).increment).toBe(increment)
  })

  it('reads the time scope: a period, an open "dal 2023", the article date as the latest possible', () => {
    const stated = read({ text: '9 milioni', sentence: 'Spediti 9 milioni nel 2024.', period: '2024' })
    expect([stated.scopeFrom, stated.scopeTo, stated.explicitScope]).toEqual([month(2024, 1), month(2024, 12), true])
    const since = read({ text: '4 milioni', sentence: 'Dal 2023 in poi, spediti 4 milioni.', period: '2023' }, 'it', '2026-01-10')
    expect([since.scopeFrom, since.scopeTo]).toEqual([month(2023, 1), month(2026, 1)])
    const between = read({ text: '481', sentence: '481 lavoratori tra dicembre 2024 e fine febbraio 2025', period: '2024-12' })
    expect([between.scopeFrom, between.scopeTo]).toEqual([month(2024, 12), month(2025, 2)])
    const undated = read({ text: '11.000', sentence: 'Sono 11.000.' }, 'it', '2024-10')
    expect([undated.scopeFrom, undated.scopeTo, undated.explicitScope]).toEqual([-Infinity, month(2024, 10), false])
  })

  it('reads descriptive words as language-neutral items where the lexicon knows them', () => {
    expect(read({ text: '12.000 soldati', sentence: 'Sono 12.000 soldati.', subject: 'soldati nordcoreani', unit: 'soldier' }).topic).toEqual(['place:north-korea'])
    expect(read({ text: '12,000 troops', sentence: 'About 12,000 troops.', subject: 'North Korean troops', unit: 'soldier' }, 'en').topic).toEqual(['place:north-korea'])
    expect(read({ text: '4 milioni', sentence: '4 milioni.', subject: "proiettili d'artiglieria e razzi", unit: 'munition' }).topic).toEqual(['concept:rockets', 'mod:artillery'])
    expect(read({ text: '9', sentence: '9.', subject: 'membri di un reggimento ingegneristico', unit: 'member' }).topic).toEqual(['mod:engineering', 'mod:regiment'])
    expect(read({ text: '40', sentence: '40.', subject: 'palazzi storici' }).topic).toEqual(['word:it:storic'])
  })

  it('reads the words around a percentage without subject, within its phrase', () => {
    const features = read({ text: '63%', sentence: "L'affluenza è stata del 63%, mentre la disoccupazione è al 7%.", kind: 'percent', unit: '%', value: 63 })
    expect(features.topic).toEqual(['mod:turnout'])
    expect(features.topicRequired).toBe(true)
  })

  it('finds the claim even when its text is not in the sentence, keeping it apart when a death is near', () => {
    const features = read({ text: 'nove membri', sentence: 'Kim ha menzionato la morte di 9 membri.' })
    expect(features.strongAction).toBe('loss')
  })
})
