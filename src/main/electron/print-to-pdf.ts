import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { hardenWindow } from './harden-window'

/**
 * Prints the HTML report to PDF with Electron's `webContents.printToPDF`, in a hidden window that
 * runs no script (the report has none) and may not navigate. The report is loaded from a temporary
 * file rather than a data: URL, which Chromium caps in length.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'riscontro-print-'))
  const window = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } })
  hardenWindow(window)
  try {
    const page = join(folder, 'report.html')
    await writeFile(page, html)
    await window.loadFile(page)
    return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }))
  } finally {
    window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}
