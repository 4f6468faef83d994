import type { Translate } from '../../shared/i18n/translator'

/**
 * The shortcuts Help → Keyboard Shortcuts lists (README "Using the app" says the same), by what they do:
 * `shortcuts.keys.*` names the keys ("Mod" stands for the platform's modifier), `shortcuts.actions.*` says what they do.
 */
const SHORTCUTS = ['openFolder', 'search', 'clearSearch', 'moveList', 'pick', 'moveTable', 'disagreement', 'undo', 'zoom'] as const

/** One line per shortcut in the interface's language, with the platform's modifier key (⌘ on macOS, Ctrl elsewhere). */
export function formatKeyboardShortcuts(platform: NodeJS.Platform, t: Translate): string {
  const modifier = platform === 'darwin' ? '⌘' : 'Ctrl'
  return SHORTCUTS.map((shortcut) => `${t(`shortcuts.keys.${shortcut}`).replaceAll('Mod', modifier)}\t${t(`shortcuts.actions.${shortcut}`)}`).join('\n')
}
