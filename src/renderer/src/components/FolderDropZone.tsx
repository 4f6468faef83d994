import { useState, type ReactNode } from 'react'
import { getApi } from '../lib/api'
import { useAppStore } from '../store/app-store'

/** Dropping a folder anywhere on the window opens it as the library. */
export function FolderDropZone({ children }: { children: ReactNode }) {
  const [dragging, setDragging] = useState(false)
  const openFolder = useAppStore((state) => state.openFolder)
  const showProblem = useAppStore((state) => state.showProblem)

  const onDrop = (event: React.DragEvent): void => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    const path = file ? getApi().pathForDroppedFile(file) : null
    if (!path) {
      showProblem('Drop a folder from your file manager to open it as the library.')
      return
    }
    // Main checks that it is a folder and says so when it is a file.
    void openFolder(path)
  }

  return (
    <div
      className="drop-zone"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
        setDragging(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target || !event.currentTarget.contains(event.relatedTarget as Node)) setDragging(false)
      }}
      onDrop={onDrop}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a folder to open it
        </div>
      )}
    </div>
  )
}
