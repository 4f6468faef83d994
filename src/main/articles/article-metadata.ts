import type { ArticleDocument } from '../../shared/model'

/**
 * Title and date of an article, from what the article itself states. The file's modification time
 * is never used: it says when the file was copied, not when the article was published.
 */

/** Titles longer than this are cut on a word boundary with an ellipsis. */
export const MAX_TITLE_LENGTH = 120

/**
 * ` date 2026-01-10 La guerra…`: the date line the seeds and the corpus fuse onto the first line.
 * The month form (` date 2025-06 `) is kept as `YYYY-MM`.
 */
const FUSED_DATE = /^[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?=[ \t\r\n]|$)[ \t]*/

export interface FusedDate {
  date: string
  /** Characters to skip at the start of the text: the date and the spaces after it. */
  length: number
}

export function readFusedDate(text: string): FusedDate | null {
  const match = FUSED_DATE.exec(text)
  if (!match) return null
  const [, year, month, day] = match
  const date = day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`
  return isPlausibleDate(date) ? { date, length: match[0].length } : null
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day. */
function isPlausibleDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number)
  if (year === undefined || year < 1800 || year > 2200) return false
  if (month === undefined) return true
  if (month < 1 || month > 12) return false
  if (day === undefined) return true
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day >= 1 && day <= daysInMonth
}

/**
 * A date from metadata (front matter, `<meta>`, `<time datetime>`) as `YYYY-MM-DD`, `YYYY-MM`,
 * or null. ISO strings keep their own calendar day (no time-zone shift); other formats go through
 * `Date.parse` and read in UTC.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:$|[T\s])/.exec(trimmed)
  if (iso) {
    const date = iso[3] === undefined ? `${iso[1]}-${iso[2]}` : `${iso[1]}-${iso[2]}-${iso[3]}`
    return isPlausibleDate(date) ? date : null
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed)
  if (compact) {
    const date = `${compact[1]}-${compact[2]}-${compact[3]}`
    return isPlausibleDate(date) ? date : null
  }
  const parsed = Date.parse(trimmed)
  if (Number.isNaN(parsed)) return null
  const date = new Date(parsed).toISOString().slice(0, 10)
  return isPlausibleDate(date) ? date : null
}

/** Short words that end with a full stop without ending a sentence (Italian and English). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc corp co ltd no nos vs etc fig art pag pp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec sig sigg dott dott.ssa avv ing on ecc cfr rev mons ' +
    'fla calif ariz mass conn penn wash ore tex ill mich minn wis ala miss tenn ky va md del ' +
    'e.g i.e u.s u.k u.n a.m p.m s.p.a'
  ).split(' ')
)

const SENTENCE_END = /[.!?…]/
const CLOSING_MARKS = /["”’»)\]]/
const SENTENCE_START = /[\p{Lu}\p{N}"“«‘(¿¡]/u

/** The first sentence of a paragraph: up to the first full stop that ends a sentence, not an abbreviation. */
export function extractFirstSentence(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (!SENTENCE_END.test(text[index]!)) continue
    let end = index + 1
    while (end < text.length && CLOSING_MARKS.test(text[end]!)) end++
    if (end >= text.length) return text
    if (text[end] !== ' ') continue
    const next = text[end + 1]
    if (next === undefined || !SENTENCE_START.test(next)) continue
    if (text[index] === '.' && endsWithAbbreviation(text, index)) continue
    return text.slice(0, end)
  }
  return text
}

function endsWithAbbreviation(text: string, periodIndex: number): boolean {
  let start = periodIndex
  while (start > 0 && text[start - 1] !== ' ') start--
  const token = text.slice(start, periodIndex).replace(/^["“«‘(]+/, '')
  if (token.length === 0) return false
  // An initial ("J.") or a dotted acronym ("U.S", "S.p.A") does not end a sentence.
  if (token.length === 1 && /\p{Lu}/u.test(token)) return true
  if (token.includes('.')) return true
  return ABBREVIATIONS.has(token.toLowerCase())
}

/**
 * A dateline opening a news story ("SPILAMBERTO. ", "ROMA - ", "SEOUL, Dec. 28 (Yonhap) -- ",
 * "WEST PALM BEACH, Fla. — ", or just "REGGIO EMILIA " before the first sentence): it names where
 * the story was filed, so the title starts after it. The place must be in capitals: "UE: la
 * Commissione" is a sentence, not a dateline.
 */
const PUNCTUATED_DATELINE = /^\p{Lu}[\p{Lu}\p{M} '’.-]{2,40}(?:,[\p{L}\p{N}.' ]{2,30})?(?:\s*\([^)]{1,40}\))?\s*(?:--|[-–—:.])\s*(?=\S)/u
const BARE_DATELINE = /^\p{Lu}[\p{Lu}\p{M}'’]+(?: \p{Lu}[\p{Lu}\p{M}'’]+)* (?=\p{Lu}\p{Ll})/u
const MIN_PLACE_LETTERS = 4

export function stripDateline(text: string): string {
  for (const dateline of [PUNCTUATED_DATELINE, BARE_DATELINE]) {
    const match = dateline.exec(text)
    if (!match) continue
    const place = match[0].split(/[,(]/)[0]!.replace(/[^\p{L}]/gu, '')
    if (place.length >= MIN_PLACE_LETTERS - (dateline === PUNCTUATED_DATELINE ? 1 : 0) && place === place.toUpperCase()) {
      return text.slice(match[0].length)
    }
  }
  return text
}

/** Cuts a title to `MAX_TITLE_LENGTH` on a word boundary, with an ellipsis when cut. */
export function capTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim()
  if (clean.length <= MAX_TITLE_LENGTH) return clean
  const cut = clean.lastIndexOf(' ', MAX_TITLE_LENGTH - 1)
  const head = clean.slice(0, cut > MAX_TITLE_LENGTH / 2 ? cut : MAX_TITLE_LENGTH - 1)
  return head.replace(/[\s,;:–—-]+$/u, '') + '…'
}

/** A sentence used as a title loses its final full stop (but not the dot of "U.S."). */
export function formatSentenceAsTitle(sentence: string): string {
  const capped = capTitle(sentence)
  if (capped.endsWith('…')) return capped
  return /[\p{Ll}\p{N}"”»)]\.$/u.test(capped) ? capped.slice(0, -1) : capped
}

/** The file name without its extension, the title of last resort. */
export function formatFileNameAsTitle(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName
}

/**
 * The title: the one the file states (front matter, HTML metadata), else the opening line when it
 * reads as a headline, else the first sentence of the opening paragraph, after any dateline.
 */
export function chooseTitle(statedTitle: string | null, document: ArticleDocument, fileName: string): string {
  if (statedTitle?.trim()) return capTitle(statedTitle)
  const first = document.blocks[0]
  if (!first) return formatFileNameAsTitle(fileName)
  const text = document.text.slice(first.start, first.end)
  if (first.kind === 'heading') return formatSentenceAsTitle(text)
  const opening = stripDateline(text)
  let sentence = extractFirstSentence(opening)
  // "Culle vuote?" alone says little: a very short first sentence takes the next one along.
  if (sentence.length < MIN_SENTENCE_TITLE_LENGTH && sentence.length < opening.length) {
    sentence += ' ' + extractFirstSentence(opening.slice(sentence.length).trimStart())
  }
  return formatSentenceAsTitle(sentence) || formatFileNameAsTitle(fileName)
}

const MIN_SENTENCE_TITLE_LENGTH = 25
