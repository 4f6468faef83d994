import { useTranslation } from 'react-i18next'
import { LanguageSelect } from './LanguageSelect'
import { useAppStore } from '../store/app-store'
import { RecentFoldersMenu } from './RecentFoldersMenu'

export function Toolbar() {
  const { t } = useTranslation()
  const library = useAppStore((state) => state.library)
  const opening = useAppStore((state) => state.opening)
  const chooseFolder = useAppStore((state) => state.chooseFolder)
  const view = useAppStore((state) => state.view)
  const setView = useAppStore((state) => state.setView)
  const sidebarCollapsed = useAppStore((state) => state.sidebarCollapsed)
  const setSidebarCollapsed = useAppStore((state) => state.setSidebarCollapsed)

  return (
    <header className="toolbar">
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={!sidebarCollapsed}
        aria-controls={sidebarCollapsed ? undefined : 'library-sidebar'}
        title={sidebarCollapsed ? t('toolbar.showLibrary') : t('toolbar.hideLibrary')}
        onClick={() => setSidebarCollapsed(!sidebarCollapsed)}
      >
        {t('toolbar.library')}
      </button>
      <span className="app-name">{t('app.name')}</span>
      <div className="library-title" title={library?.folder}>
        {library ? (
          <>
            <span className="library-name">{library.isSample ? t('recent.sample') : library.name}</span>
            {!library.isSample && <span className="library-path">{library.folder}</span>}
          </>
        ) : (
          <span className="library-path">{opening ? t('toolbar.opening') : t('toolbar.noLibrary')}</span>
        )}
      </div>
      <div className="view-switch" role="group" aria-label={t('toolbar.view')}>
        <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
          {t('toolbar.read')}
        </button>
        <button type="button" aria-pressed={view === 'compare'} onClick={() => setView('compare')}>
          {t('toolbar.compare')}
        </button>
      </div>
      <div className="toolbar-actions">
        <button type="button" onClick={() => void chooseFolder()} title={t('toolbar.openFolderTitle')}>
          {t('toolbar.openFolder')}
        </button>
        <RecentFoldersMenu />
        <LanguageSelect />
      </div>
    </header>
  )
}
