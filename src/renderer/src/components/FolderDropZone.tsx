import { useTranslation } from 'react-i18next'
import { useState, type ReactNode } from 'react'
import { useAppStore } from '../store/app-store'

/** Dropping a folder anywhere on the window opens it as the library. */
export function FolderDropZone({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState(false)
  const openDroppedFolder = useAppStore((state) => state.openDroppedFolder)
  const showProblem = useAppStore((state) => state.showProblem)

  const onDrop = (event: React.DragEvent): void => {
    // Only a drag from the file manager carries files; a figure dragged between rows is not a folder.
    if (!event.dataTransfer.types.includes('Files')) return
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    const askForFolder = (): void => showProblem(t('problems.dropFolder'))
    if (!file) return askForFolder()
    // Main checks that it is a folder and says so when it is a file.
    void openDroppedFolder(file).then((hadPath) => {
      if (!hadPath) askForFolder()
    })
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
          {t('problems.dropOverlay')}
        </div>
      )}
    </div>
  )
}
