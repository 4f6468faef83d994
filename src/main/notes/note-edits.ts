import type { ArticleSummary, Claim } from '../../shared/model'
import type { Note, NoteAnchor, NoteTarget, NoteVerdict } from './note-types'

/** What the library looks like now, to anchor a note to the text it is about. */
export interface NoteContext {
  claimsById: ReadonlyMap<string, Claim>
  articlesById: ReadonlyMap<string, ArticleSummary>
}

export interface NewNote {
  target: NoteTarget
  body: string
  /** Kept on row notes only: the verdict is a judgement of a comparison row. */
  verdict?: NoteVerdict
}

/** Creates a note anchored to what its target quotes now. `id` and `now` are passed in, for tests. */
export function createNote(input: NewNote, context: NoteContext, clock: { id: string; now: Date }): Note {
  const timestamp = clock.now.toISOString()
  const note: Note = {
    id: clock.id,
    target: input.target,
    body: input.body,
    createdAt: timestamp,
    updatedAt: timestamp,
    anchor: buildAnchor(input.target, context),
    orphaned: false
  }
  if (input.verdict && input.target.kind === 'row') note.verdict = input.verdict
  return note
}

/**
 * Applies the user's edit. The anchor is refreshed while the target still exists, so an orphaned
 * note later shows the quote as it last was; an orphaned note keeps its last anchor.
 * `verdict: null` clears the verdict.
 */
export function editNote(note: Note, changes: { body?: string; verdict?: NoteVerdict | null }, context: NoteContext, now: Date): Note {
  const edited: Note = { ...note, updatedAt: now.toISOString() }
  if (changes.body !== undefined) edited.body = changes.body
  if (changes.verdict === null) delete edited.verdict
  else if (changes.verdict !== undefined && note.target.kind === 'row') edited.verdict = changes.verdict
  if (!note.orphaned) edited.anchor = buildAnchor(note.target, context) ?? note.anchor
  return edited
}

/** The first note about this target (the library note, an article's, a claim's, a row's by current id). */
export function findNote(notes: readonly Note[], target: NoteTarget): Note | undefined {
  return notes.find((note) => isSameTarget(note.target, target))
}

export function isSameTarget(a: NoteTarget, b: NoteTarget): boolean {
  switch (a.kind) {
    case 'library':
      return b.kind === 'library'
    case 'article':
      return b.kind === 'article' && a.articleId === b.articleId
    case 'claim':
      return b.kind === 'claim' && a.claimId === b.claimId
    case 'row':
      return b.kind === 'row' && a.rowId === b.rowId
  }
}

/** The text a target stands for now, or null when it has none (library) or is not in the index. */
export function buildAnchor(target: NoteTarget, context: NoteContext): NoteAnchor | null {
  switch (target.kind) {
    case 'library':
      return null
    case 'article': {
      const article = context.articlesById.get(target.articleId)
      return article ? { quote: '', sentence: '', articleTitle: article.title, file: article.file } : null
    }
    case 'claim': {
      const claim = context.claimsById.get(target.claimId)
      return claim ? buildClaimAnchor(claim, context.articlesById.get(claim.articleId)) : null
    }
    case 'row': {
      const claim = target.claimIds.map((id) => context.claimsById.get(id)).find((found) => found !== undefined)
      return claim ? buildClaimAnchor(claim, context.articlesById.get(claim.articleId)) : null
    }
  }
}

/** `previous` supplies the article's title and file when the article is not at hand. */
export function buildClaimAnchor(claim: Claim, article: ArticleSummary | undefined, previous?: NoteAnchor | null): NoteAnchor {
  return {
    quote: claim.text,
    sentence: claim.sentence,
    articleTitle: article?.title ?? previous?.articleTitle ?? '',
    file: article?.file ?? previous?.file ?? ''
  }
}
