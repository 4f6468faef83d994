import { createHash } from 'node:crypto'

/**
 * Generated parts of an exported file sit between HTML comments carrying a stable id and a hash of
 * what was generated:
 *
 *     <!-- riscontro:begin id=table hash=3f2a9c01b4de -->
 *     …generated Markdown…
 *     <!-- riscontro:end id=table -->
 *
 * Markdown renderers (GitHub, Obsidian, pandoc) hide the comments. A re-export replaces what is
 * between them and keeps everything else; the hash tells whether the user edited inside.
 *
 * A marker counts only as a whole line starting at the line's first column, outside fenced code:
 * a note quoting a marker in a code block (or an indented one) must not cut its region in two
 * (issue 15), which left the region unreplaced while the export reported an update.
 */

const BEGIN = /^<!-- riscontro:begin id=([a-z0-9-]+)(?: hash=([0-9a-f]+))? -->[ \t]*$/
const END = /^<!-- riscontro:end id=([a-z0-9-]+) -->[ \t]*$/
/** A code fence as CommonMark opens and closes one: three or more backticks or tildes. */
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/

export interface TextSegment {
  kind: 'text'
  text: string
}

export interface RegionSegment {
  kind: 'region'
  id: string
  /** The hash the begin marker carries, or null when it carries none. */
  hash: string | null
  /** What is between the markers, without the newlines next to them. */
  inner: string
  /** The region as written, markers included, without a trailing newline. */
  raw: string
}

export type Segment = TextSegment | RegionSegment

const BEGIN_PREFIX = Buffer.from('<!-- riscontro:begin id=')

/** The HTML report's own line (export-html.ts writes it, alone on its line, in the head). */
const HTML_REPORT_GENERATOR = Buffer.from('\n<meta name="generator" content="Riscontro">\n')

/**
 * True for a file Riscontro exported (a begin marker at the start of a line, or the HTML report's
 * generator line): such a file is never indexed as an article, or its figures would be counted
 * again as another source. Works on the raw bytes (UTF-8 or any ASCII-compatible encoding), before
 * the file is decoded.
 */
export function isRiscontroExport(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = buffer.indexOf(BEGIN_PREFIX); at !== -1; at = buffer.indexOf(BEGIN_PREFIX, at + 1)) {
    if (at === 0 || buffer[at - 1] === 0x0a || (at === 3 && buffer[0] === 0xef)) return true
  }
  return buffer.indexOf(HTML_REPORT_GENERATOR) !== -1
}

/** A generated region, markers included. `inner` is Markdown without surrounding blank lines. */
export function wrapRegion(id: string, inner: string): string {
  const content = inner.trim()
  return `<!-- riscontro:begin id=${id} hash=${hashRegion(content)} -->\n\n${content}\n\n<!-- riscontro:end id=${id} -->`
}

/**
 * Insensitive to what editors change without the user meaning to: line endings, trailing spaces,
 * blank lines at either end. Any other change inside a region counts as a user edit.
 */
export function hashRegion(inner: string): string {
  return createHash('sha256').update(normalizeRegion(inner)).digest('hex').slice(0, 12)
}

export function normalizeRegion(inner: string): string {
  return inner
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
}

/** True when the region's content no longer matches the hash written with it. */
export function isEditedRegion(region: RegionSegment): boolean {
  return region.hash === null || region.hash !== hashRegion(region.inner)
}

/**
 * Cuts Markdown (LF line endings) into user text and generated regions, in order; joining every
 * segment's text (or raw) with line breaks gives the input back. A begin marker without
 * its end marker, with another begin before its end, or repeating an id already seen, is left as
 * user text: a damaged region is never replaced, so nothing the user wrote near it is lost.
 */
export function splitRegions(markdown: string): Segment[] {
  const lines = markdown.split('\n')
  const inCode = markCodeLines(lines)
  const isBegin = (at: number): RegExpExecArray | null => (inCode[at] ? null : BEGIN.exec(lines[at]!))
  const segments: Segment[] = []
  const seen = new Set<string>()
  let textStart = 0
  let line = 0
  const pushText = (end: number): void => {
    if (end > textStart) segments.push({ kind: 'text', text: lines.slice(textStart, end).join('\n') })
  }
  while (line < lines.length) {
    const begin = isBegin(line)
    const end = begin && !seen.has(begin[1]!) ? findEnd(lines, inCode, line + 1, begin[1]!) : -1
    if (!begin || end === -1) {
      line++
      continue
    }
    pushText(line)
    const id = begin[1]!
    seen.add(id)
    segments.push({
      kind: 'region',
      id,
      hash: begin[2] ?? null,
      inner: lines.slice(line + 1, end).join('\n').replace(/^\n+|\n+$/g, ''),
      raw: lines.slice(line, end + 1).join('\n')
    })
    line = end + 1
    textStart = line
  }
  pushText(lines.length)
  return segments
}

function findEnd(lines: readonly string[], inCode: readonly boolean[], from: number, id: string): number {
  for (let line = from; line < lines.length; line++) {
    if (inCode[line]) continue
    if (BEGIN.test(lines[line]!)) return -1
    const end = END.exec(lines[line]!)
    if (end) return end[1] === id ? line : -1
  }
  return -1
}

/**
 * Which lines belong to a fenced code block, fences included. A fence closes with the same
 * character, at least as long, and nothing after it; an unclosed fence runs to the end (CommonMark).
 */
function markCodeLines(lines: readonly string[]): boolean[] {
  const inCode = new Array<boolean>(lines.length).fill(false)
  let open: string | null = null
  for (let line = 0; line < lines.length; line++) {
    const fence = FENCE.exec(lines[line]!)
    if (open === null) {
      // A backtick fence's info string cannot hold a backtick; such a line is inline code, not a fence.
      if (fence && !(fence[1]!.startsWith('`') && fence[2]!.includes('`'))) {
        open = fence[1]!
        inCode[line] = true
      }
      continue
    }
    inCode[line] = true
    if (fence && fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2]!.trim() === '') open = null
  }
  return inCode
}
