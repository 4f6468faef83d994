/**
 * Cuts a sentence into the tokens the recognizers read: runs of digits (with their thousands and
 * decimal separators kept together), words, and single symbols. Whitespace is dropped; adjacency is
 * still visible through the offsets (`previous.end === next.start`), which is how "12mila", "KN-23"
 * and "€1,99" are told apart from "12 mila", "KN 23" and "€ 1,99".
 */
export type TokenType = 'number' | 'word' | 'symbol'

export interface Token {
  type: TokenType
  /** As written. */
  text: string
  /** Lowercased, with the typographic apostrophe folded to `'`. */
  lower: string
  start: number
  end: number
}

export interface TokenizeOptions {
  /** Italian keeps an elided article or preposition as its own token: "d'artiglieria" → "d'", "artiglieria". */
  splitElisions: boolean
  /** Italian also groups thousands with an ordinary space ("11 000"); thin and no-break spaces always group. */
  spaceGroupsThousands: boolean
}

const thinSpaces = '\\u00A0\\u202F\\u2009'

interface TokenPatterns {
  /** A run of digits with its separators, matched where a digit starts. */
  number: RegExp
  /** A run of letters and marks (with an elided apostrophe when asked), matched where one starts. */
  word: RegExp
}

function buildPatterns(options: TokenizeOptions): TokenPatterns {
  const groupSpace = options.spaceGroupsThousands ? `[ ${thinSpaces}]` : `[${thinSpaces}]`
  const spacedNumber = `\\d{1,3}(?:${groupSpace}\\d{3})+(?![\\d])(?:[.,]\\d+)?`
  const plainNumber = `\\d+(?:[.,]\\d+)*`
  const word = options.splitElisions ? `[\\p{L}\\p{M}]+(?:['’](?=[\\p{L}\\p{M}\\d]))?` : `[\\p{L}\\p{M}]+`
  // Sticky: each is tried exactly where the scan stands, and `test` moves `lastIndex` to the token's
  // end without building a match array (tokenizing is a large share of claim extraction).
  return { number: new RegExp(`${spacedNumber}|${plainNumber}`, 'uy'), word: new RegExp(word, 'uy') }
}

const patterns = new Map<string, TokenPatterns>()
const space = /\s/u

/**
 * Reads tokens left to right: whitespace is skipped; a digit starts a number, a letter or mark a
 * word, and anything else is a one-character symbol (one code point: an emoji is one symbol).
 */
export function tokenize(text: string, offset: number, options: TokenizeOptions): Token[] {
  const key = `${options.splitElisions}:${options.spaceGroupsThousands}`
  let tokenPatterns = patterns.get(key)
  if (!tokenPatterns) {
    tokenPatterns = buildPatterns(options)
    patterns.set(key, tokenPatterns)
  }
  const tokens: Token[] = []
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && space.test(text[at]!))) {
      at += 1
      continue
    }
    let type: TokenType
    let end: number
    if (code >= 0x30 && code <= 0x39) {
      type = 'number'
      end = matchEnd(tokenPatterns.number, text, at)
    } else {
      const wordEnd = code >= 0x80 || isAsciiLetter(code) ? matchEnd(tokenPatterns.word, text, at) : -1
      type = wordEnd >= 0 ? 'word' : 'symbol'
      end = wordEnd >= 0 ? wordEnd : at + (isSurrogatePair(text, at) ? 2 : 1)
    }
    const written = text.slice(at, end)
    tokens.push({ type, text: written, lower: foldToken(written), start: offset + at, end: offset + end })
    at = end
  }
  return tokens
}

/** Where a sticky pattern's match at `at` ends, or -1 when it does not match there. */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : -1
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at)
  const low = text.charCodeAt(at + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** The comparable form of a token or a lexicon entry: lowercase, one kind of apostrophe. */
export function foldToken(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower
}

/** True when nothing (not even a space) separates the two tokens. */
export function isGlued(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start
}

export function isCapitalized(token: Token | undefined): boolean {
  if (!token || token.type !== 'word') return false
  const first = token.text[0] ?? ''
  return first !== first.toLowerCase()
}
