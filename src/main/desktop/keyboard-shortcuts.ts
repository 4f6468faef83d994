/** The keys Help → Keyboard Shortcuts lists (README "Using the app" says the same), by what they do. */
const SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: 'Mod+O', action: 'Open a folder' },
  { keys: 'Mod+F', action: 'Search the library' },
  { keys: 'Escape', action: 'Clear the search' },
  { keys: '↑ / ↓, Home / End, Enter', action: 'Move through the list, open an article or story' },
  { keys: 'Mod+click, Shift+click, Space', action: 'Pick articles to compare' },
  { keys: 'Arrow keys, Enter', action: 'Move through the comparison table, show a cell’s claim' },
  { keys: 'n / p', action: 'Next / previous disagreement' },
  { keys: 'Mod+Z / Mod+Shift+Z', action: 'Undo / redo a correction' },
  { keys: 'Mod+0, Mod+= / Mod+-', action: 'Reset, enlarge, shrink the text' }
]

/** One line per shortcut, with the platform's modifier key (⌘ on macOS, Ctrl elsewhere). */
export function formatKeyboardShortcuts(platform: NodeJS.Platform): string {
  const modifier = platform === 'darwin' ? '⌘' : 'Ctrl'
  return SHORTCUTS.map(({ keys, action }) => `${keys.replaceAll('Mod', modifier)}\t${action}`).join('\n')
}
