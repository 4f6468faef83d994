import { excerptAround, findWordRanges, foldForSearch, hasWordStart, searchWords, type SearchExcerpt } from '../../shared/fold-text'
import type { Note } from './note-types'

/** Where in a note the words were found: its text first, then what it is anchored to. */
export type NoteSearchField = 'body' | 'quote' | 'sentence' | 'articleTitle'

export interface NoteMatch {
  note: Note
  /** The field the excerpt comes from: the first, in `NoteSearchField` order, holding a match. */
  field: NoteSearchField
  /** Occurrences of the query's words over all fields. */
  matchCount: number
  excerpt: SearchExcerpt
}

/**
 * Finds the notes holding every word of the query, in the body or in the anchor (quote, sentence,
 * article title), folded as the library search folds (`foldForSearch`). Pure; the library search
 * merges these with its hits in the articles' text.
 *
 * Order: more matches first, then the most recently edited, then by id.
 */
export function searchNotes(notes: readonly Note[], query: string): NoteMatch[] {
  const words = searchWords(query)
  if (words.length === 0) return []
  const found: NoteMatch[] = []
  for (const note of notes) {
    const fields = searchableFields(note)
    const folded = fields.map(([, text]) => foldForSearch(text))
    if (!words.every((word) => folded.some((text) => hasWordStart(text, word)))) continue
    let matchCount = 0
    let excerpt: Pick<NoteMatch, 'field' | 'excerpt'> | null = null
    for (const [field, text] of fields) {
      const ranges = findWordRanges(text, words)
      matchCount += ranges.length
      if (!excerpt && ranges.length > 0) excerpt = { field, excerpt: excerptAround(text, ranges, EXCERPT_CONTEXT) }
    }
    found.push({ note, matchCount, ...excerpt! })
  }
  return found.sort((a, b) => b.matchCount - a.matchCount || b.note.updatedAt.localeCompare(a.note.updatedAt) || a.note.id.localeCompare(b.note.id))
}

const EXCERPT_CONTEXT = 40

function searchableFields(note: Note): Array<[NoteSearchField, string]> {
  const fields: Array<[NoteSearchField, string]> = [['body', note.body]]
  if (note.anchor) fields.push(['quote', note.anchor.quote], ['sentence', note.anchor.sentence], ['articleTitle', note.anchor.articleTitle])
  return fields.filter(([, text]) => text.length > 0)
}
