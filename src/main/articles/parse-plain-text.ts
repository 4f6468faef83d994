import { readFusedDate } from './article-metadata'
import { isStandaloneFurniture } from './boilerplate'
import type { MappedText } from './mapped-text'
import type { ReadArticle, SourceBlock } from './source-block'

/**
 * Reads a plain-text article into blocks. Blank lines always separate blocks. Within a run of
 * non-blank lines, each line is its own block (seed 001 puts one paragraph per line), unless the
 * file is hard-wrapped (Reuters newswires wrap at ~70 columns and start paragraphs with an indent):
 * then the wrapped lines are rejoined into their paragraphs.
 */

interface Line {
  /** Offset of the line's first character in the original. */
  start: number
  contentStart: number
  /** End of the line's text without trailing whitespace. */
  contentEnd: number
  /** Leading whitespace, in characters. */
  indent: number
  /** Spaces inside the text line up columns: a row of a fixed-width table. */
  isTableRow: boolean
}

/** Hard-wrapped text is narrower than this; wider lines are paragraphs written on one line. */
const MAX_WRAP_WIDTH = 120
/** Nobody wraps prose this narrow: shorter lines are a list (scores, figures), one item per line. */
const MIN_WRAP_WIDTH = 40
/** Share of mid-paragraph lines that must be "full" (the next word would not have fitted) to call a file hard-wrapped. */
const MIN_FULL_LINE_SHARE = 0.6
/**
 * Wrapping tools do not all fill lines greedily to one exact column (Reuters lines end between ~55
 * and 64): a line counts as full when the next word would have taken it past 90% of the width.
 */
const FULL_LINE_SLACK = 0.9
/** The wrap width is read at this percentile of line widths: one overlong line must not widen it. */
const WIDTH_PERCENTILE = 0.9
/** An indent this much deeper than the run's shallowest line starts a new paragraph. */
const PARAGRAPH_INDENT = 2

const TABLE_GAP = /\S(?: {3,}|\t)\S/
/** Where a line ends; a regular expression finds it several times faster than a loop over the characters. */
const LINE_BREAK = /[\n\r]/g

/** A gap between two words of a line: `includes` rules out most lines faster than the regular expression can fail. */
function looksLikeTableRow(line: string): boolean {
  return (line.includes('   ') || line.includes('\t')) && TABLE_GAP.test(line)
}

export function readPlainTextArticle(original: string): ReadArticle {
  const fusedDate = readFusedDate(original)
  const runs = splitIntoRuns(original, fusedDate?.length ?? 0)
  const wrapWidth = detectWrapWidth(original, runs)
  const paragraphsOfRuns = runs.map((run) => (wrapWidth === null ? run.map((line) => [line]) : rejoinWrappedLines(original, run, wrapWidth)))
  // The blocks' origins are views of one array for the whole file: allocating a typed array per
  // block cost about a tenth of reading an article. No later stage writes into them (see mapped-text).
  let originsLength = 0
  for (const paragraphs of paragraphsOfRuns) for (const paragraph of paragraphs) originsLength += joinedLength(paragraph)
  const origins = new Int32Array(originsLength)
  let offset = 0
  const blocks: SourceBlock[] = []
  for (const paragraphs of paragraphsOfRuns) {
    for (const paragraph of paragraphs) {
      const length = joinedLength(paragraph)
      blocks.push({
        content: joinLines(original, paragraph, origins.subarray(offset, offset + length)),
        kind: null,
        isTableRow: paragraph.length === 1 && paragraph[0]!.isTableRow,
        isInWrappedRun: wrapWidth !== null && paragraphs.length > 1
      })
      offset += length
    }
  }
  return { blocks, title: null, date: fusedDate?.date ?? null, boilerplate: [], warnings: [] }
}

/** Runs of consecutive non-blank lines, from offset `from` (after a fused date). */
function splitIntoRuns(original: string, from: number): Line[][] {
  const runs: Line[][] = []
  let run: Line[] = []
  let start = from
  while (start <= original.length) {
    LINE_BREAK.lastIndex = start
    const end = LINE_BREAK.exec(original)?.index ?? original.length
    let contentStart = start
    while (contentStart < end && isBlank(original[contentStart]!)) contentStart++
    let contentEnd = end
    while (contentEnd > contentStart && isBlank(original[contentEnd - 1]!)) contentEnd--
    if (contentStart === contentEnd) {
      if (run.length > 0) runs.push(run)
      run = []
    } else {
      run.push({ start, contentStart, contentEnd, indent: contentStart - start, isTableRow: looksLikeTableRow(original.slice(contentStart, contentEnd)) })
    }
    if (end >= original.length) break
    start = end + (original[end] === '\r' && original[end + 1] === '\n' ? 2 : 1)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

function isBlank(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\u00a0' || character === '\f' || character === '\v'
}

function lineWidth(line: Line): number {
  return line.contentEnd - line.start
}

function firstWordLength(original: string, line: Line): number {
  let end = line.contentStart
  while (end < line.contentEnd && original.charCodeAt(end) !== 0x20 && original.charCodeAt(end) !== 0x09) end++
  return end - line.contentStart
}

function startsParagraph(line: Line, runIndent: number): boolean {
  return line.indent >= runIndent + PARAGRAPH_INDENT
}

/**
 * The column the text was wrapped at, or null when it is not hard-wrapped. The width is that of the
 * longest mid-paragraph lines (90th percentile, so a stray overlong line does not count); the file is wrapped when most of those lines are "full": adding the next
 * line's first word would have (nearly) passed that width, which is why the line was broken there.
 */
function detectWrapWidth(original: string, runs: Line[][]): number | null {
  const midParagraph: Array<[Line, Line]> = []
  for (const run of runs) {
    const runIndent = Math.min(...run.map((line) => line.indent))
    for (let index = 0; index + 1 < run.length; index++) {
      const line = run[index]!
      const next = run[index + 1]!
      if (line.isTableRow || next.isTableRow || startsParagraph(next, runIndent)) continue
      midParagraph.push([line, next])
    }
  }
  if (midParagraph.length < 2) return null
  const widths = midParagraph.map(([line]) => lineWidth(line)).sort((a, b) => a - b)
  const width = widths[Math.floor((widths.length - 1) * WIDTH_PERCENTILE)]!
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return null
  let full = 0
  for (const [line, next] of midParagraph) if (isFullLine(original, line, next, width)) full++
  return full >= midParagraph.length * MIN_FULL_LINE_SHARE ? width : null
}

/** The next line's first word would not have fitted on this line: the break was the wrapper's, not the author's. */
function isFullLine(original: string, line: Line, next: Line, width: number): boolean {
  return lineWidth(line) + 1 + firstWordLength(original, next) > width * FULL_LINE_SLACK
}

const STARTS_LOWERCASE = /^\p{Ll}/u

/** Groups a run's lines into paragraphs: a line continues the previous one unless something says it starts anew. */
function rejoinWrappedLines(original: string, run: Line[], wrapWidth: number): Line[][] {
  const runIndent = Math.min(...run.map((line) => line.indent))
  const paragraphs: Line[][] = []
  let current: Line[] = []
  run.forEach((line, index) => {
    const previous = run[index - 1]
    const continues =
      previous !== undefined &&
      !line.isTableRow &&
      !previous.isTableRow &&
      !startsParagraph(line, runIndent) &&
      !isSignOff(original, previous, line, runIndent) &&
      (isFullLine(original, previous, line, wrapWidth) ||
        STARTS_LOWERCASE.test(original.slice(line.contentStart, line.contentStart + 1)))
    if (!continues && current.length > 0) {
      paragraphs.push(current)
      current = []
    }
    current.push(line)
  })
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

const ENDS_SENTENCE = /[.!?"”»)]$/u

/**
 * A sign-off or furniture line (" Reuter") stays on its own: it is set apart by its indent or
 * follows a finished sentence. A wrapped fragment that happens to read like one ("share.", the end
 * of "1.53 dlrs a / share.") continues its paragraph.
 */
function isSignOff(original: string, previous: Line, line: Line, runIndent: number): boolean {
  if (line.indent === runIndent && !ENDS_SENTENCE.test(original.slice(previous.contentStart, previous.contentEnd))) return false
  return isStandaloneFurniture(original.slice(line.contentStart, line.contentEnd))
}

/** Characters of the lines joined by a space. */
function joinedLength(lines: Line[]): number {
  let length = lines.length - 1
  for (const line of lines) length += line.contentEnd - line.contentStart
  return length
}

/**
 * The lines' text joined by a space (Riscontro's own, so it maps to nothing). Their origins are
 * written into `origins`, which is exactly `joinedLength(lines)` long.
 */
function joinLines(original: string, lines: Line[], origins: Int32Array): MappedText {
  if (lines.length === 1) {
    const { contentStart, contentEnd } = lines[0]!
    for (let position = contentStart; position < contentEnd; position++) origins[position - contentStart] = position
    return { text: original.slice(contentStart, contentEnd), origins }
  }
  const parts: string[] = []
  let offset = 0
  lines.forEach((line, index) => {
    if (index > 0) {
      parts.push(' ')
      origins[offset++] = -1
    }
    parts.push(original.slice(line.contentStart, line.contentEnd))
    for (let position = line.contentStart; position < line.contentEnd; position++) origins[offset++] = position
  })
  return { text: parts.join(''), origins }
}
