import { ipcMain, type BrowserWindow } from 'electron'
import { eventChannels, requestChannels, type RequestOutcome, type RiscontroRequests } from '../../shared/contract'
import { userMessage } from '../../shared/i18n/user-message'
import { isTrustedSender } from '../desktop/trusted-sender'
import { settleRequest, type RequestHandlers } from '../api/request-handlers'
import type { LibraryService } from '../app/library-service'

/** Wires each request channel to its handler and forwards the service's events to the window. */
export function registerIpc(window: BrowserWindow, rendererUrl: string, handlers: RequestHandlers, service: LibraryService): () => void {
  const names = Object.keys(requestChannels) as Array<keyof RiscontroRequests>
  for (const name of names) {
    const handler: (...args: unknown[]) => Promise<unknown> = handlers[name]
    ipcMain.handle(requestChannels[name], (event, ...args: unknown[]) => {
      const frame = event.senderFrame
      const sender = { frameUrl: frame?.url, isTopFrame: frame === window.webContents.mainFrame }
      if (!isTrustedSender(sender, rendererUrl)) return { ok: false, error: userMessage('unknownSender') } satisfies RequestOutcome<never>
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
