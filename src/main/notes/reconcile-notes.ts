import type { ArticleSummary, Claim } from '../../shared/model'
import { findRowSharingMostClaims } from '../../shared/row-matching'
import type { ComparisonRow } from '../alignment/comparison-types'
import { buildClaimAnchor } from './note-edits'
import type { Note, NoteAnchor, NoteTarget } from './note-types'

export interface ReconcileResult {
  notes: Note[]
  /** False when every note came back as the same object, so there is nothing to save. */
  changed: boolean
}

/**
 * Re-attaches notes to the library as it is now, after an index or re-index. Never drops a note:
 * one whose target is gone is marked orphaned and keeps its last anchor; it is un-orphaned when
 * the target comes back.
 *
 * Claim ids hash the article, the claim's words and how many identical claims come before it
 * (src/main/claims/extract-claims.ts): an edit elsewhere in the file keeps them, an edit of the
 * claim (or of an identical one above it) does not. A claim note whose id is gone, or now names a
 * different quote, is re-found by its anchor: the same quote in the same article (the same
 * sentence breaks ties), else the same quote and sentence in another article (a renamed file).
 * A row note follows the current row sharing the most member claims (ties: the row with the
 * note's row id, then the earlier row), else the row holding its anchored claim.
 *
 * Run it on a complete index: against a partial one it orphans notes that come back later.
 * `currentArticlesById` is optional; without it article notes are left as they are.
 */
export function reconcileNotes(
  notes: readonly Note[],
  currentClaimsById: ReadonlyMap<string, Claim>,
  currentRows: readonly ComparisonRow[],
  currentArticlesById?: ReadonlyMap<string, ArticleSummary>
): ReconcileResult {
  const library = new LibraryNow(currentClaimsById, currentRows, currentArticlesById)
  let changed = false
  const reconciled = notes.map((note) => {
    const next = reconcileNote(note, library)
    if (next === note) return note
    changed = true
    return next
  })
  return { notes: reconciled, changed }
}

function reconcileNote(note: Note, library: LibraryNow): Note {
  const target = note.target
  switch (target.kind) {
    case 'library':
      return note
    case 'article': {
      if (!library.articlesById) return note
      const article = library.articlesById.get(target.articleId)
      if (!article) return updateNoteState(note, target, note.anchor, true)
      return updateNoteState(note, target, { quote: '', sentence: '', articleTitle: article.title, file: article.file }, false)
    }
    case 'claim': {
      const claim = library.findClaim(target.claimId, target.articleId, note.anchor)
      if (!claim) return updateNoteState(note, target, note.anchor, true)
      return updateNoteState(note, { kind: 'claim', claimId: claim.id, articleId: claim.articleId }, library.anchorFor(claim, note.anchor), false)
    }
    case 'row': {
      const row = library.findRow(target, note.anchor)
      if (!row) return updateNoteState(note, target, note.anchor, true)
      const first = row.claimIds.map((id) => library.claimsById.get(id)).find((claim) => claim !== undefined)
      const anchor = first ? library.anchorFor(first, note.anchor) : note.anchor
      return updateNoteState(note, { kind: 'row', rowId: row.id, claimIds: [...row.claimIds] }, anchor, false)
    }
  }
}

/** The note itself when nothing changed, so callers can tell whether to save. */
function updateNoteState(note: Note, target: NoteTarget, anchor: NoteAnchor | null, orphaned: boolean): Note {
  if (note.orphaned === orphaned && isSameTargetValue(note.target, target) && isSameAnchor(note.anchor, anchor)) return note
  return { ...note, target, anchor, orphaned }
}

class LibraryNow {
  private readonly claimsByArticle = new Map<string, Claim[]>()
  private readonly rowByClaim = new Map<string, ComparisonRow>()

  constructor(
    readonly claimsById: ReadonlyMap<string, Claim>,
    private readonly rows: readonly ComparisonRow[],
    readonly articlesById: ReadonlyMap<string, ArticleSummary> | undefined
  ) {
    for (const claim of claimsById.values()) {
      const list = this.claimsByArticle.get(claim.articleId) ?? []
      list.push(claim)
      this.claimsByArticle.set(claim.articleId, list)
    }
    for (const row of rows) for (const id of row.claimIds) if (!this.rowByClaim.has(id)) this.rowByClaim.set(id, row)
  }

  findClaim(claimId: string, articleId: string, anchor: NoteAnchor | null): Claim | undefined {
    const claim = this.claimsById.get(claimId)
    if (claim && (!anchor || isSameQuote(claim.text, anchor.quote))) return claim
    if (!anchor || anchor.quote === '') return undefined
    const inArticle = (this.claimsByArticle.get(articleId) ?? []).filter((candidate) => isSameQuote(candidate.text, anchor.quote))
    const inSentence = inArticle.filter((candidate) => isSameQuote(candidate.sentence, anchor.sentence))
    if (inSentence.length > 0) return inSentence[0]
    if (inArticle.length === 1) return inArticle[0]
    if (inArticle.length > 1) return undefined
    return this.findClaimByAnchor(anchor)
  }

  findRow(target: Extract<NoteTarget, { kind: 'row' }>, anchor: NoteAnchor | null): ComparisonRow | undefined {
    const best = findRowSharingMostClaims(target.claimIds, this.rows, (row) => row.claimIds, (row) => row.id === target.rowId)
    if (best) return best
    // Every member id changed (e.g. text inserted above the claims): fall back to the anchored quote.
    const claim = anchor ? this.findClaimByAnchor(anchor) : undefined
    return claim ? this.rowByClaim.get(claim.id) : undefined
  }

  anchorFor(claim: Claim, previous: NoteAnchor | null): NoteAnchor {
    return buildClaimAnchor(claim, this.articlesById?.get(claim.articleId), previous)
  }

  /** The one claim anywhere with the anchor's quote and sentence; none when ambiguous. */
  private findClaimByAnchor(anchor: NoteAnchor): Claim | undefined {
    if (anchor.quote === '') return undefined
    const matches = [...this.claimsById.values()].filter(
      (candidate) => isSameQuote(candidate.text, anchor.quote) && isSameQuote(candidate.sentence, anchor.sentence)
    )
    return matches.length === 1 ? matches[0] : undefined
  }
}

function isSameQuote(a: string, b: string): boolean {
  return normalizeQuote(a) === normalizeQuote(b)
}

function normalizeQuote(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

function isSameAnchor(a: NoteAnchor | null, b: NoteAnchor | null): boolean {
  if (a === null || b === null) return a === b
  return a.quote === b.quote && a.sentence === b.sentence && a.articleTitle === b.articleTitle && a.file === b.file
}

function isSameTargetValue(a: NoteTarget, b: NoteTarget): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'article' && b.kind === 'article') return a.articleId === b.articleId
  if (a.kind === 'claim' && b.kind === 'claim') return a.claimId === b.claimId && a.articleId === b.articleId
  if (a.kind === 'row' && b.kind === 'row') return a.rowId === b.rowId && a.claimIds.length === b.claimIds.length && a.claimIds.every((id, i) => id === b.claimIds[i])
  return true
}
