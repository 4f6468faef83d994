import { describe, expect, it } from 'vitest'
import { planContextMenu, type ContextMenuPlace } from './context-menu'

const page: ContextMenuPlace = {
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true }
}

describe('the context menu', () => {
  it('offers copy for selected text and select all on the page', () => {
    const selected = { ...page, selectionText: 'inviato 11.000 soldati', editFlags: { ...page.editFlags, canCopy: true } }
    expect(planContextMenu(selected, null)).toEqual([
      { kind: 'edit', role: 'copy' },
      { kind: 'edit', role: 'selectAll' }
    ])
  })

  it('adds "Copy claim as Markdown" on a claim, after a separator', () => {
    const claim = { articleId: 'a1', claimId: 'c1' }
    expect(planContextMenu(page, claim)).toEqual([{ kind: 'edit', role: 'selectAll' }, { kind: 'separator' }, { kind: 'copyClaimAsMarkdown', claim }])
  })

  it('puts spelling suggestions (at most five) and "add to dictionary" first in a note', () => {
    const note: ContextMenuPlace = {
      isEditable: true,
      selectionText: '',
      misspelledWord: 'soldatti',
      dictionarySuggestions: ['soldati', 'soldato', 'saldati', 'soldatini', 'solati', 'sordati'],
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true }
    }
    expect(planContextMenu(note, null)).toEqual([
      { kind: 'replaceMisspelling', word: 'soldati' },
      { kind: 'replaceMisspelling', word: 'soldato' },
      { kind: 'replaceMisspelling', word: 'saldati' },
      { kind: 'replaceMisspelling', word: 'soldatini' },
      { kind: 'replaceMisspelling', word: 'solati' },
      { kind: 'addToDictionary', word: 'soldatti' },
      { kind: 'separator' },
      { kind: 'edit', role: 'paste' },
      { kind: 'edit', role: 'selectAll' }
    ])
  })

  it('offers cut only for a selection in a field, and shows nothing when nothing applies', () => {
    const field = { ...page, isEditable: true, selectionText: 'nota', editFlags: { canCut: true, canCopy: true, canPaste: false, canSelectAll: true } }
    expect(planContextMenu(field, null).map((entry) => (entry.kind === 'edit' ? entry.role : entry.kind))).toEqual(['cut', 'copy', 'selectAll'])
    expect(planContextMenu({ ...page, editFlags: { ...page.editFlags, canSelectAll: false } }, null)).toEqual([])
  })
})
