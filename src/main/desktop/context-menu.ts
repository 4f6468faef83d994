/** What Electron's `context-menu` event says about the place right-clicked (the fields used here). */
export interface ContextMenuPlace {
  isEditable: boolean
  selectionText: string
  misspelledWord: string
  dictionarySuggestions: string[]
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

/** The claim under the pointer, as the preload saw it (`mark[data-claim-id]`), or null. */
export interface ClaimUnderPointer {
  articleId: string
  claimId: string
}

export type ContextMenuEntry =
  | { kind: 'replaceMisspelling'; word: string }
  | { kind: 'addToDictionary'; word: string }
  | { kind: 'edit'; role: 'cut' | 'copy' | 'paste' | 'selectAll' }
  | { kind: 'copyClaimAsMarkdown'; claim: ClaimUnderPointer }
  | { kind: 'separator' }

/**
 * The context menu for a right-click: spelling suggestions first in a note (spellcheck is on only
 * there), then the edit commands that apply, then "Copy claim as Markdown" on a claim. Separators
 * only between groups. Empty when nothing applies (no menu is shown).
 */
export function planContextMenu(place: ContextMenuPlace, claim: ClaimUnderPointer | null): ContextMenuEntry[] {
  const groups: ContextMenuEntry[][] = []
  if (place.isEditable && place.misspelledWord) {
    groups.push([
      ...place.dictionarySuggestions.slice(0, 5).map((word): ContextMenuEntry => ({ kind: 'replaceMisspelling', word })),
      { kind: 'addToDictionary', word: place.misspelledWord }
    ])
  }
  const edits: ContextMenuEntry[] = []
  if (place.isEditable && place.editFlags.canCut && place.selectionText) edits.push({ kind: 'edit', role: 'cut' })
  if (place.selectionText.trim() && place.editFlags.canCopy) edits.push({ kind: 'edit', role: 'copy' })
  if (place.isEditable && place.editFlags.canPaste) edits.push({ kind: 'edit', role: 'paste' })
  if (place.editFlags.canSelectAll) edits.push({ kind: 'edit', role: 'selectAll' })
  groups.push(edits)
  if (claim) groups.push([{ kind: 'copyClaimAsMarkdown', claim }])
  return groups.filter((group) => group.length > 0).flatMap((group, index) => (index === 0 ? group : [{ kind: 'separator' } as const, ...group]))
}
