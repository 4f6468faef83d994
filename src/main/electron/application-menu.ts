import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RecentFolder } from '../../shared/api'

export interface MenuActions {
  openFolder(): void
  openRecent(folder: string): void
  openSample(): void
  showReadme(): void
  showKeyboardShortcuts(): void
  showAbout(): void
}

/**
 * On macOS a menu accelerator takes its keys before the page sees them, so the Edit menu's Cmd+Z
 * would only undo typing and never reach the comparison's undo of corrections. There the accelerator
 * is shown but not registered: the key goes to the page, whose handler undoes a correction, and in a
 * text field Chromium's own editing undoes the typing. Elsewhere Ctrl+Z is not a menu shortcut and
 * reaches the page anyway.
 */
function editMenu(isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo', registerAccelerator: !isMac },
      { role: 'redo', registerAccelerator: !isMac },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }
}

/** Rebuilt whenever the recent folders change, so "Open Recent" is always current. */
export function buildApplicationMenu(recent: RecentFolder[], actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        {
          label: 'Open Recent',
          enabled: recent.length > 0,
          submenu: recent.map((entry) => ({ label: entry.folder, click: () => actions.openRecent(entry.folder) }))
        },
        { label: 'Sample Articles', click: () => actions.openSample() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    editMenu(isMac),
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(process.env.ELECTRON_RENDERER_URL ? [{ role: 'toggleDevTools' } as MenuItemConstructorOptions] : [])
      ]
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [
        { label: 'Riscontro Guide (README)', click: () => actions.showReadme() },
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => actions.showKeyboardShortcuts() },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: 'About Riscontro', click: () => actions.showAbout() }])
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}
