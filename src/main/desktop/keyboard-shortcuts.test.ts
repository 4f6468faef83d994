import { describe, expect, it } from 'vitest'
import { formatKeyboardShortcuts } from './keyboard-shortcuts'

describe('the keyboard shortcuts Help lists', () => {
  it('names the platform’s modifier key', () => {
    expect(formatKeyboardShortcuts('darwin')).toContain('⌘+Z / ⌘+Shift+Z\tUndo / redo a correction')
    expect(formatKeyboardShortcuts('win32')).toContain('Ctrl+O\tOpen a folder')
    expect(formatKeyboardShortcuts('linux')).not.toContain('Mod')
  })
})
