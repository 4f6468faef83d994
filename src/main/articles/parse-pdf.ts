import { normalizeDate } from './article-metadata'
import { createSyntheticText } from './mapped-text'
import { DocumentReadError, type ReadArticle, type SourceBlock } from './source-block'
import { userMessage } from '../../shared/i18n/user-message'

/**
 * Reads a PDF's text layer with unpdf (Mozilla's pdf.js built for servers, no worker, no canvas):
 * lines are rebuilt from the positioned text runs of each page, then joined into paragraphs where
 * the gap between lines stays at the line spacing; a line set larger than the body is a heading.
 * Every block keeps its page number, so a claim can be cited as "p. 4". A PDF that is only images
 * (a scan) has no text layer: it is listed with that reason (Riscontro does no OCR).
 *
 * Source map: none; the text is rebuilt from drawing operations, which have no character offsets.
 */

/** The pieces of pdf.js's text content used here. */
interface PdfTextRun {
  str: string
  /** [scaleX, skewX, skewY, scaleY, x, y]: the run's baseline position and size. */
  transform: number[]
  height: number
  hasEOL: boolean
}
interface PdfLine {
  text: string
  y: number
  size: number
}

/** A baseline gap over this many times the text size starts a new paragraph. */
const PARAGRAPH_GAP = 1.6
/** Lines this much larger than the page's body text are headings. */
const HEADING_SCALE = 1.2
/** Running page numbers ("4", "Pag. 4", "Page 4 of 12", "4/12") are page furniture, not text. */
const PAGE_NUMBER = /^(?:(?:p|pag|page|pagina)\.?\s*)?\d{1,4}(?:\s*(?:of|di|\/)\s*\d{1,4})?$/i

export async function readPdfArticle(bytes: Uint8Array): Promise<ReadArticle> {
  // pdf.js is large: loaded on the first PDF, never at start-up.
  const { getDocumentProxy, getMeta } = await import('unpdf')
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    // pdf.js takes ownership of the buffer it is given: it gets a copy. Verbosity 0 (errors only):
    // its warnings on damaged files ("Indexing all PDF objects") would clutter the CLI's output.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new DocumentReadError('unreadable', userMessage('pdfPassword'))
    }
    throw error
  }
  try {
    const blocks: SourceBlock[] = []
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber)
      const content = await page.getTextContent()
      blocks.push(...joinLinesIntoBlocks(readLines(content.items as PdfTextRun[]), pageNumber))
      page.cleanup()
    }
    if (!blocks.some((block) => block.content.text.trim())) {
      throw new DocumentReadError('empty', userMessage('pdfNoTextLayer', { count: pdf.numPages }))
    }
    const { info, metadata } = await getMeta(pdf)
    const infoText = (key: string): string | null => {
      // pdf.js files keys outside the standard ones (Publisher, Company) under `Custom`.
      const fields = info as Record<string, unknown> & { Custom?: Record<string, unknown> }
      const value = fields[key] ?? fields.Custom?.[key]
      return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null
    }
    const xmp = (key: string): string | null => {
      const value = (metadata as { get?: (name: string) => unknown } | null)?.get?.(key)
      const text = Array.isArray(value) ? value.join(', ') : value
      return typeof text === 'string' && text.trim() ? text.trim() : null
    }
    return {
      blocks,
      title: infoText('Title') ?? xmp('dc:title'),
      date: readPdfDate(infoText('CreationDate')) ?? normalizeDate(xmp('xmp:createdate')),
      outlet: infoText('Publisher') ?? xmp('dc:publisher') ?? infoText('Company'),
      author: infoText('Author') ?? xmp('dc:creator'),
      url: null,
      boilerplate: [],
      warnings: []
    }
  } finally {
    await pdf.destroy()
  }
}

/** PDF dates are `D:YYYYMMDDHHmmSS…`; only the calendar day is kept. */
export function readPdfDate(value: string | null): string | null {
  const match = value ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null
  if (!match) return null
  const [, year, month, day] = match
  return normalizeDate(month && day ? `${year}-${month}-${day}` : month ? `${year}-${month}` : null)
}

/** Text runs into lines: a run ending a line (or a run on another baseline) closes the line. */
function readLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfLine | null = null
  for (const run of runs) {
    if (typeof run.str !== 'string') continue
    const y = run.transform[5] ?? 0
    const size = Math.abs(run.transform[3] ?? run.height) || run.height
    if (current && Math.abs(current.y - y) > size * 0.5 && current.text.trim()) {
      lines.push(current)
      current = null
    }
    current ??= { text: '', y, size: 0 }
    current.text += run.str
    if (run.str.trim()) current.size = Math.max(current.size, size)
    if (run.hasEOL) {
      if (current.text.trim()) lines.push(current)
      current = null
    }
  }
  if (current?.text.trim()) lines.push(current)
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
}

/** Lines into paragraphs and headings; a word hyphenated across two lines is joined again. */
function joinLinesIntoBlocks(lines: readonly PdfLine[], page: number): SourceBlock[] {
  const text = lines.filter((line) => !PAGE_NUMBER.test(line.text))
  const bodySize = medianOf(text.map((line) => line.size))
  const blocks: SourceBlock[] = []
  let paragraph = ''
  let previous: PdfLine | null = null
  const flush = (): void => {
    // Kind left open, as for plain text: a short bold line may still be a heading, and a sentence cut by the
    // page break is joined again (build-document).
    if (paragraph) blocks.push({ content: createSyntheticText(paragraph), kind: null, page })
    paragraph = ''
  }
  for (const line of text) {
    if (line.size > bodySize * HEADING_SCALE) {
      flush()
      const last = blocks.at(-1)
      // A heading set over two lines stays one heading.
      if (last?.kind === 'heading' && previous && previous.size === line.size) {
        blocks[blocks.length - 1] = { ...last, content: createSyntheticText(`${last.content.text} ${line.text}`) }
      } else {
        blocks.push({ content: createSyntheticText(line.text), kind: 'heading', page })
      }
      previous = line
      continue
    }
    const gap = previous ? previous.y - line.y : 0
    if (previous && (previous.size > bodySize * HEADING_SCALE || gap > line.size * PARAGRAPH_GAP || gap < 0)) flush()
    if (!paragraph) paragraph = line.text
    else if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line.text)) paragraph = paragraph.slice(0, -1) + line.text
    else paragraph += ' ' + line.text
    previous = line
  }
  flush()
  return blocks
}

function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
