import { useTranslation } from 'react-i18next'
import { isUiLanguage, uiLanguages } from '../../../shared/i18n/languages'
import { useAppStore } from '../store/app-store'

const SYSTEM = 'system'

/** The interface language: the system's, or one the user picks; the page switches at once and main saves the choice. */
export function LanguageSelect() {
  const { t } = useTranslation()
  const chosen = useAppStore((state) => state.uiLanguage.chosen)
  const chooseUiLanguage = useAppStore((state) => state.chooseUiLanguage)
  return (
    <select
      className="language-select"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={chosen ?? SYSTEM}
      onChange={(event) => {
        const value = event.target.value
        void chooseUiLanguage(isUiLanguage(value) ? value : null)
      }}
    >
      <option value={SYSTEM}>{t('language.system')}</option>
      {uiLanguages.map((language) => (
        // Each language is named in itself, so a user lost in the other one still finds theirs.
        <option key={language} value={language} lang={language}>
          {t(`language.${language}`)}
        </option>
      ))}
    </select>
  )
}
