import type { Note } from './note-types'

export type NoteSearchField = 'body' | 'quote' | 'sentence' | 'articleTitle'

/** One occurrence of a query word; offsets index into the note's field as stored (not folded). */
export interface NoteSearchMatch {
  field: NoteSearchField
  start: number
  end: number
}

export interface NoteSearchHit {
  note: Note
  matches: NoteSearchMatch[]
  /** A short stretch of text around the first match (body first), whitespace collapsed. */
  excerpt: string
}

/**
 * Finds the notes holding every word of the query, in the body or in the anchor (quote, sentence,
 * article title), ignoring case, accents and the typographic apostrophes and quotes Italian
 * sources use ("perche" finds "perché", "dall'inizio" finds "dall’inizio"). Pure; the search over
 * article text lives with the library and merges these hits with its own.
 *
 * Order: more matches first, then the most recently edited, then by id.
 */
export function searchNotes(notes: readonly Note[], query: string): NoteSearchHit[] {
  const words = foldText(query).folded.split(/\s+/).filter((word) => word.length > 0)
  if (words.length === 0) return []
  const hits: NoteSearchHit[] = []
  for (const note of notes) {
    const fields = collectSearchableFields(note)
    const matches: NoteSearchMatch[] = []
    let everyWordFound = true
    for (const word of words) {
      let found = false
      for (const field of fields) {
        for (const match of findOccurrences(field.folded, word)) {
          found = true
          matches.push({ field: field.name, start: field.origin[match]!, end: field.originEnd[match + word.length - 1]! })
        }
      }
      if (!found) {
        everyWordFound = false
        break
      }
    }
    if (!everyWordFound) continue
    matches.sort((a, b) => rankField(a.field) - rankField(b.field) || a.start - b.start || a.end - b.end)
    hits.push({ note, matches, excerpt: buildExcerpt(note, matches[0]!) })
  }
  return hits.sort(
    (a, b) => b.matches.length - a.matches.length || b.note.updatedAt.localeCompare(a.note.updatedAt) || a.note.id.localeCompare(b.note.id)
  )
}

interface FoldedText {
  folded: string
  /** For each folded UTF-16 unit, where its source character starts and ends in the original. */
  origin: number[]
  originEnd: number[]
}

/** Characters whose folded form NFD does not give. */
const extraFolds: Record<string, string> = {
  '’': "'",
  '‘': "'",
  'ʼ': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ø': 'o',
  'ł': 'l',
  'đ': 'd',
  'ı': 'i'
}

/** Lower case, no accents, plain apostrophes and quotes; keeps a map back to the original offsets. */
export function foldText(text: string): FoldedText {
  let folded = ''
  const origin: number[] = []
  const originEnd: number[] = []
  let index = 0
  for (const character of text) {
    const lower = character.toLowerCase()
    const plain = extraFolds[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '')
    for (let unit = 0; unit < plain.length; unit++) {
      origin.push(index)
      originEnd.push(index + character.length)
    }
    folded += plain
    index += character.length
  }
  return { folded, origin, originEnd }
}

function collectSearchableFields(note: Note): Array<FoldedText & { name: NoteSearchField; text: string }> {
  const fields: Array<[NoteSearchField, string]> = [['body', note.body]]
  if (note.anchor) {
    fields.push(['quote', note.anchor.quote], ['sentence', note.anchor.sentence], ['articleTitle', note.anchor.articleTitle])
  }
  return fields.filter(([, text]) => text.length > 0).map(([name, text]) => ({ name, text, ...foldText(text) }))
}

function findOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

function rankField(field: NoteSearchField): number {
  return ['body', 'quote', 'sentence', 'articleTitle'].indexOf(field)
}

const EXCERPT_CONTEXT = 40

function buildExcerpt(note: Note, match: NoteSearchMatch): string {
  const text = match.field === 'body' ? note.body : (note.anchor?.[match.field] ?? '')
  const start = Math.max(0, match.start - EXCERPT_CONTEXT)
  const end = Math.min(text.length, match.end + EXCERPT_CONTEXT)
  const inner = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}`
}
