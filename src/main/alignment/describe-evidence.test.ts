import { describe, expect, it } from 'vitest'
import { describeIn } from '../../shared/i18n/describe'
import { evidenceFields, type EvidenceField } from './pair-evidence'

const fields = Object.keys(evidenceFields) as EvidenceField[]

describe('the row panel’s evidence lines', () => {
  it.each(['en', 'it'] as const)('has words in %s for every level the aligner weighs', (language) => {
    const unsaid = fields.flatMap((field) => evidenceFields[field].filter((level) => describeIn(language).evidenceLine({ field, level, names: { words: ['piena'] } }) === `${field}: ${level}`).map((level) => `${field}.${level}`))
    expect(unsaid).toEqual([])
  })

  it('says what the articles wrote in the interface’s language', () => {
    const english = describeIn('en')
    const italian = describeIn('it')
    const counted = { field: 'counted', level: 'different-class', names: { counted: [{ label: { en: 'Deaths', it: 'Morti' } }, { words: 'sfollati' }] } } as const
    expect(english.evidenceLine({ ...counted, names: { counted: [...counted.names.counted] } })).toBe('deaths against sfollati')
    expect(italian.evidenceLine({ ...counted, names: { counted: [...counted.names.counted] } })).toBe('morti contro sfollati')
    const figures = { field: 'figure', level: 'close', names: { figures: ['179 vittime', '180 morti'] as [string, string] } }
    expect(italian.evidenceLine(figures)).toBe('179 vittime e 180 morti: entro il 25% l’uno dall’altro')
    expect(english.evidenceLine({ field: 'period', level: 'disjoint', names: { pair: ['2024', '2025-06'] } })).toBe('different time scopes (2024 and Jun 2025)')
    expect(italian.evidenceLine({ field: 'period', level: 'disjoint', names: { pair: ['2024', '2025-06'] } })).toBe('periodi di riferimento diversi (2024 e giu 2025)')
    expect(italian.evidenceLine({ field: 'sentence', level: 'high', names: { words: ['bilancio', 'piena'] } })).toBe('molte parole in comune nelle frasi: bilancio, piena')
    expect(italian.evidenceLine({ field: 'near', level: 'low', names: { words: [] } })).toBe('nessuna parola in comune accanto ai dati')
    expect(english.evidenceLine({ field: 'counted', level: 'unknown', names: { counted: [null, { words: 'soldati' }] } })).toBe('one figure does not say what it counts')
  })
})
