import { app, dialog, type BrowserWindow } from 'electron'
import type { AppLog } from '../desktop/app-log'
import type { Translate } from '../../shared/i18n/translator'
import { describeChildProcessGone, describeRendererGone, type ProcessGoneNotice } from '../desktop/process-gone'

/**
 * Logs what goes wrong in the page (its console errors, uncaught exceptions included, and a preload
 * that failed) and handles processes that stopped: logged, and the user told, with a reload offered
 * when the window may be blank. Answers a function that stops listening to the app's events.
 */
export function watchProcesses(window: BrowserWindow, log: AppLog, translate: () => Translate): () => void {
  const contents = window.webContents
  contents.on('console-message', (event) => {
    if (event.level === 'error') void log.write('error', 'renderer', `${event.message} (${event.sourceId}:${event.lineNumber})`)
  })
  contents.on('preload-error', (_event, path, error) => void log.write('error', 'preload', `${path}: ${error.stack ?? error.message}`))
  contents.on('render-process-gone', (_event, details) => {
    void log.write('error', 'main', `The window's process stopped: ${details.reason} (exit code ${details.exitCode}).`)
    const t = translate()
    offerReload(window, describeRendererGone(details.reason, t), t)
  })
  const onChildGone = (_event: Electron.Event, details: Electron.Details): void => {
    if (details.reason === 'clean-exit') return
    void log.write('warn', 'main', `${details.type} process ${details.name ?? ''} stopped: ${details.reason} (exit code ${details.exitCode}).`)
    const t = translate()
    offerReload(window, describeChildProcessGone(details.type, details.reason, details.name, t), t)
  }
  app.on('child-process-gone', onChildGone)
  return () => app.removeListener('child-process-gone', onChildGone)
}

function offerReload(window: BrowserWindow, notice: ProcessGoneNotice | null, t: Translate): void {
  if (!notice || window.isDestroyed()) return
  const buttons = notice.offerReload ? [t('menu.reload'), t('menu.notNow')] : [t('menu.ok')]
  void dialog.showMessageBox(window, { type: 'warning', message: notice.message, detail: notice.detail, buttons, defaultId: 0, cancelId: buttons.length - 1 }).then(({ response }) => {
    if (notice.offerReload && response === 0 && !window.isDestroyed()) window.webContents.reload()
  })
}
