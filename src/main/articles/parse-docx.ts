import { normalizeDate } from './article-metadata'
import { readHtmlBlocks } from './parse-html'
import type { ReadArticle } from './source-block'
import { assertMarkupWithinLimits } from './structure-limits'
import { xmlText, ZipArchive } from './zip-archive'

/**
 * Reads a Word document (.docx) with mammoth, which turns its paragraphs, headings (by Word's
 * heading styles), lists and tables into HTML; that HTML is read into blocks like an EPUB chapter.
 * Title, author, date and company come from the document's properties (docProps/core.xml, app.xml).
 *
 * Source map: none (the text is rebuilt from the document's XML).
 */
export async function readDocxArticle(bytes: Uint8Array): Promise<ReadArticle> {
  const archive = ZipArchive.open(bytes, 'docx')
  const body = archive.text('word/document.xml')
  if (body === null) {
    throw new Error('it holds no word/document.xml')
  }
  // mammoth reads the body's XML recursively: nesting past the limit is refused before it starts.
  assertMarkupWithinLimits(body, 'xml')
  // mammoth pulls in a zip reader and an XML parser: loaded on the first Word file.
  const { default: mammoth } = await import('mammoth')
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
  const core = archive.xml('docProps/core.xml')
  const app = archive.xml('docProps/app.xml')
  return {
    blocks: readHtmlBlocks(html),
    title: core && xmlText(core, 'dc:title'),
    date: normalizeDate(core && xmlText(core, 'dcterms:created')),
    outlet: app && xmlText(app, 'Company'),
    author: core && xmlText(core, 'dc:creator'),
    url: null,
    boilerplate: [],
    warnings: []
  }
}
