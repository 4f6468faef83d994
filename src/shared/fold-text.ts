/**
 * Search folding, shared by main (library search) and the renderer (filters, highlighting matches
 * in the text): lower case, no accents, and the typographic apostrophes and quotes of Italian
 * sources made plain, so "perche" finds "perché" and "dall'inizio" finds "dall’inizio".
 */

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
const extraFoldPattern = new RegExp(`[${Object.keys(extraFolds).join('')}]`, 'gu')
const combiningMarks = /\p{M}/gu

/** The folded text, without a map back to the original: for testing whether words occur. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(extraFoldPattern, (character) => extraFolds[character]!)
    .normalize('NFD')
    .replace(combiningMarks, '')
}

export interface FoldedText {
  folded: string
  /** For each folded UTF-16 unit, where its source character starts and ends in the original. */
  origin: number[]
  originEnd: number[]
}

/** `foldForSearch`, character by character, keeping a map back to the original offsets. */
export function foldText(text: string): FoldedText {
  let folded = ''
  const origin: number[] = []
  const originEnd: number[] = []
  let index = 0
  for (const character of text) {
    const lower = character.toLowerCase()
    const plain = extraFolds[lower] ?? lower.normalize('NFD').replace(combiningMarks, '')
    for (let unit = 0; unit < plain.length; unit++) {
      origin.push(index)
      originEnd.push(index + character.length)
    }
    folded += plain
    index += character.length
  }
  return { folded, origin, originEnd }
}

/** Characters whose folded form is longer or shorter than they are (ß → ss, a lone combining accent → nothing, Hangul syllables → letters). */
const resizingCharacters = /[ßæœÆŒ\u0130\p{M}\uAC00-\uD7A3]/u

/** Every character folds to one of the same length, so folded offsets are offsets into the text. */
export function foldsInPlace(text: string): boolean {
  return !resizingCharacters.test(text)
}

/** The words of a query, folded; a search finds the texts holding every one of them. */
export function searchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/\s+/).filter((word) => word.length > 0))]
}

const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Where `word` next occurs in `haystack` at `from` or after as the start of a word (whole word or
 * word prefix: "nis" finds "NIS" and "Nisida", never "meccanismi"); -1 when nowhere.
 */
export function indexOfWordStart(haystack: string, word: string, from = 0): number {
  for (let at = haystack.indexOf(word, from); at !== -1; at = haystack.indexOf(word, at + 1)) {
    if (at === 0 || !wordCharacter.test(haystack[at - 1]!)) return at
  }
  return -1
}

/** The text holds a word starting with `word` (see `indexOfWordStart`). */
export function hasWordStart(haystack: string, word: string): boolean {
  return indexOfWordStart(haystack, word) !== -1
}

export interface TextRange {
  start: number
  end: number
}

/**
 * Every occurrence of the words at the start of a word of `text`, as ranges of the original text in text order,
 * overlapping occurrences joined ("soldati" and "sold" in "soldati" make one range).
 */
export function findWordRanges(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0) return []
  // Most texts fold character for character (an accented letter to its letter): offsets carry over.
  const map = foldsInPlace(text) ? null : foldText(text)
  const haystack = map?.folded ?? foldForSearch(text)
  const found: TextRange[] = []
  for (const word of words) {
    for (let at = indexOfWordStart(haystack, word); at !== -1; at = indexOfWordStart(haystack, word, at + word.length)) {
      found.push(map ? { start: map.origin[at]!, end: map.originEnd[at + word.length - 1]! } : { start: at, end: at + word.length })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const joined: TextRange[] = []
  for (const range of found) {
    const last = joined.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else joined.push({ ...range })
  }
  return joined
}

/** A stretch of text around a match, with the matches inside it, for a search result. */
export interface SearchExcerpt {
  text: string
  /** Ranges of `text` (not of the source) to highlight. */
  highlights: TextRange[]
}

/**
 * About `context` characters either side of the first range, cut at word boundaries, whitespace
 * collapsed, "…" where text was left out; the ranges inside it carried over.
 */
export function excerptAround(text: string, ranges: readonly TextRange[], context = 60): SearchExcerpt {
  const first = ranges[0] ?? { start: 0, end: 0 }
  let from = Math.max(0, first.start - context)
  let to = Math.min(text.length, first.end + context)
  if (from > 0) from = wordStartAfter(text, from, first.start)
  if (to < text.length) to = wordEndBefore(text, to, first.end)
  let excerpt = from > 0 ? '…' : ''
  const highlights: TextRange[] = []
  let index = from
  const inside = ranges.filter((range) => range.start >= from && range.end <= to)
  let next = 0
  // Walked character by character so that collapsing whitespace keeps highlight offsets right.
  while (index < to) {
    const range = inside[next]
    if (range && index === range.start) {
      const start = excerpt.length
      excerpt += collapseSpaces(text.slice(range.start, range.end))
      highlights.push({ start, end: excerpt.length })
      index = range.end
      next += 1
      continue
    }
    const character = text[index]!
    if (/\s/.test(character)) {
      if (!excerpt.endsWith(' ') && excerpt !== '' && excerpt !== '…') excerpt += ' '
    } else {
      excerpt += character
    }
    index += 1
  }
  if (to < text.length) excerpt = `${excerpt.trimEnd()}…`
  return { text: excerpt, highlights }
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ')
}

function wordStartAfter(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/)
  return space === -1 ? from : from + space + 1
}

function wordEndBefore(text: string, to: number, limit: number): number {
  const before = text.slice(limit, to)
  const lastSpace = before.search(/\s\S*$/)
  return lastSpace === -1 ? to : limit + lastSpace
}
