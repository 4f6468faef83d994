/**
 * The dictionaries notes are checked with on Windows and Linux (macOS uses the system's own checker
 * and ignores this): the system's language, then Italian and English, the languages the app reads,
 * as far as Electron has them. Electron's default is the system's language alone, which would mark
 * every word of an Italian note on an English system.
 */
export function chooseSpellCheckerLanguages(available: readonly string[], systemLocale: string): string[] {
  const wanted = [systemLocale, systemLocale.split('-')[0]!, 'it', 'it-IT', 'en-US', 'en-GB']
  const offered = new Set(available)
  const chosen = [...new Set(wanted.filter((language) => offered.has(language)))]
  // One Italian and one English dictionary are enough; more slow every keystroke's check.
  return chosen.filter((language, index) => chosen.findIndex((other) => other.split('-')[0] === language.split('-')[0]) === index)
}
