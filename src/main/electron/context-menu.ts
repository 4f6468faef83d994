import { ipcMain, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { z } from 'zod'
import { contextMenuTargetChannel, type ContextMenuTarget } from '../../shared/contract'
import { planContextMenu, type ContextMenuEntry } from '../desktop/context-menu'
import type { Translate } from '../../shared/i18n/translator'

const targetSchema = z.object({ articleId: z.string().min(1).max(64), claimId: z.string().min(1).max(64) }).nullable()

/**
 * The window's context menu (see planContextMenu). The claim under the pointer arrives from the
 * preload just before Electron's `context-menu` event; only the window's own top frame is heard.
 * Answers a function that removes the listener.
 */
export function attachContextMenu(
  window: BrowserWindow,
  copyClaimAsMarkdown: (target: ContextMenuTarget) => Promise<void>,
  /** The interface language's words, asked for at each right-click so a language change shows at once. */
  translate: () => Translate
): () => void {
  let claimUnderPointer: ContextMenuTarget | null = null
  const onTarget = (event: Electron.IpcMainEvent, target: unknown): void => {
    if (event.sender !== window.webContents || event.senderFrame !== window.webContents.mainFrame) return
    const parsed = targetSchema.safeParse(target)
    claimUnderPointer = parsed.success ? parsed.data : null
  }
  ipcMain.on(contextMenuTargetChannel, onTarget)
  window.webContents.on('context-menu', (_event, params) => {
    const entries = planContextMenu(params, claimUnderPointer)
    claimUnderPointer = null
    if (entries.length === 0) return
    Menu.buildFromTemplate(entries.map((entry) => toMenuItem(window, entry, copyClaimAsMarkdown, translate()))).popup({ window })
  })
  return () => ipcMain.removeListener(contextMenuTargetChannel, onTarget)
}

function toMenuItem(
  window: BrowserWindow,
  entry: ContextMenuEntry,
  copyClaimAsMarkdown: (target: ContextMenuTarget) => Promise<void>,
  t: Translate
): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'replaceMisspelling':
      return { label: entry.word, click: () => window.webContents.replaceMisspelling(entry.word) }
    case 'addToDictionary':
      return { label: t('menu.addToDictionary'), click: () => window.webContents.session.addWordToSpellCheckerDictionary(entry.word) }
    case 'edit':
      return { role: entry.role }
    case 'copyClaimAsMarkdown':
      return { label: t('menu.copyClaim'), click: () => void copyClaimAsMarkdown(entry.claim) }
    case 'separator':
      return { type: 'separator' }
  }
}
