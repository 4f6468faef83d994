import { useTranslation } from 'react-i18next'
import { useEffect, useRef, useState } from 'react'
import { useAppStore } from '../store/app-store'

/** "Recent" menu: the folders opened before, and the bundled sample articles. */
export function RecentFoldersMenu() {
  const { t } = useTranslation()
  const recentFolders = useAppStore((state) => state.recentFolders)
  const openRecentFolder = useAppStore((state) => state.openRecentFolder)
  const openSampleLibrary = useAppStore((state) => state.openSampleLibrary)
  const [open, setOpen] = useState(false)
  const containerRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    containerRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const closeOnOutsideClick = (event: MouseEvent): void => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', closeOnOutsideClick)
    return () => document.removeEventListener('mousedown', closeOnOutsideClick)
  }, [open])

  const choose = (action: () => Promise<void>): void => {
    setOpen(false)
    buttonRef.current?.focus()
    void action()
  }

  const onMenuKeyDown = (event: React.KeyboardEvent): void => {
    const items = [...(containerRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const index = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape') {
      setOpen(false)
      buttonRef.current?.focus()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(index + step + items.length) % items.length]?.focus()
    }
  }

  return (
    <div className="menu-container" ref={containerRef}>
      <button type="button" ref={buttonRef} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('recent.button')}
      </button>
      {open && (
        <div role="menu" aria-label={t('recent.menu')} className="menu" onKeyDown={onMenuKeyDown}>
          {recentFolders.length === 0 && <div className="menu-empty">{t('recent.empty')}</div>}
          {recentFolders.map((recent) => (
            <button type="button" role="menuitem" key={recent.folder} title={recent.folder} onClick={() => choose(() => openRecentFolder(recent.folder))}>
              <span className="menu-item-name">{recent.name}</span>
              <span className="menu-item-detail">{recent.folder}</span>
            </button>
          ))}
          <hr />
          <button type="button" role="menuitem" onClick={() => choose(openSampleLibrary)}>
            <span className="menu-item-name">{t('recent.sample')}</span>
            <span className="menu-item-detail">{t('recent.sampleDetail')}</span>
          </button>
        </div>
      )}
    </div>
  )
}
