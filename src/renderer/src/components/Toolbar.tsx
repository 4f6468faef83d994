import { useAppStore } from '../store/app-store'
import { RecentFoldersMenu } from './RecentFoldersMenu'

export function Toolbar() {
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
        title={sidebarCollapsed ? 'Show the library list' : 'Hide the library list, giving the comparison its width'}
        onClick={() => setSidebarCollapsed(!sidebarCollapsed)}
      >
        Library
      </button>
      <span className="app-name">Riscontro</span>
      <div className="library-title" title={library?.folder}>
        {library ? (
          <>
            <span className="library-name">{library.name}</span>
            {!library.isSample && <span className="library-path">{library.folder}</span>}
          </>
        ) : (
          <span className="library-path">{opening ? 'Opening library…' : 'No library open'}</span>
        )}
      </div>
      <div className="view-switch" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
          Read
        </button>
        <button type="button" aria-pressed={view === 'compare'} onClick={() => setView('compare')}>
          Compare
        </button>
      </div>
      <div className="toolbar-actions">
        <button type="button" onClick={() => void chooseFolder()} title="Open a folder of articles (Ctrl/Cmd+O)">
          Open folder…
        </button>
        <RecentFoldersMenu />
      </div>
    </header>
  )
}
