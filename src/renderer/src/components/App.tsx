import { useEffect, useRef } from 'react'
import { flushSync } from 'react-dom'
import { useAppStore } from '../store/app-store'
import { persistWorkspace } from '../store/persist-workspace'
import { CompareView } from './CompareView'
import { FolderDropZone } from './FolderDropZone'
import { IndexProgressBar } from './IndexProgressBar'
import { LibrarySidebar } from './LibrarySidebar'
import { ProblemBanner } from './ProblemBanner'
import { ReadingPane } from './ReadingPane'
import { Toolbar } from './Toolbar'
import { describeError } from '../lib/describe-error'

export function App() {
  const connectLibrary = useAppStore((state) => state.connectLibrary)
  const view = useAppStore((state) => state.view)
  const sidebarCollapsed = useAppStore((state) => state.sidebarCollapsed)
  const filterRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    try {
      return connectLibrary()
    } catch (error) {
      useAppStore.getState().showProblem(describeError(error))
    }
  }, [connectLibrary])

  useEffect(() => useAppStore.getState().connectUiLanguage(), [])

  useEffect(() => persistWorkspace(), [])

  useEffect(() => {
    // A note typed just before the window closes or reloads is sent at once: the request leaves
    // before the page is gone, and main finishes writing it.
    const flush = (): void => void useAppStore.getState().flushNotes()
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [])

  useEffect(() => {
    // Ctrl/Cmd+F filters the library, as in every list-based desktop app.
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        // A folded sidebar unfolds first, drawn at once, so the keys typed next reach its search box.
        if (useAppStore.getState().sidebarCollapsed) flushSync(() => useAppStore.getState().setSidebarCollapsed(false))
        filterRef.current?.focus()
        filterRef.current?.select()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <FolderDropZone>
      <div className="app">
        <Toolbar />
        <IndexProgressBar />
        <ProblemBanner />
        <div className="workspace">
          {!sidebarCollapsed && <LibrarySidebar filterRef={filterRef} />}
          {view === 'compare' ? <CompareView /> : <ReadingPane />}
        </div>
      </div>
    </FolderDropZone>
  )
}
