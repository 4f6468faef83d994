/**
 * Word lists written as "singular|plural" ("soldier|soldiers"), turned into i18next's plural keys
 * (`soldier_one`, `soldier_other`): the counted things and time units read out after a figure.
 */
export function pluralWords(words: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(words).flatMap(([key, forms]) => {
      const [one = forms, other = one] = forms.split('|')
      return [
        [`${key}_one`, one],
        [`${key}_other`, other]
      ]
    })
  )
}
