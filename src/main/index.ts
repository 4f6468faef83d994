import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, clipboard, dialog, Menu } from 'electron'
import { eventChannels } from '../shared/api'
import { createRequestHandlers } from './api/request-handlers'
import { buildApplicationMenu } from './electron/application-menu'
import { hardenSession, hardenWindow } from './electron/harden-window'
import { registerIpc } from './electron/register-ipc'
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
  const chooseExportPath = async (suggestedName: string): Promise<string | null> => {
    const result = await dialog.showSaveDialog(window, {
      title: 'Export the comparison as Markdown',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'Markdown', extensions: ['md'] }]
    })
    return result.canceled ? null : (result.filePath ?? null)
  }
  const handlers = createRequestHandlers(service, { chooseFolder, chooseExportPath, writeClipboard: (text) => clipboard.writeText(text) })
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
  await app.whenReady()
  hardenSession()
  const service = new LibraryService({ dataDir, sampleFolder: sampleFolder(), watch: true })
  // The library opens while the window loads; the renderer asks for it or receives `libraryOpened`.
  void service.start()
  await createWindow(service)
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(service)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', () => void service.close())
}

void main()
