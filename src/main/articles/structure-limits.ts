import type { ArticleFormat } from './article-format'
import { DocumentReadError } from './source-block'
import type { en } from '../../shared/i18n/en'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'

/**
 * Limits on how deeply a file nests, checked in one linear pass over its bytes before it is parsed.
 * Parsers' cost grows steeply with nesting: 0.4 MB of nested brackets in a `.md` took 138 s in
 * micromark, 0.6 MB of nested `<div>` 30 s in linkedom and Readability, 20,000 nested quotes overflowed
 * the stack (issue 15). No article nests this deep; a file that does is listed with the reason and
 * the rest of the library indexes. The scan reads structure characters as ASCII, the same in UTF-8
 * and the single-byte encodings.
 */

/** Markdown: nested brackets, quotes or list levels. Real notes and articles stay under five. */
export const MAX_MARKDOWN_NESTING = 32
/**
 * Markdown: brackets in one paragraph. micromark matches link labels in time that grows with the
 * square of their number, nested or not: 60,000 `[x]` in a paragraph took over a minute.
 */
export const MAX_BRACKETS_PER_PARAGRAPH = 1_000
/** Markdown: emphasis and strong markers in one paragraph, whose pairing micromark resolves pair by pair. */
export const MAX_EMPHASIS_MARKERS_PER_PARAGRAPH = 5_000
/** HTML: open elements at once. 256 nested `<div>` took about a second to read on our CI machine, 500 ten. */
export const MAX_HTML_NESTING = 256
/** XML (feeds, EPUB packages, a Word document's body and properties): open elements at once, read by the same DOM. */
export const MAX_XML_NESTING = 256
/** MIME parts inside parts (e-mails, saved pages); a real message nests three or four. */
export const MAX_MIME_NESTING = 32

/** Why the file is over a limit, in words the user can act on; null when it is within them. */
export function findStructureOverLimit(bytes: Uint8Array, format: ArticleFormat): UserMessage | null {
  if (format === 'markdown') return findMarkdownOverLimit(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
  if (format === 'html') return findMarkupOverLimit(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), 'html')
  return null
}

/**
 * For markup found inside another format (an e-mail's HTML part, an EPUB chapter, a feed and its
 * items' HTML, a Word document's XML), which the scan of the raw file cannot see: throws a
 * DocumentReadError with status `over-limit` when it nests past the limit, so the file is listed
 * with the reason like any other over a limit.
 */
export function assertMarkupWithinLimits(markup: string, language: 'html' | 'xml'): void {
  const overLimit = findMarkupOverLimit(markup, language)
  if (overLimit) throw new DocumentReadError('over-limit', overLimit)
}

/** What nests or repeats, as a key of `markupParts` in the interface's words. */
type MarkupPart = keyof typeof en.markupParts

const overLimit = (what: MarkupPart, limit: number): UserMessage => userMessage('nestedTooDeep', { what, limit })

const tooMany = (what: MarkupPart, limit: number): UserMessage => userMessage('tooManyInParagraph', { what, limit })

function findMarkdownOverLimit(text: string): UserMessage | null {
  let bracketDepth = 0
  let brackets = 0
  let emphasisMarkers = 0
  let inFence = false
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (inFence) continue
    if (line.trim() === '') {
      // Links and emphasis never span paragraphs.
      bracketDepth = 0
      brackets = 0
      emphasisMarkers = 0
      continue
    }
    const quoteDepth = /^[\s>]*/.exec(line)![0].split('>').length - 1
    if (quoteDepth > MAX_MARKDOWN_NESTING) return overLimit('quotes', MAX_MARKDOWN_NESTING)
    const listItem = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s/.exec(line)
    if (listItem && listItem[1]!.replace(/\t/g, '    ').length / 2 > MAX_MARKDOWN_NESTING) return overLimit('lists', MAX_MARKDOWN_NESTING)
    for (let at = 0; at < line.length; at++) {
      const char = line.charCodeAt(at)
      if (char === 0x5b) {
        if (++bracketDepth > MAX_MARKDOWN_NESTING) return overLimit('brackets', MAX_MARKDOWN_NESTING)
        if (++brackets > MAX_BRACKETS_PER_PARAGRAPH) return tooMany('brackets', MAX_BRACKETS_PER_PARAGRAPH)
      } else if (char === 0x5d) {
        bracketDepth = Math.max(0, bracketDepth - 1)
      } else if ((char === 0x2a || char === 0x5f) && ++emphasisMarkers > MAX_EMPHASIS_MARKERS_PER_PARAGRAPH) {
        return tooMany('emphasis', MAX_EMPHASIS_MARKERS_PER_PARAGRAPH)
      }
    }
  }
  return null
}

/** Elements that never hold others, and those whose end tag may be left out (the parser closes them itself). */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rp rt html head body'.split(' ')
)
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/

/**
 * One pass, each character looked at a bounded number of times: a scan that backtracks would be a
 * hostile input's next target. XML closes no element implicitly, so there every element counts.
 */
function findMarkupOverLimit(html: string, language: 'html' | 'xml'): UserMessage | null {
  const limit = language === 'html' ? MAX_HTML_NESTING : MAX_XML_NESTING
  const lower = html.toLowerCase()
  let depth = 0
  let at = html.indexOf('<')
  while (at !== -1) {
    if (language === 'xml' && html.startsWith('<![CDATA[', at)) {
      // Character data: what looks like tags in it (a feed item's HTML) is text here, checked when read as HTML.
      const end = html.indexOf(']]>', at + 9)
      if (end === -1) break
      at = html.indexOf('<', end + 3)
      continue
    }
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      if (end === -1) break
      at = html.indexOf('<', end + 3)
      continue
    }
    const end = html.indexOf('>', at)
    if (end === -1) break
    const tag = TAG_NAME.exec(html.slice(at, Math.min(end + 1, at + 64)))
    const name = tag?.[2]?.toLowerCase()
    let next = end + 1
    if (tag && name !== undefined && html[end - 1] !== '/' && (language === 'xml' || !NOT_NESTING.has(name))) {
      if (language === 'html' && (name === 'script' || name === 'style')) {
        // Their content is text, whatever it looks like; they hold no elements.
        if (!tag[1]) {
          const close = lower.indexOf(`</${name}`, next)
          if (close === -1) break
          next = close + 2
        }
      } else if (tag[1]) {
        depth = Math.max(0, depth - 1)
      } else if (++depth > limit) {
        return overLimit('elements', limit)
      }
    }
    at = html.indexOf('<', next)
  }
  return null
}
