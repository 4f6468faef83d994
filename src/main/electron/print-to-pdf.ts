import { randomUUID } from 'node:crypto'
import { BrowserWindow, session } from 'electron'
import { APP_SCHEME } from '../desktop/app-protocol'
import { hardenWindow } from './harden-window'

/** No `persist:` prefix: the print session lives in memory only and shares nothing with the app's page. */
const PRINT_PARTITION = 'riscontro-print'
const REPORT_ORIGIN = `${APP_SCHEME}://report`

/**
 * Prints the HTML report to PDF with Electron's `webContents.printToPDF`, in a hidden window that
 * runs no script (the report has none) and may not navigate. The report is served from memory by
 * the print session's own `app://report/<id>` handler: a data: URL is capped in length by Chromium,
 * and a temporary `file://` page is what the app no longer loads.
 */
export function createPdfPrinter(): (html: string) => Promise<Uint8Array> {
  const reports = new Map<string, string>()
  let printSession: Electron.Session | null = null
  const openPrintSession = (): Electron.Session => {
    if (printSession) return printSession
    const opened = session.fromPartition(PRINT_PARTITION)
    opened.protocol.handle(APP_SCHEME, (request) => {
      const html = reports.get(new URL(request.url).pathname.slice(1))
      return html === undefined ? new Response(null, { status: 404 }) : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
    })
    // The report is self-contained: anything else it might ask for is refused.
    opened.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith(`${REPORT_ORIGIN}/`) }))
    printSession = opened
    return opened
  }
  return async (html) => {
    const id = randomUUID()
    reports.set(id, html)
    const window = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: openPrintSession() }
    })
    hardenWindow(window)
    try {
      await window.loadURL(`${REPORT_ORIGIN}/${id}`)
      return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }))
    } finally {
      reports.delete(id)
      window.destroy()
    }
  }
}
