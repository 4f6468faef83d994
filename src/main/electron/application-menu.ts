import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { UiLanguageChoice } from '../../shared/contract'
import type { RecentFolder } from '../../shared/model'
import { uiLanguages, type UiLanguage } from '../../shared/i18n/languages'
import type { Translate } from '../../shared/i18n/translator'

export interface MenuActions {
  openFolder(): void
  openRecent(folder: string): void
  openSample(): void
  showReadme(): void
  showKeyboardShortcuts(): void
  showAbout(): void
  /** null: follow the system's language. */
  chooseLanguage(language: UiLanguage | null): void
}

/**
 * On macOS a menu accelerator takes its keys before the page sees them, so the Edit menu's Cmd+Z
 * would only undo typing and never reach the comparison's undo of corrections. There the accelerator
 * is shown but not registered: the key goes to the page, whose handler undoes a correction, and in a
 * text field Chromium's own editing undoes the typing. Elsewhere Ctrl+Z is not a menu shortcut and
 * reaches the page anyway.
 */
function editMenu(isMac: boolean, t: Translate): MenuItemConstructorOptions {
  return {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', registerAccelerator: !isMac },
      { role: 'redo', registerAccelerator: !isMac },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }
}

/** View → Language: the system's, or one the interface speaks (each named in itself). */
function languageMenu(choice: UiLanguageChoice, t: Translate, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: t('menu.language'),
    submenu: [
      { label: t('language.system'), type: 'radio', checked: choice.chosen === null, click: () => actions.chooseLanguage(null) },
      ...uiLanguages.map(
        (language): MenuItemConstructorOptions => ({
          label: t(`language.${language}`),
          type: 'radio',
          checked: choice.chosen === language,
          click: () => actions.chooseLanguage(language)
        })
      )
    ]
  }
}

/**
 * Rebuilt whenever the recent folders or the interface language change, so "Open Recent" is
 * current and every label is in the interface's language (Electron's role items use the system's).
 */
export function buildApplicationMenu(recent: RecentFolder[], language: UiLanguageChoice, t: Translate, actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openFolder'), accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        {
          label: t('menu.openRecent'),
          enabled: recent.length > 0,
          submenu: recent.map((entry) => ({ label: entry.folder, click: () => actions.openRecent(entry.folder) }))
        },
        { label: t('menu.sample'), click: () => actions.openSample() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    editMenu(isMac, t),
    {
      label: t('menu.view'),
      submenu: [
        languageMenu(language, t, actions),
        { type: 'separator' },
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(process.env.ELECTRON_RENDERER_URL ? [{ role: 'toggleDevTools' } as MenuItemConstructorOptions] : [])
      ]
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.guide'), click: () => actions.showReadme() },
        { label: t('menu.shortcuts'), accelerator: 'F1', click: () => actions.showKeyboardShortcuts() },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: t('menu.about'), click: () => actions.showAbout() }])
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}
