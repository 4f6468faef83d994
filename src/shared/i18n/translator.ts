import { createInstance, type i18n, type TFunction } from 'i18next'
import { en } from './en'
import { it } from './it'
import type { UiLanguage } from './languages'

export const resources = { en: { translation: en }, it: { translation: it } } as const

/**
 * An i18next instance holding both languages, ready at once (the resources are bundled, nothing is
 * loaded). Plurals use Intl.PluralRules: keys end in `_one` / `_other` (Italian's `many` falls back to `_other`).
 */
export function createI18n(language: UiLanguage): i18n {
  const instance = createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    // React and the export writers escape what they render; i18next must not escape it twice.
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return instance
}

export type Translate = TFunction

/** The translation function of one language, for main's menus, dialogs and the exports. */
export function createTranslator(language: UiLanguage): Translate {
  return createI18n(language).t
}
