import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/app-store'

/**
 * The first start: what Riscontro does in three steps, each with its button, and the sample
 * articles one click away. Shown in the reading pane until the user opens a folder of their own.
 */
export function WelcomeScreen() {
  const { t } = useTranslation()
  const library = useAppStore((state) => state.library)
  const chooseFolder = useAppStore((state) => state.chooseFolder)
  const openSampleLibrary = useAppStore((state) => state.openSampleLibrary)
  const compareWholeLibrary = useAppStore((state) => state.compareWholeLibrary)
  const sampleOpen = library?.isSample === true
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="muted">{t('welcome.intro')}</p>
      <ol className="welcome-steps">
        <li>
          <h2>{t('welcome.openTitle')}</h2>
          <p>{t('welcome.openText')}</p>
          <button type="button" className="primary" onClick={() => void chooseFolder()}>
            {t('toolbar.openFolder')}
          </button>
        </li>
        <li>
          <h2>{t('welcome.readTitle')}</h2>
          <p>{t('welcome.readText')}</p>
        </li>
        <li>
          <h2>{t('welcome.compareTitle')}</h2>
          <p>{t('welcome.compareText')}</p>
          {sampleOpen ? (
            <button type="button" onClick={() => void compareWholeLibrary()}>
              {t('welcome.compareSample')}
            </button>
          ) : (
            <button type="button" onClick={() => void openSampleLibrary()}>
              {t('welcome.openSample')}
            </button>
          )}
        </li>
      </ol>
    </section>
  )
}
