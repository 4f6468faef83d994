import type { StateCreator } from 'zustand'
import type { UiLanguageChoice, Unsubscribe } from '../../../shared/contract'
import type { UiLanguage } from '../../../shared/i18n/languages'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import { i18n } from '../lib/i18n'
import type { AppState } from './app-store'

export interface LanguageSlice {
  /** The interface's language and the user's choice (null: the system's), as main keeps them. */
  uiLanguage: UiLanguageChoice
  /** Takes main's language and follows its changes (the View → Language menu, another window). */
  connectUiLanguage(): Unsubscribe
  /** Switches the interface at once and saves the choice; null follows the system's language again. */
  chooseUiLanguage(language: UiLanguage | null): Promise<void>
}

export const createLanguageSlice: StateCreator<AppState, [], [], LanguageSlice> = (set, get) => {
  const apply = (choice: UiLanguageChoice): void => {
    set({ uiLanguage: choice })
    if (i18n.language !== choice.language) void i18n.changeLanguage(choice.language)
  }
  return {
    uiLanguage: { language: i18n.language as UiLanguage, chosen: null },

    connectUiLanguage() {
      const api = getBridge()
      const unsubscribe = api.onUiLanguageChanged(apply)
      void api.getUiLanguage().then(apply, (error: unknown) => get().showProblem(describeError(error)))
      return unsubscribe
    },

    async chooseUiLanguage(language) {
      try {
        apply(await getBridge().setUiLanguage(language))
      } catch (error) {
        get().showProblem(describeError(error))
      }
    }
  }
}
