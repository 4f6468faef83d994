import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test as base } from '@playwright/test'
import { LibraryService } from '../src/main/app/library-service'
import { startBridgeServer, type BridgeServer } from './support/bridge-server'
import { installBridge } from './support/install-bridge'
import { LibraryPage } from './pages/library-page'

export const sampleLibrary = resolve('resources/sample-library')
const rendererDir = resolve('out/renderer')
/** The parse worker as the app ships it (built with the renderer by `electron-vite build`), not compiled from source at each start. */
const parseWorkerUrl = pathToFileURL(resolve('out/main/parse-worker.js'))

interface Fixtures {
  /** A temporary copy of the sample articles, the test's own to change. */
  libraryDir: string
  /** What the system folder dialog "chooses" next; null means the user cancels. */
  folderPicker: { next: string | null }
  /** The system save dialog's next answer (null: cancelled), and what was put on the clipboard. */
  desktop: { nextExportPath: string | null; clipboard: string[]; suggestedNames: string[] }
  service: LibraryService
  bridge: BridgeServer
  libraryPage: LibraryPage
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  libraryDir: async ({}, use) => {
    const workDir = await mkdtemp(join(tmpdir(), 'riscontro-e2e-'))
    const libraryDir = join(workDir, 'Rassegna Corea')
    await cp(sampleLibrary, libraryDir, { recursive: true })
    await use(libraryDir)
    await rm(workDir, { recursive: true, force: true })
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  folderPicker: async ({}, use) => {
    await use({ next: null })
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  desktop: async ({}, use) => {
    await use({ nextExportPath: null, clipboard: [], suggestedNames: [] })
  },
  service: async ({ libraryDir }, use) => {
    // Each test gets its own data folder, as RISCONTRO_DATA_DIR gives the app.
    const dataDir = join(libraryDir, '..', 'data')
    // The specs select by English text: the "system" speaks English unless a spec switches the interface.
    const service = new LibraryService({ dataDir, sampleFolder: sampleLibrary, watch: true, systemLanguages: ['en-US'], parseWorkerUrl })
    await use(service)
    await service.close()
  },
  bridge: async ({ service, folderPicker, desktop, browser }, use) => {
    const bridge = await startBridgeServer({
      service,
      rendererDir,
      effects: {
        chooseFolder: async () => folderPicker.next,
        chooseExportPath: async (suggestedName) => {
          desktop.suggestedNames.push(suggestedName)
          return desktop.nextExportPath
        },
        writeClipboard: (text) => desktop.clipboard.push(text),
        // The app prints with Electron's webContents.printToPDF; here the same Chromium engine prints the same HTML.
        printToPdf: async (html) => {
          const page = await browser.newPage()
          try {
            await page.setContent(html)
            return await page.pdf({ preferCSSPageSize: true, printBackground: true })
          } finally {
            await page.close()
          }
        }
      }
    })
    await use(bridge)
    await bridge.close()
  },
  libraryPage: async ({ page, bridge }, use) => {
    await page.addInitScript(installBridge)
    await use(new LibraryPage(page, bridge.url))
  }
})

export { expect } from '@playwright/test'
