import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { eventChannels, requestChannels, type RiscontroRequests } from '../../shared/api'
import { settleRequest, type RequestHandlers } from '../api/request-handlers'
import type { LibraryService } from '../library/library-service'

/**
 * Only our own page, in the window's top frame, may call main: a frame or page that got in by
 * accident (an iframe, a navigation we failed to block) is refused before any argument is read.
 */
function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow, rendererUrl: string): boolean {
  const frame = event.senderFrame
  if (!frame || frame !== window.webContents.mainFrame) return false
  try {
    const sender = new URL(frame.url)
    const expected = new URL(rendererUrl)
    return sender.protocol === expected.protocol && sender.host === expected.host && sender.pathname === expected.pathname
  } catch {
    return false
  }
}

/** Wires each request channel to its handler and forwards the service's events to the window. */
export function registerIpc(window: BrowserWindow, rendererUrl: string, handlers: RequestHandlers, service: LibraryService): () => void {
  const names = Object.keys(requestChannels) as Array<keyof RiscontroRequests>
  for (const name of names) {
    const handler: (...args: unknown[]) => Promise<unknown> = handlers[name]
    ipcMain.handle(requestChannels[name], (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, window, rendererUrl)) return { ok: false, error: 'Request refused: unknown sender.' }
      return settleRequest(() => handler(...args))
    })
  }
  const unsubscribe = service.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannels[event.name], event.payload)
  })
  return () => {
    unsubscribe()
    for (const name of names) ipcMain.removeHandler(requestChannels[name])
  }
}
