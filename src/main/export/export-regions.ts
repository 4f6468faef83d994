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

/** The PDF report's Creator (pdf-export-mark.ts writes it). */
export const RISCONTRO_PDF_CREATOR = 'Riscontro'
const PDF_HEADER = Buffer.from('%PDF-')
const PDF_REPORT_CREATOR = Buffer.from(`/Creator (${RISCONTRO_PDF_CREATOR})`)

/**
 * True for a file Riscontro exported (a begin marker at the start of a line, the HTML report's
 * generator line, or the PDF report's Creator): such a file is never indexed as an article, or its
 * figures would be counted again as another source. Works on the raw bytes (UTF-8 or any
 * ASCII-compatible encoding), before the file is decoded.
 */
export function isRiscontroExport(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.subarray(0, PDF_HEADER.length).equals(PDF_HEADER)) return buffer.indexOf(PDF_REPORT_CREATOR) !== -1
  for (let at = buffer.indexOf(BEGIN_PREFIX); at !== -1; at = buffer.indexOf(BEGIN_PREFIX, at + 1)) {
    if (at === 0 || buffer[at - 1] === 0x0a || (at === 3 && buffer[0] === 0xef)) return true
  }
  return buffer.indexOf(HTML_REPORT_GENERATOR) !== -1
}

/** A region as the export writes it: its id, the hash of its content, and the content in pieces. */
export interface GeneratedRegion {
  id: string
  hash: string
  /** The Markdown between the markers, without blank lines at either end, in the pieces it was made in. */
  pieces: readonly string[]
}

/**
 * A region from its Markdown given in pieces (joined, they are its content; batches of a long
 * table or of thousands of footnotes). The hash goes in the begin marker, so a region is held whole
 * until it is hashed; the file around it never is.
 */
export function generateRegion(id: string, pieces: Iterable<string>): GeneratedRegion {
  const kept = [...pieces].filter((piece) => piece !== '')
  if (kept.length > 0) {
    kept[0] = kept[0]!.trimStart()
    kept[kept.length - 1] = kept[kept.length - 1]!.trimEnd()
  }
  const hasher = new RegionHasher()
  for (const piece of kept) hasher.update(piece)
  return { id, hash: hasher.digest(), pieces: kept }
}

/** The region's text, markers included, in the order it is written (no trailing newline). */
export function* regionText(region: GeneratedRegion): Generator<string> {
  yield `<!-- riscontro:begin id=${region.id} hash=${region.hash} -->\n\n`
  yield* region.pieces
  yield `\n\n<!-- riscontro:end id=${region.id} -->`
}

/**
 * Insensitive to what editors change without the user meaning to: line endings, trailing spaces,
 * blank lines at either end. Any other change inside a region counts as a user edit.
 */
export function hashRegion(inner: string): string {
  const hasher = new RegionHasher()
  hasher.update(inner)
  return hasher.digest()
}

/**
 * The hash of a region's content, normalized line by line as it is fed (CRLF as LF, each line
 * without trailing spaces, no blank lines or spaces at either end): a 10 MB region of footnotes is
 * hashed without the copies that normalizing it as one string would make.
 */
class RegionHasher {
  private readonly hash = createHash('sha256')
  /** The unfinished last line of what was fed so far. */
  private partial = ''
  /** A CR ending the last piece: a line break, or half of a CRLF the next piece completes. */
  private carriageReturn = false
  private started = false
  /** Blank lines seen since the last line with text: written only if another line with text follows. */
  private pendingBreaks = 0

  update(piece: string): void {
    let text = this.carriageReturn ? `\r${piece}` : piece
    this.carriageReturn = text.endsWith('\r')
    if (this.carriageReturn) text = text.slice(0, -1)
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
    let start = 0
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      this.addLine(this.partial + text.slice(start, newline))
      this.partial = ''
      start = newline + 1
    }
    this.partial += text.slice(start)
  }

  digest(): string {
    this.addLine(this.partial)
    return this.hash.digest('hex').slice(0, 12)
  }

  private addLine(raw: string): void {
    const line = raw.trimEnd()
    if (line === '') {
      if (this.started) this.pendingBreaks++
      return
    }
    if (this.started) this.hash.update('\n'.repeat(this.pendingBreaks + 1))
    this.hash.update(this.started ? line : line.trimStart())
    this.started = true
    this.pendingBreaks = 0
  }
}

/**
 * Cuts Markdown (LF line endings) into user text and generated regions, in order; joining every
 * segment's text (or raw) with line breaks gives the input back. A begin marker without
 * its end marker, with another begin before its end, or repeating an id already seen, is left as
 * user text: a damaged region is never replaced, so nothing the user wrote near it is lost.
 */
export function splitRegions(markdown: string): Segment[] {
  const lines = markdown.split('\n')
  // Segments are slices of the input, never lines joined again: V8 keeps a slice as a view of the
  // string it comes from, so a 20 MB export is not copied once more per region (issue 15).
  const lineStart: number[] = []
  let offset = 0
  for (const text of lines) {
    lineStart.push(offset)
    offset += text.length + 1
  }
  /** Lines `from` to `to` (exclusive) as the input has them, without the newline after the last. */
  const linesText = (from: number, to: number): string => (to > from ? markdown.slice(lineStart[from], lineStart[to - 1]! + lines[to - 1]!.length) : '')
  const inCode = markCodeLines(lines)
  const isBegin = (at: number): RegExpExecArray | null => (inCode[at] ? null : BEGIN.exec(lines[at]!))
  const segments: Segment[] = []
  const seen = new Set<string>()
  let textStart = 0
  let line = 0
  const pushText = (end: number): void => {
    if (end > textStart) segments.push({ kind: 'text', text: linesText(textStart, end) })
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
      inner: trimBlankLines(linesText(line + 1, end)),
      raw: linesText(line, end + 1)
    })
    line = end + 1
    textStart = line
  }
  pushText(lines.length)
  return segments
}

/** Without newlines at either end; a slice, not a copy. */
function trimBlankLines(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && text.charCodeAt(start) === 0x0a) start++
  while (end > start && text.charCodeAt(end - 1) === 0x0a) end--
  return text.slice(start, end)
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
