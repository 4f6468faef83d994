import { MappedTextBuilder, type MappedText } from './mapped-text'

/**
 * Whitespace clean-up of one block of article text. Only spacing changes, never a word: a later
 * stage finds numeric claims by offset in this text, so what it quotes must be what the source said.
 */

/**
 * Spacing that needs work: a run of two or more whitespace or invisible characters (zero-width
 * space, word joiner, stray BOM, soft hyphen, copied from web pages), any whitespace other than a
 * plain space, or a space at either end. A single plain space between words, by far the most common
 * case, is left alone. JavaScript's `\s` covers the no-break and typographic spaces.
 */
const SPACING_TO_FIX = /[\s\u00ad\u200b\u2060]{2,}|[^\S ]|[\u00ad\u200b\u2060]|^ | $/g
/** The same test without the global flag's `lastIndex` state (which `matchAll` would inherit). */
const NEEDS_SPACING_FIX = new RegExp(SPACING_TO_FIX.source)
/**
 * Everything either clean-up below looks for (spacing to fix, a space before a comma or full stop, a
 * straight quote), in one scan: about six blocks in seven have none and are returned as they are.
 */
const MAY_NEED_CLEANING = /[^\S ]|[\u00ad\u200b\u2060"]| [ ,.]|^ | $/

const HAS_SPACE = /\s/
/** A no-break space standing alone is kept: in "€ 1,99" or "1 000" it is part of how the number is written. */
const MEANINGFUL_SINGLE_SPACES = new Set([' ', '\u00a0', '\u202f'])

/**
 * Normalizes the spacing of one block: runs of whitespace (line breaks included) become one space,
 * the ends are trimmed, invisible characters go, a space stranded before a comma or full stop by a
 * removed link ("di fatto .") goes, and so do spaces just inside straight double quotes
 * (`" illegale "` → `"illegale"`). Every kept character keeps its origin.
 *
 * Text between the places to fix is copied in slices, so clean text costs one regular-expression scan.
 */
export function normalizeSpacing(mapped: MappedText): MappedText {
  const { text, origins } = mapped
  if (!MAY_NEED_CLEANING.test(text)) return mapped
  if (!NEEDS_SPACING_FIX.test(text)) return removeStrandedSpaces(mapped)
  const slices: string[] = []
  const cleanOrigins = new Int32Array(text.length)
  let length = 0
  const copy = (start: number, end: number): void => {
    if (end <= start) return
    slices.push(text.slice(start, end))
    cleanOrigins.set(origins.subarray(start, end), length)
    length += end - start
  }
  let cursor = 0
  for (const match of text.matchAll(SPACING_TO_FIX)) {
    const run = match[0]
    const runStart = match.index
    copy(cursor, runStart)
    cursor = runStart + run.length
    const atEdge = length === 0 || cursor === text.length
    if (atEdge || !HAS_SPACE.test(run)) continue
    if (run.length === 1 && MEANINGFUL_SINGLE_SPACES.has(run)) {
      copy(runStart, cursor)
      continue
    }
    const plainSpace = run.indexOf(' ')
    slices.push(' ')
    cleanOrigins[length++] = plainSpace >= 0 ? origins[runStart + plainSpace]! : -1
  }
  copy(cursor, text.length)
  const clean = slices.join('')
  const normalized: MappedText = { text: clean, origins: cleanOrigins.slice(0, length) }
  return removeStrandedSpaces(normalized)
}

const WORD_END = /[\p{L}\p{N}"”»)]/u
const CLOSING_CONTEXT = /[\s"”»)]/u

/** Drops spaces before a stranded comma or full stop, and just inside paired straight quotes. */
function removeStrandedSpaces(mapped: MappedText): MappedText {
  const { text } = mapped
  if (!text.includes(' ,') && !text.includes(' .') && !text.includes('"')) return mapped
  const removals = new Set<number>()
  const quotes: number[] = []
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1)) quotes.push(index)
  for (const match of text.matchAll(/ [,.]/g)) {
    const index = match.index
    const afterNext = text[index + 2]
    if (index > 0 && WORD_END.test(text[index - 1]!) && (afterNext === undefined || CLOSING_CONTEXT.test(afterNext))) removals.add(index)
  }
  // Straight quotes carry no direction, so they are paired in order; an odd count is ambiguous and left alone.
  if (quotes.length >= 2 && quotes.length % 2 === 0) {
    for (let pair = 0; pair < quotes.length; pair += 2) {
      const open = quotes[pair]!
      const close = quotes[pair + 1]!
      if (close - open < 3) continue
      if (text[open + 1] === ' ') removals.add(open + 1)
      if (text[close - 1] === ' ') removals.add(close - 1)
    }
  }
  if (removals.size === 0) return mapped
  const builder = new MappedTextBuilder()
  for (let index = 0; index < text.length; index++) if (!removals.has(index)) builder.push(text[index]!, mapped.origins[index]!)
  return builder.build()
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Words in the cleaned text: whitespace-separated tokens holding at least one letter or digit. */
export function countWords(text: string): number {
  let words = 0
  let tokenCounted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20 || code === 0x0a || code === 0xa0 || code === 0x202f) {
      tokenCounted = false
      continue
    }
    if (tokenCounted) continue
    const isWordCharacter =
      (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && LETTER_OR_DIGIT.test(text[index]!))
    if (isWordCharacter) {
      words++
      tokenCounted = true
    }
  }
  return words
}
