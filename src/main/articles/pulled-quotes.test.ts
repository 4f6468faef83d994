import { describe, expect, it } from 'vitest'
import { mapOriginalSlice, createSyntheticText } from './mapped-text'
import { restorePulledQuotes, type QuoteHostBlock } from './pulled-quotes'

function blocks(...texts: string[]): QuoteHostBlock[] {
  return texts.map((text) => ({ content: createSyntheticText(text), kind: null, restoredQuotes: [] }))
}

function texts(result: QuoteHostBlock[]): string[] {
  return result.map((block) => block.content.text)
}

describe('restorePulledQuotes', () => {
  it('puts each standalone quote line back into its empty quotes, in order', () => {
    const result = restorePulledQuotes(
      blocks(
        'Kim ha ispezionato la costruzione di un memoriale.',
        'eroi sacrificatisi senza esitazione',
        'nessuno al mondo è in grado di sconfiggerci',
        'Kim ha descritto i militari morti come "", aggiungendo che "" dei Lavoratori.'
      )
    )
    expect(texts(result)).toEqual([
      'Kim ha ispezionato la costruzione di un memoriale.',
      'Kim ha descritto i militari morti come "eroi sacrificatisi senza esitazione", aggiungendo che "nessuno al mondo è in grado di sconfiggerci" dei Lavoratori.'
    ])
    const host = result[1]!
    expect(host.restoredQuotes.map((span) => host.content.text.slice(span.start, span.end))).toEqual([
      'eroi sacrificatisi senza esitazione',
      'nessuno al mondo è in grado di sconfiggerci'
    ])
  })

  it('takes the quote from just after the sentence when none stands before it', () => {
    expect(texts(restorePulledQuotes(blocks('Il presidente ha definito la situazione “”.', 'una crisi senza precedenti', 'Il resto.')))).toEqual([
      'Il presidente ha definito la situazione “una crisi senza precedenti”.',
      'Il resto.'
    ])
  })

  it('keeps where a restored quote came from', () => {
    const original = 'Pyongyang ha inviato "", violando.\n\n481 lavoratori in Russia'
    const host = mapOriginalSlice(original, 0, 34)
    const quote = mapOriginalSlice(original, 36, original.length)
    const [result] = restorePulledQuotes([
      { content: quote, kind: null, restoredQuotes: [] },
      { content: host, kind: null, restoredQuotes: [] }
    ])
    expect(result!.content.text).toBe('Pyongyang ha inviato "481 lavoratori in Russia", violando.')
    expect(Array.from(result!.content.origins.slice(22, 25))).toEqual([36, 37, 38])
  })

  it.each([
    { name: 'fewer quote lines than empty quotes', input: ['Un paragrafo finito.', 'eroi sacrificatisi', 'Ha detto "" e poi "".'] },
    { name: 'a full sentence is not a pulled quote', input: ['Il ministro ha parlato a lungo.', 'Ha detto "" ai giornalisti.', 'Fine del discorso.'] },
    { name: 'a nested closing quote is not empty quotes', input: ['Outcry over remarks', 'He doubted they "should be located (in Yongin)."" Kim said.'] }
  ])('leaves the text alone when $name', ({ input }) => {
    expect(texts(restorePulledQuotes(blocks(...input)))).toEqual(input)
  })

  it('never takes a heading the markup typed', () => {
    const given: QuoteHostBlock[] = [
      { content: createSyntheticText('Le perdite e il sacrificio'), kind: 'heading', restoredQuotes: [] },
      { content: createSyntheticText('Ha detto "" ai giornalisti.'), kind: 'paragraph', restoredQuotes: [] }
    ]
    expect(texts(restorePulledQuotes(given))).toEqual(['Le perdite e il sacrificio', 'Ha detto "" ai giornalisti.'])
  })
})
