import { vocabularies, type LanguageCode } from '../language'

/**
 * Calls `visit` with each word of a text (three letters or more, lower-cased) and whether the text
 * writes it as a name: capitalised inside a sentence ("a Rogoredo", "told Reuters"), not after a
 * sentence or line break, a colon or a dateline dash, nor inside a run of capitals (a headline).
 * Months and weekdays are capitalised in English prose but name nothing. `visit` returns false to
 * stop. Names are what two reports of one event share and two reports of the same kind of event
 * (two earnings statements, two weather bulletins) do not.
 */
export function visitWords(text: string, language: LanguageCode, visit: (word: string, isName: boolean) => boolean): void {
  const calendar = calendarWords[language]
  // One split per text, words and the gaps between them: per-word regex matches were most of grouping's time.
  const parts = text.split(/([^\p{L}]+)/u)
  for (let index = 0; index < parts.length; index += 2) {
    const written = parts[index]!
    if (written.length < 3) continue
    const word = written.toLowerCase()
    const isName =
      written !== word &&
      index > 0 &&
      !sentenceBreak.test(parts[index - 1]!) &&
      !calendar.has(word) &&
      // An acronym stands among lower-case words ("said NATO officials"); a run of capitals is a headline.
      !(isUpperCase(written) && (isUpperCase(parts[index - 2]) || isUpperCase(parts[index + 2])))
    if (!visit(word, isName)) return
  }
}

function isUpperCase(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** Most words lower case: a title whose capitals are its names ("Milano: spara contro le volanti"), not "Jeju Air Memorial Draws Thousands". */
export function isSentenceCase(title: string): boolean {
  const words = title.match(/\p{L}{3,}/gu) ?? []
  const capitalised = words.filter((word) => word[0] !== word[0]!.toLowerCase()).length
  return capitalised * 2 < words.length
}

/** A gap between words that ends a sentence or a line, or a dateline's dash ("LONDON, March 3 - Shares…"). */
const sentenceBreak = /[.!?:;"“«\n]|\s[-–—]\s/

const calendarWords: Record<LanguageCode, Set<string>> = {
  it: new Set([...vocabularies.it.months.map(([word]) => word), ...vocabularies.it.weekdays]),
  en: new Set([...vocabularies.en.months.map(([word]) => word), ...vocabularies.en.weekdays])
}
