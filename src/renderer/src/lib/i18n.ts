import { useTranslation } from 'react-i18next'
import { describeIn, type Describer } from '../../../shared/i18n/describe'
import { pickUiLanguage, type UiLanguage } from '../../../shared/i18n/languages'
import { createI18n } from '../../../shared/i18n/translator'

/**
 * The page's i18next instance. It starts in the browser's language so the first paint is already
 * in the right one; main's answer (the user's setting, or the system's language) follows at once.
 */
// Store tests import this module in Node, which has neither a navigator's languages nor a document.
export const i18n = createI18n(pickUiLanguage(globalThis.navigator?.languages ?? []))

// Screen readers and the spellchecker read <html lang>: it follows the interface.
const setPageLanguage = (language: string): void => {
  if (globalThis.document) document.documentElement.lang = language
}
setPageLanguage(i18n.language)
i18n.on('languageChanged', setPageLanguage)

/** Figures, dates and verdicts in the interface's language; components using it redraw when it changes. */
export function useDescribe(): Describer {
  const { i18n: current } = useTranslation()
  return describeIn(current.language as UiLanguage)
}
