import { extractFirstSentence } from './article-metadata'

/**
 * Which plain-text lines are headings. A heading is a short line without a final full stop that
 * introduces text ("I missili di Kim che hanno aiutato Putin"); a run of three or more such lines
 * is a list or a table, not headings.
 */

const MAX_HEADING_LENGTH = 120
const MAX_HEADING_WORDS = 20
/** The first line may be a headline, longer and allowed to ask a question. */
const MAX_LEADING_HEADING_LENGTH = 160
const MAX_LEADING_HEADING_WORDS = 28
const MAX_HEADING_RUN = 2

const HEADING_START = /^[\p{Lu}\p{N}"“«‘'([]/u
/** A heading says something: "29,603" (a match attendance) is a figure, not a heading. */
const HAS_WORD = /\p{L}{2}/u
const TRAILING_CLOSERS = /["”»’')\]]+$/u

export function looksLikeHeading(text: string, options: { leading: boolean }): boolean {
  const maxLength = options.leading ? MAX_LEADING_HEADING_LENGTH : MAX_HEADING_LENGTH
  if (text.length < 2 || text.length > maxLength || !HEADING_START.test(text) || !HAS_WORD.test(text)) return false
  const words = text.split(' ')
  if (words.length > (options.leading ? MAX_LEADING_HEADING_WORDS : MAX_HEADING_WORDS)) return false
  const last = text.replace(TRAILING_CLOSERS, '').slice(-1)
  // Some outlets end a headline with a full stop; at the top, a Title Case line still reads as one.
  if (last === '.' && !(options.leading && isTitleCase(words))) return false
  if (/[,;:…]/.test(last)) return false
  // Questions are headlines at the top, but in the body they are an interviewer's lines.
  if (!options.leading && /[?!]/.test(last)) return false
  // In the body, two sentences make a paragraph ("Jr. Pleads Guilty" is one: extractFirstSentence knows
  // abbreviations); a headline may hold two ("Culle vuote? Pensiamo a garantire un futuro…").
  return options.leading || extractFirstSentence(text).length === text.length
}

/** Most longer words capitalized: "Migrant Caravan of Asylum Seekers Reaches U.S. Border." */
function isTitleCase(words: readonly string[]): boolean {
  const significant = words.filter((word) => /^\P{L}*\p{L}{4,}/u.test(word))
  if (significant.length < 3) return false
  const capitalized = significant.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length
  return capitalized >= significant.length * 0.7
}

/**
 * For each block, whether it is a heading. `candidates[i]` says whether block i is heading-like
 * (null when the markup already decided); a heading must be followed by a block, and belong to a
 * run of at most two heading-like lines. The opening line is the headline whenever it looks like
 * one, even above a table of short lines (Reuters earnings reports).
 */
export function chooseHeadings(candidates: ReadonlyArray<boolean | null>): boolean[] {
  const headings = candidates.map(() => false)
  let runStart = 0
  if (candidates[0] === true && candidates.length > 1) {
    headings[0] = true
    runStart = 1
  }
  while (runStart < candidates.length) {
    if (candidates[runStart] !== true) {
      runStart++
      continue
    }
    let runEnd = runStart
    while (runEnd < candidates.length && candidates[runEnd] === true) runEnd++
    const followedByText = runEnd < candidates.length
    if (followedByText && runEnd - runStart <= MAX_HEADING_RUN) for (let index = runStart; index < runEnd; index++) headings[index] = true
    runStart = runEnd
  }
  return headings
}
