import { describe, expect, it } from 'vitest'
import { canonicalCountUnit } from './canonical-units'

describe('canonicalCountUnit', () => {
  it.each([
    ['negozi', 'negozio'],
    ['figli', 'figlio'],
    ['cantieri', 'cantiere'],
    ['lavoratori', 'worker'],
    ['progetti', 'progetto'],
    ['candidati', 'candidato'],
    ['banche', 'banca'],
    ['ospedali', 'ospedale'],
    // An -i plural of an -o or -e noun: the word as written, never a guessed "meso" or "giudico".
    ['mesi', 'mesi'],
    ['giudici', 'giudici'],
    ['fiori', 'fiori']
  ])('Italian "%s" → "%s"', (written, unit) => {
    expect(canonicalCountUnit(written, 'it')).toBe(unit)
  })

  it.each([
    ['reporters', 'reporter'],
    ['matches', 'match'],
    ['companies', 'company'],
    ['troops', 'soldier']
  ])('English "%s" → "%s"', (written, unit) => {
    expect(canonicalCountUnit(written, 'en')).toBe(unit)
  })
})
