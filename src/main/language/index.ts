/**
 * The languages Riscontro knows, one module each (STYLE.md §14). Text in another language, or whose
 * language is unknown ("und"), is read with all of them.
 */
import { english } from './english'
import { italian } from './italian'
import type { LanguageCode, Vocabulary } from './vocabulary'

export type { FurnitureScope, LanguageCode, Vocabulary } from './vocabulary'

export const vocabularies: Readonly<Record<LanguageCode, Vocabulary>> = { it: italian, en: english }

export const languageCodes: readonly LanguageCode[] = ['it', 'en']

/** The languages to read a text in: its own when Riscontro knows it, else all of them. */
export function languagesFor(language: string): LanguageCode[] {
  if (language === 'it') return ['it']
  if (language === 'en') return ['en']
  return ['it', 'en']
}

/** The words of one list in every language, for lists that are matched whatever the text's language. */
export function wordsOfAllLanguages<T>(pick: (vocabulary: Vocabulary) => readonly T[]): T[] {
  return languageCodes.flatMap((code) => pick(vocabularies[code]))
}
