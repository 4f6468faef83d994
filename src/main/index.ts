import { stat } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, clipboard, dialog, Menu, screen, session, shell } from 'electron'
import { eventChannels, type ContextMenuTarget } from '../shared/contract'
import { DEEP_LINK_SCHEME, findDeepLinkArgument, parseDeepLink } from '../shared/deep-link'
import { createRequestHandlers } from './api/request-handlers'
import { APP_ID } from './desktop/app-identity'
import { AppLog, describeLoggedError } from './desktop/app-log'
import { APP_PAGE_URL } from './desktop/app-protocol'
import { formatKeyboardShortcuts } from './desktop/keyboard-shortcuts'
import { findFolderArgument } from './desktop/launch-arguments'
import { chooseSpellCheckerLanguages } from './desktop/spellcheck-languages'
import { createQuitGuard } from './desktop/quit-guard'
import { fitWindowToScreens, loadWindowState, MINIMUM_WINDOW_SIZE, saveWindowState } from './desktop/window-state'
import { buildApplicationMenu } from './electron/application-menu'
import { attachContextMenu } from './electron/context-menu'
import { hardenSession, hardenWindow } from './electron/harden-window'
import { createPdfPrinter } from './electron/print-to-pdf'
import { registerIpc } from './electron/register-ipc'
import { registerAppScheme, serveAppProtocol } from './electron/serve-app-protocol'
import { watchProcesses } from './electron/watch-processes'
import { claimToMarkdown } from './export/claim-markdown'
import { suggestExportPath } from './export/export-path'
import { APP_NAME } from './storage/data-dir'
import { LibraryService } from './app/library-service'
import { createTranslator, type Translate } from '../shared/i18n/translator'
import { pickUiLanguage } from '../shared/i18n/languages'
import { userMessage, type UserMessage } from '../shared/i18n/user-message'
import { userMessageOf } from './storage/library-error'
import type { LibraryProblem } from '../shared/model'

const here = fileURLToPath(new URL('.', import.meta.url))

app.setName(APP_NAME)
// Tests point the app at a throwaway data folder; users get the platform's own, the same folder
// resolveDataDir gives the CLI (…/Riscontro), so both share the index.
const dataDir = process.env.RISCONTRO_DATA_DIR || app.getPath('userData')
app.setPath('userData', dataDir)
// Windows groups the taskbar button and the installer's shortcut under this id (electron-builder.yml `appId`).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
registerAppScheme()

const log = new AppLog(join(dataDir, 'logs', 'riscontro.log'))
process.on('uncaughtException', (error) => void log.write('error', 'main', describeLoggedError(error)))
process.on('unhandledRejection', (reason) => void log.write('error', 'main', `Unhandled rejection: ${describeLoggedError(reason)}`))

/** Files the packaged app carries beside its archive (electron-builder.yml `extraResources`), or the checkout's. */
function bundledPath(...parts: string[]): string {
  return app.isPackaged ? join(process.resourcesPath, ...parts) : join(app.getAppPath(), ...parts)
}

function sampleFolder(): string {
  return app.isPackaged ? bundledPath('sample-library') : bundledPath('resources', 'sample-library')
}

/** The save dialog's file types (named in the interface's language, `fileTypes.*`), by the extension of the name it suggests. */
const EXPORT_EXTENSIONS = ['md', 'csv', 'xlsx', 'json', 'html', 'pdf'] as const
type ExportExtension = (typeof EXPORT_EXTENSIONS)[number]

function exportExtension(suggestedName: string): ExportExtension {
  const extension = extname(suggestedName).slice(1).toLowerCase()
  return EXPORT_EXTENSIONS.find((known) => known === extension) ?? 'md'
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

function reportProblem(problem: UserMessage): void {
  const payload: LibraryProblem = { generation: 0, ...problem }
  BrowserWindow.getAllWindows()[0]?.webContents.send(eventChannels.libraryProblem, payload)
}

/** Brings the window to the front, restored if it was minimized (a second launch, a link, a folder dropped on the icon). */
function bringWindowForward(): void {
  const window = BrowserWindow.getAllWindows()[0]
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

async function openLink(service: LibraryService, url: string): Promise<void> {
  const window = BrowserWindow.getAllWindows()[0]
  const link = parseDeepLink(url)
  if (!link) {
    reportProblem(userMessage('linkDamaged'))
    return
  }
  bringWindowForward()
  const confirmOpenLibrary = async (folder: string): Promise<boolean> => {
    const t = createTranslator((await service.getUiLanguage()).language)
    const options = {
      type: 'question' as const,
      buttons: [t('menu.openLinkedLibrary'), t('menu.cancel')],
      defaultId: 0,
      cancelId: 1,
      message: t('menu.openLinkedLibraryQuestion'),
      detail: t('menu.openLinkedLibraryDetail', { folder })
    }
    const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
    return answer.response === 0
  }
  try {
    const outcome = await service.openLink(link, confirmOpenLibrary)
    if (outcome.status === 'missing') reportProblem(outcome.message)
  } catch (error) {
    reportProblem(userMessageOf(error))
  }
}

/** A folder given on the command line or dropped on the app's icon; anything that is not a folder is reported. */
async function openLaunchFolder(service: LibraryService, folder: string): Promise<void> {
  bringWindowForward()
  const isFolder = await stat(folder).then((info) => info.isDirectory(), () => false)
  if (!isFolder) {
    reportProblem(userMessage('launchNotAFolder', { folder }))
    return
  }
  await service.openFolder(folder).catch((error: unknown) => reportProblem(userMessageOf(error)))
}

async function copyClaimAsMarkdown(service: LibraryService, target: ContextMenuTarget): Promise<void> {
  const library = service.getLibrary()
  if (!library) return
  const article = await service.readArticle(target.articleId)
  const claim = article.claims.find((candidate) => candidate.id === target.claimId)
  if (claim) clipboard.writeText(claimToMarkdown(claim, article.summary, library.folder))
}

/** Window size, position and maximized state are remembered across starts (fitted to the screens there are now). */
let pendingWindowSave: Promise<void> = Promise.resolve()

async function createWindow(service: LibraryService): Promise<void> {
  const displays = screen.getAllDisplays()
  const primary = screen.getPrimaryDisplay()
  const workAreas = [primary, ...displays.filter((display) => display.id !== primary.id)].map((display) => display.workArea)
  const remembered = fitWindowToScreens(await loadWindowState(dataDir), workAreas)
  const window = new BrowserWindow({
    ...remembered.bounds,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // On for the notes (a textarea); Chromium checks editable text only.
      spellcheck: true
    }
  })
  if (remembered.maximized) window.maximize()
  hardenWindow(window)
  // Menus, dialogs and notices speak the interface's language, and follow it when it changes.
  let t: Translate = createTranslator((await service.getUiLanguage()).language)
  const stopWatching = watchProcesses(window, log, () => t)
  window.on('close', () => {
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    pendingWindowSave = saveWindowState(dataDir, state).catch((error: unknown) => log.write('warn', 'main', `Window position not saved: ${describeLoggedError(error)}`))
  })

  const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL
  const chooseFolder = async (): Promise<string | null> => {
    const result = await dialog.showOpenDialog(window, { title: t('menu.chooseFolder'), properties: ['openDirectory'] })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  const chooseExportPath = async (suggestedName: string, libraryFolder: string): Promise<string | null> => {
    const extension = exportExtension(suggestedName)
    const filter = { name: t(`fileTypes.${extension}`), extensions: [extension] }
    const result = await dialog.showSaveDialog(window, {
      title: t('menu.exportAs', { format: filter.name }),
      defaultPath: suggestExportPath([app.getPath('documents'), app.getPath('home')], libraryFolder, suggestedName),
      filters: [filter]
    })
    return result.canceled ? null : (result.filePath ?? null)
  }
  const handlers = createRequestHandlers(service, {
    chooseFolder,
    chooseExportPath,
    writeClipboard: (text) => clipboard.writeText(text),
    printToPdf: createPdfPrinter()
  })
  const unregister = registerIpc(window, rendererUrl, handlers, service)
  const detachContextMenu = attachContextMenu(
    window,
    (target) => copyClaimAsMarkdown(service, target).catch((error: unknown) => reportProblem(userMessage('copyClaimFailed', { reason: describeLoggedError(error) }))),
    () => t
  )

  const showError = (error: unknown): void => {
    const payload: LibraryProblem = { generation: service.getLibrary()?.generation ?? 0, ...userMessageOf(error) }
    window.webContents.send(eventChannels.libraryProblem, payload)
  }
  const refreshMenu = async (): Promise<void> => {
    const recent = await service.listRecentFolders()
    const language = await service.getUiLanguage()
    Menu.setApplicationMenu(
      buildApplicationMenu(recent, language, t, {
        chooseLanguage: (chosen) => void service.setUiLanguage(chosen).catch(showError),
        openFolder: () => void handlers.chooseFolder().catch(showError),
        openRecent: (folder) => void service.openFolder(folder).catch(showError),
        openSample: () => void service.openSampleLibrary().catch(showError),
        showReadme: () => void shell.openPath(bundledPath('README.md')).then((failure) => failure && showError(failure)),
        showKeyboardShortcuts: () =>
          void dialog.showMessageBox(window, { type: 'info', message: t('menu.shortcuts'), detail: formatKeyboardShortcuts(process.platform, t), buttons: [t('menu.ok')] }),
        showAbout: () =>
          void dialog.showMessageBox(window, {
            type: 'info',
            message: `${APP_NAME} ${app.getVersion()}`,
            detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}\n${t('menu.logFile', { path: log.path })}`,
            buttons: [t('menu.ok')]
          })
      })
    )
  }
  const stopMenuUpdates = service.subscribe((event) => {
    if (event.name === 'libraryOpened') void refreshMenu()
    if (event.name === 'uiLanguageChanged') {
      t = createTranslator(event.payload.language)
      void refreshMenu()
    }
  })
  await refreshMenu()

  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    stopMenuUpdates()
    detachContextMenu()
    stopWatching()
    unregister()
  })
  await window.loadURL(rendererUrl)
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  registerLinkScheme()
  // macOS may deliver the link (or a folder dropped on the Dock icon) that launched the app before it
  // is ready: kept until the window is.
  let service: LibraryService | null = null
  let launchLink = findDeepLinkArgument(process.argv)
  let launchFolder = findFolderArgument(process.argv, { isDevelopmentRun: Boolean(process.defaultApp), workingDirectory: process.cwd() })
  app.on('open-url', (event, url) => {
    event.preventDefault()
    if (service) void openLink(service, url)
    else launchLink = url
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (service) void openLaunchFolder(service, path)
    else launchFolder = path
  })
  await app.whenReady()
  void log.write('info', 'main', `${APP_NAME} ${app.getVersion()} started (Electron ${process.versions.electron}, ${process.platform})`)
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() })
  hardenSession()
  serveAppProtocol(join(here, '../renderer'))
  if (process.platform !== 'darwin') {
    const spellcheck = session.defaultSession
    spellcheck.setSpellCheckerLanguages(chooseSpellCheckerLanguages(spellcheck.availableSpellCheckerLanguages, app.getSystemLocale()))
  }
  const started = new LibraryService({ dataDir, sampleFolder: sampleFolder(), watch: true, systemLanguages: app.getPreferredSystemLanguages() })
  service = started
  // The library opens while the window loads; the renderer asks for it or receives `libraryOpened`,
  // and asks for the start's problems (a store that cannot be read) when none could be opened.
  const starting = started.start()
  await createWindow(started)
  // A link or a folder the launch named is followed once the last library is open (or failed to
  // open), so it replaces it and a link can compare against it.
  const afterStart = starting.catch(() => undefined)
  if (launchLink) {
    const link = launchLink
    void afterStart.then(() => openLink(started, link))
  } else if (launchFolder) {
    const folder = launchFolder
    void afterStart.then(() => openLaunchFolder(started, folder))
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    bringWindowForward()
    const link = findDeepLinkArgument(argv)
    const folder = findFolderArgument(argv, { isDevelopmentRun: Boolean(process.defaultApp), workingDirectory })
    if (link) void openLink(started, link)
    else if (folder) void openLaunchFolder(started, folder)
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(started)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // `will-quit` comes after the window closed, so the note saves its page sent as it closed are in.
  app.on(
    'will-quit',
    createQuitGuard(
      async () => {
        await pendingWindowSave
        await started.whenSaved()
        await started.close()
        await log.write('info', 'main', 'quit after pending writes finished')
      },
      () => app.quit(),
      (error) => void log.write('error', 'main', `While finishing writes before quitting: ${describeLoggedError(error)}`)
    )
  )
}

/**
 * A start that failed before the window could say anything (a data folder that cannot be created, a
 * window that cannot load): logged, told in a dialog in the system's language (the saved setting may
 * be what failed), and the app quits.
 */
function reportFailedStart(error: unknown): void {
  void log.write('error', 'main', `Start failed: ${describeLoggedError(error)}`)
  const t = createTranslator(pickUiLanguage(app.getPreferredSystemLanguages()))
  dialog.showErrorBox(t('startup.failed'), t('startup.failedDetail', { reason: error instanceof Error ? error.message : String(error), log: log.path }))
  app.exit(1)
}

main().catch(reportFailedStart)
