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

function buildPattern(options: TokenizeOptions): RegExp {
  const groupSpace = options.spaceGroupsThousands ? `[ ${thinSpaces}]` : `[${thinSpaces}]`
  const spacedNumber = `\\d{1,3}(?:${groupSpace}\\d{3})+(?![\\d])(?:[.,]\\d+)?`
  const plainNumber = `\\d+(?:[.,]\\d+)*`
  const word = options.splitElisions ? `[\\p{L}\\p{M}]+(?:['’](?=[\\p{L}\\p{M}\\d]))?` : `[\\p{L}\\p{M}]+`
  return new RegExp(`(${spacedNumber}|${plainNumber})|(${word})|(\\S)`, 'gu')
}

const patterns = new Map<string, RegExp>()

export function tokenize(text: string, offset: number, options: TokenizeOptions): Token[] {
  const key = `${options.splitElisions}:${options.spaceGroupsThousands}`
  let pattern = patterns.get(key)
  if (!pattern) {
    pattern = buildPattern(options)
    patterns.set(key, pattern)
  }
  pattern.lastIndex = 0
  const tokens: Token[] = []
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const written = match[0]
    const type: TokenType = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'symbol'
    const start = offset + match.index
    tokens.push({ type, text: written, lower: foldToken(written), start, end: start + written.length })
  }
  return tokens
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
