import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../../shared/i18n/translator'
import { noteHitLabel } from './note-hit-label'

describe('a found note’s label', () => {
  const claimNote = { target: { kind: 'claim', articleId: 'a', claimId: 'c' }, about: 'circa 12.000 soldati nordcoreani' } as const

  it('says what the note is about in English', () => {
    const t = createTranslator('en')
    expect(noteHitLabel({ target: { kind: 'library' }, about: null }, t)).toBe('Library note')
    expect(noteHitLabel(claimNote, t)).toBe('Note on “circa 12.000 soldati nordcoreani”')
    expect(noteHitLabel({ target: { kind: 'article', articleId: 'a' }, about: null }, t)).toBe('Note on an article')
  })

  it('and in Italian', () => {
    const t = createTranslator('it')
    expect(noteHitLabel({ target: { kind: 'library' }, about: null }, t)).toBe('Nota sull’archivio')
    expect(noteHitLabel(claimNote, t)).toBe('Nota su “circa 12.000 soldati nordcoreani”')
    expect(noteHitLabel({ target: { kind: 'article', articleId: 'a' }, about: 'La guerra in Ucraina' }, t)).toBe('Nota su La guerra in Ucraina')
  })
})
