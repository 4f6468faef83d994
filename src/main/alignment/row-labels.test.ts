import { describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import { ClaimReader } from './claim-reading'
import { claim } from './fixtures/seed-claims'
import { labelRow } from './row-labels'

function labelOf(language: string, ...claims: Array<Partial<Claim> & Pick<Claim, 'text' | 'sentence'>>): string {
  const reader = new ClaimReader()
  return labelRow(claims.map((fields, index) => reader.read(claim({ id: `c${index}`, articleId: `a${index}`, ...fields }), language)))
}

describe('labelRow', () => {
  it.each<[string, string, Array<Partial<Claim> & Pick<Claim, 'text' | 'sentence'>>, string]>([
    ['Italian deaths by their class', 'it', [{ text: '12 morti', sentence: 'Il bilancio è di 12 morti.', value: 12, unit: 'death', subject: 'morti' }], 'Morti'],
    ['English victims read as deaths', 'en', [{ text: '179 victims', sentence: 'The crash killed 179 victims.', value: 179, unit: 'victim', subject: 'victims' }], 'Deaths'],
    ['a bare figure takes its class from the sentence', 'en', [{ text: '212', sentence: 'The death toll rose to 212 on Sunday.', value: 212, unit: null, subject: null }], 'Deaths'],
    ['people killed are deaths, not people', 'en', [{ text: '179 people', sentence: 'The crash killed 179 people on board.', value: 179, unit: 'person', subject: 'people' }], 'Deaths'],
    ['people gathered are participants', 'en', [{ text: '1,200 people', sentence: 'More than 1,200 people attended the memorial.', value: 1200, unit: 'person', subject: 'people' }], 'Participants'],
    ['troops in Italian', 'it', [{ text: '11.000 soldati', sentence: 'Kim ha inviato 11.000 soldati.', value: 11000, unit: 'soldier', subject: 'soldati' }], 'Soldati'],
    [
      'an unknown thing: the subject as written, never a made-up singular',
      'it',
      [{ text: '40 palazzi storici', sentence: 'Crollati 40 palazzi storici.', value: 40, unit: 'palazzo', subject: 'palazzi storici' }],
      'Palazzi storici'
    ],
    ['money with its currency', 'it', [{ text: '7 miliardi di dollari', sentence: 'Le armi valgono 7 miliardi di dollari.', kind: 'money', unit: 'USD', value: 7e9, subject: null }], 'Importo · USD'],
    [
      'money named by the word its sentences share beside it',
      'en',
      [
        { text: '$43,885,310', sentence: 'They paid $43,885,310 in taxes.', kind: 'money', unit: 'USD', value: 43885310, subject: null },
        { text: '$44 million', sentence: 'They paid nearly $44 million in taxes.', kind: 'money', unit: 'USD', value: 44e6, subject: null }
      ],
      'Taxes · USD'
    ],
    [
      'a percentage named by the word its sentences share',
      'en',
      [
        { text: '35.7 percent', sentence: 'An effective rate of 35.7 percent.', kind: 'percent', unit: '%', value: 35.7, subject: null },
        { text: '35.7%', sentence: 'Their rate was 35.7% in 2014.', kind: 'percent', unit: '%', value: 35.7, subject: null }
      ],
      'Rate · %'
    ],
    ['a year when every member states it', 'it', [{ text: '9 milioni di colpi', sentence: 'Nel 2024 ha inviato 9 milioni di colpi.', value: 9e6, unit: 'munition', subject: 'colpi', period: '2024' }], 'Munizioni (2024)']
  ])('labels %s', (_name, language, claims, label) => {
    expect(labelOf(language, ...claims)).toBe(label)
  })

  it('speaks the members’ language', () => {
    expect(labelOf('it', { text: '3 feriti', sentence: 'Ci sono 3 feriti.', value: 3, unit: 'injured', subject: 'feriti' })).toBe('Feriti')
    expect(labelOf('en', { text: '3 injured', sentence: 'Three were injured, 3 injured in all.', value: 3, unit: 'injured', subject: 'injured' })).toBe('Injured')
  })
})
