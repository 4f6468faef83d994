import { session, type BrowserWindow } from 'electron'
import { APP_ORIGIN } from '../desktop/app-protocol'

/**
 * Electron's security checklist, applied to every window: no navigation away from our page, no new
 * windows, no permission prompts (camera, notifications…), and nothing handed to the OS to open.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
export function hardenWindow(window: BrowserWindow): void {
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
}

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  // The app is offline by design: refuse any request that is not our own bundled files (served as
  // app://riscontro/, never file://) or the dev server.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url
    const allowed = url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || isDevServer(url)
    callback({ cancel: !allowed })
  })
}

function isDevServer(url: string): boolean {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  return devUrl !== undefined && url.startsWith(new URL(devUrl).origin)
}
