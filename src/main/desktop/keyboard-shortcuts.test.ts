import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../shared/i18n/translator'
import { formatKeyboardShortcuts } from './keyboard-shortcuts'

describe('the keyboard shortcuts Help lists', () => {
  it('names the platform’s modifier key', () => {
    const t = createTranslator('en')
    expect(formatKeyboardShortcuts('darwin', t)).toContain('⌘+Z / ⌘+Shift+Z\tUndo / redo a correction')
    expect(formatKeyboardShortcuts('win32', t)).toContain('Ctrl+O\tOpen a folder')
    expect(formatKeyboardShortcuts('linux', t)).not.toContain('Mod')
  })

  it('speaks the interface’s language', () => {
    const listed = formatKeyboardShortcuts('linux', createTranslator('it'))
    expect(listed).toContain('Ctrl+O\tApri una cartella')
    expect(listed).toContain('Ctrl+clic, Maiusc+clic, Spazio\tScegli gli articoli da confrontare')
    expect(listed.split('\n')).toHaveLength(9)
  })
})
