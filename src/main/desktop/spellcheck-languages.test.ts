import { describe, expect, it } from 'vitest'
import { chooseSpellCheckerLanguages } from './spellcheck-languages'

const electronLanguages = ['de-DE', 'en-AU', 'en-GB', 'en-US', 'es', 'fr', 'it', 'pt-BR']

describe('the spellchecker’s dictionaries', () => {
  it('are the system’s language, then Italian and English, one of each', () => {
    expect(chooseSpellCheckerLanguages(electronLanguages, 'it-IT')).toEqual(['it', 'en-US'])
    expect(chooseSpellCheckerLanguages(electronLanguages, 'en-GB')).toEqual(['en-GB', 'it'])
    expect(chooseSpellCheckerLanguages(electronLanguages, 'de-DE')).toEqual(['de-DE', 'it', 'en-US'])
  })

  it('keep only what Electron offers', () => {
    expect(chooseSpellCheckerLanguages(['fr'], 'fr-FR')).toEqual(['fr'])
    expect(chooseSpellCheckerLanguages([], 'it-IT')).toEqual([])
  })
})
