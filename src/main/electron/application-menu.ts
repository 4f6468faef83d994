import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RecentFolder } from '../../shared/api'

export interface MenuActions {
  openFolder(): void
  openRecent(folder: string): void
  openSample(): void
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
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(process.env.ELECTRON_RENDERER_URL ? [{ role: 'toggleDevTools' } as MenuItemConstructorOptions] : [])
      ]
    },
    { role: 'windowMenu' }
  ]
  return Menu.buildFromTemplate(template)
}
