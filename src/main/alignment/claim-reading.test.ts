import { describe, expect, it } from 'vitest'
import { ClaimReader } from './claim-reading'
import { claim } from './fixtures/seed-claims'

/** What a count's reading says it counts, from its sentence (the claim's text must sit in the sentence). */
function countedIn(sentence: string, text: string, subject: string, language: 'it' | 'en'): string | null {
  const reading = new ClaimReader().read(claim({ id: 'a:x', articleId: 'a', text, sentence, value: 4, subject }), language)
  return reading.classId ?? reading.head
}

describe('ClaimReader: an outcome said of a noun no class knows', () => {
  it.each([
    ['it', 'Nella rapina al portavalori 4 guardie giurate sono state uccise.', '4 guardie giurate', 'guardie giurate'],
    ['it', 'Il ministro ha ricordato la morte di almeno 4 tecnici della centrale.', 'almeno 4 tecnici', 'tecnici'],
    ['en', 'Four security guards of the armoured-van company were killed in the robbery.', 'Four security guards', 'security guards'],
    ['en', 'Police confirmed the deaths of four security guards.', 'four security guards', 'security guards']
  ] as const)('%s: "%s" counts deaths', (language, sentence, text, subject) => {
    expect(countedIn(sentence, text, subject, language)).toBe('deaths')
  })

  it.each([
    ['it', 'I banditi hanno usato 4 furgoni rubati, poi hanno ucciso il custode.', '4 furgoni', 'furgoni'],
    ['en', 'The robbers drove four vans stolen last week; a guard was killed later.', 'four vans', 'vans']
  ] as const)('%s: "%s" still counts what its noun says', (language, sentence, text, subject) => {
    expect(countedIn(sentence, text, subject, language)).not.toBe('deaths')
  })
})
