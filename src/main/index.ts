import { extname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, clipboard, dialog, Menu } from 'electron'
import { eventChannels } from '../shared/api'
import { DEEP_LINK_SCHEME, findDeepLinkArgument, parseDeepLink } from '../shared/deep-link'
import { createRequestHandlers } from './api/request-handlers'
import { buildApplicationMenu } from './electron/application-menu'
import { hardenSession, hardenWindow } from './electron/harden-window'
import { printHtmlToPdf } from './electron/print-to-pdf'
import { registerIpc } from './electron/register-ipc'
import { suggestExportPath } from './export/export-path'
import { APP_NAME } from './library/data-dir'
import { LibraryService } from './library/library-service'

const here = fileURLToPath(new URL('.', import.meta.url))

app.setName(APP_NAME)
// Tests point the app at a throwaway data folder; users get the platform's own, the same folder
// resolveDataDir gives the CLI (…/Riscontro), so both share the index.
const dataDir = process.env.RISCONTRO_DATA_DIR || app.getPath('userData')
app.setPath('userData', dataDir)

function sampleFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'sample-library') : join(app.getAppPath(), 'resources', 'sample-library')
}

/** The save dialog's file type, by the extension of the name it suggests. */
const EXPORT_FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.csv': { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.html': { name: 'HTML report', extensions: ['html'] },
  '.pdf': { name: 'PDF report', extensions: ['pdf'] }
}

/**
 * `riscontro://` links (see src/shared/deep-link.ts) reach the app as an `open-url` event on macOS,
 * and on Windows and Linux as an argument of a new launch, which the single-instance lock turns into
 * `second-instance` here. The packaged app registers the scheme with the system
 * (`setAsDefaultProtocolClient`; the installer's protocol entry does the same); a development run
 * registers the Electron binary with this app's path.
 */
function registerLinkScheme(): void {
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])])
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
}

async function openLink(service: LibraryService, url: string): Promise<void> {
  const window = BrowserWindow.getAllWindows()[0]
  const report = (message: string): void => {
    window?.webContents.send(eventChannels.libraryProblem, { generation: 0, message })
  }
  const link = parseDeepLink(url)
  if (!link) {
    report('That riscontro:// link is damaged or not one Riscontro writes, so it was not followed.')
    return
  }
  window?.show()
  window?.focus()
  const confirmOpenLibrary = async (folder: string): Promise<boolean> => {
    const options = {
      type: 'question' as const,
      buttons: ['Open library', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
      message: 'Open the library this link points into?',
      detail: `The link shows a figure in ${folder}, which is not the library open now.`
    }
    const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
    return answer.response === 0
  }
  try {
    const outcome = await service.openLink(link, confirmOpenLibrary)
    if (outcome.status === 'missing') report(outcome.message)
  } catch (error) {
    report(error instanceof Error ? error.message : String(error))
  }
}

async function createWindow(service: LibraryService): Promise<void> {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: APP_NAME,
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  hardenWindow(window)

  const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href
  const chooseFolder = async (): Promise<string | null> => {
    const result = await dialog.showOpenDialog(window, { title: 'Open a folder of articles', properties: ['openDirectory'] })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  const chooseExportPath = async (suggestedName: string, libraryFolder: string): Promise<string | null> => {
    const filter = EXPORT_FILTERS[extname(suggestedName).toLowerCase()] ?? EXPORT_FILTERS['.md']!
    const result = await dialog.showSaveDialog(window, {
      title: `Export the comparison as ${filter.name}`,
      defaultPath: suggestExportPath([app.getPath('documents'), app.getPath('home')], libraryFolder, suggestedName),
      filters: [filter]
    })
    return result.canceled ? null : (result.filePath ?? null)
  }
  const handlers = createRequestHandlers(service, {
    chooseFolder,
    chooseExportPath,
    writeClipboard: (text) => clipboard.writeText(text),
    printToPdf: printHtmlToPdf
  })
  const unregister = registerIpc(window, rendererUrl, handlers, service)

  const showError = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error)
    window.webContents.send(eventChannels.libraryProblem, { generation: service.getLibrary()?.generation ?? 0, message })
  }
  const refreshMenu = async (): Promise<void> => {
    const recent = await service.listRecentFolders()
    Menu.setApplicationMenu(
      buildApplicationMenu(recent, {
        openFolder: () => void handlers.chooseFolder().catch(showError),
        openRecent: (folder) => void service.openFolder(folder).catch(showError),
        openSample: () => void service.openSampleLibrary().catch(showError)
      })
    )
  }
  const stopMenuUpdates = service.subscribe((event) => {
    if (event.name === 'libraryOpened') void refreshMenu()
  })
  await refreshMenu()

  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    stopMenuUpdates()
    unregister()
  })
  if (process.env.ELECTRON_RENDERER_URL) await window.loadURL(rendererUrl)
  else await window.loadFile(join(here, '../renderer/index.html'))
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  registerLinkScheme()
  // macOS may deliver the link that launched the app before it is ready: kept until the window is.
  let service: LibraryService | null = null
  let launchLink = findDeepLinkArgument(process.argv)
  app.on('open-url', (event, url) => {
    event.preventDefault()
    if (service) void openLink(service, url)
    else launchLink = url
  })
  await app.whenReady()
  hardenSession()
  const started = new LibraryService({ dataDir, sampleFolder: sampleFolder(), watch: true })
  service = started
  // The library opens while the window loads; the renderer asks for it or receives `libraryOpened`,
  // and asks for the start's problems (a store that cannot be read) when none could be opened.
  const starting = started.start()
  await createWindow(started)
  if (launchLink) {
    const link = launchLink
    // Followed once the last library is open (or failed to open), so the link can compare against it.
    void starting.catch(() => undefined).then(() => openLink(started, link))
  }
  app.on('second-instance', (_event, argv) => {
    BrowserWindow.getAllWindows()[0]?.focus()
    const link = findDeepLinkArgument(argv)
    if (link) void openLink(started, link)
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(started)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', () => void started.close())
}

void main()
