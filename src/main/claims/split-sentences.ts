/**
 * Sentence spans of an article, for `Claim.sentence` and for the sentence-wide context of a claim
 * (its source, its period). Blocks (blank lines) always end a sentence; a single line break ends one
 * unless the text plainly runs on (hard-wrapped newswires: "said the company\nwill…").
 */
export interface Span {
  start: number
  end: number
}

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'st', 'jr', 'sr', 'co', 'corp', 'inc',
  'ltd', 'no', 'nos', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'dott', 'sig', 'sigg',
  'on', 'avv', 'ing', 'arch', 'pag', 'art', 'nr', 'ca', 'approx', 'fig', 'vol', 'pp', 'mt', 'ft', 'rev', 'gen', 'mln', 'mld', 'p', 'n', 'cit', 'ecc'
])

// Newswire copy sometimes loses the space between sentences ("…Kim Keon-hee.It says…"): a stop
// between a lowercase word and a capitalized one ends a sentence too. Its lookbehind comes after
// the stop, not before it: every alternative then starts with a literal character, so the engine
// skips ahead to the next stop or line break instead of trying the lookbehind at every position.
const boundary = /([.!?…]+)(["'”’»)\]]*)(?=\s)|([.!?])(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})|\n[ \t]*\n\s*|\n/gu

export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let sentenceStart = 0
  boundary.lastIndex = 0
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const at = match.index
    const after = at + match[0].length
    if (match[1] !== undefined) {
      if (!endsSentence(text, at, after)) continue
    } else if (match[0] === '\n' && runsOn(text, at)) {
      continue
    }
    pushTrimmed(spans, text, sentenceStart, match[1] !== undefined || match[3] !== undefined ? after : at)
    sentenceStart = after
  }
  pushTrimmed(spans, text, sentenceStart, text.length)
  return spans
}

/** A stop followed by a capital, a digit or an opening quote, and not closing an abbreviation or an initial. */
function endsSentence(text: string, stopAt: number, after: number): boolean {
  let next = after
  while (next < text.length && isSpaceAt(text, next)) next += 1
  const following = text[next] ?? ''
  if (following && !/[\p{Lu}\d"“«'‘(\-–—]/u.test(following)) return false
  if (text[stopAt] !== '.') return true
  let wordStart = stopAt
  while (wordStart > 0 && isLetterOrDotAt(text, wordStart - 1)) wordStart -= 1
  const word = text.slice(wordStart, stopAt)
  if (/^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word)) return false
  return !abbreviations.has(word.toLowerCase())
}

/** A single line break inside a sentence: the line ends mid-phrase and the next starts in lowercase or a digit. */
function runsOn(text: string, newlineAt: number): boolean {
  let before = newlineAt - 1
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before -= 1
  let after = newlineAt + 1
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after += 1
  const last = text[before] ?? ''
  const next = text[after] ?? ''
  return /[\p{Ll}\d,;:\-(]/u.test(last) && /[\p{Ll}\d(]/u.test(next)
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpaceAt(text, start)) start += 1
  while (end > start && isSpaceAt(text, end - 1)) end -= 1
  if (end > start) spans.push({ start, end })
}

// Character tests run on every character around a boundary: ASCII is decided from the code, without
// making a one-character string for a regular expression.
const SPACE = /\s/
const LETTER_OR_DOT = /[\p{L}.]/u

function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[at]!)
}

function isLetterOrDotAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code < 0x80 ? code === 0x2e || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : LETTER_OR_DOT.test(text[at]!)
}

/** Spans of the lines (single line breaks) of a text; page furniture is judged per line. */
export function lineAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  return { start, end: newline === -1 ? text.length : newline }
}
