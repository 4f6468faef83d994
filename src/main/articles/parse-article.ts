import type { ArticleDocument, ArticleSummary } from '../../shared/model'
import type { ArticleFormat, DocumentFormat, TextFormat } from './article-format'
import { chooseTitle } from './article-metadata'
import { buildArticleDocument } from './build-document'
import { countWords } from './clean-text'
import { decodeArticleBytes } from './decode-text'
import { detectLanguage } from './detect-language'
import { readHtmlArticle } from './parse-html'
import { readMarkdownArticle } from './parse-markdown'
import { readPlainTextArticle } from './parse-plain-text'
import { readDocxArticle } from './parse-docx'
import { readEmailArticle, readSavedPageArticle } from './parse-email'
import { readEpubArticle } from './parse-epub'
import { readFeedArticles } from './parse-feed'
import { readPdfArticle } from './parse-pdf'
import { DocumentReadError, type DocumentReading, type ReadArticle } from './source-block'
import { userMessage, type MessageCode, type UserMessage } from '../../shared/i18n/user-message'

/**
 * Reads one article file: decode the bytes (decode-text), read the format's structure and metadata
 * (parse-plain-text, parse-markdown, parse-html), then clean it into the document the reading pane
 * shows and the claim extractor reads (build-document: spacing, boilerplate, pulled quotes,
 * headings). Pure: no Electron, no DOM globals, no file system; the library index passes the bytes in.
 *
 * Source map, by format: offsets index the decoded file (after any byte-order mark). Plain text
 * maps every character it kept (joining spaces and block separators map to nothing). Markdown maps
 * the words, aligned with the .md source around the markup. HTML has an empty map: its text is
 * rebuilt from the DOM, which keeps no source positions.
 */

export type { ArticleFormat, DocumentFormat, TextFormat } from './article-format'

/** What parsing gives an article: the summary's own fields (the index adds id, file, claims and status). */
export interface ParsedArticle extends Pick<ArticleSummary, 'title' | 'date' | 'outlet' | 'author' | 'url' | 'language' | 'words' | 'truncated'> {
  ok: true
  encoding: string
  warnings: string[]
  document: ArticleDocument
}

export interface ParseFailure {
  ok: false
  status: 'empty' | 'binary' | 'unreadable' | 'not-an-article' | 'over-limit'
  problem: UserMessage
}

export type ParseResult = ParsedArticle | ParseFailure

/**
 * What one file holds: one article, or for a feed one per item. `part` names an item within its
 * file (a short hash of its guid, link or title), null for a file that is one article.
 */
export type FileReading = { ok: true; articles: Array<ParsedArticle & { part: string | null }> } | ParseFailure

export function parseArticle(bytes: Uint8Array, format: TextFormat, fileName: string): ParseResult {
  const decoded = decodeArticleBytes(bytes, { sniffHtmlCharset: format === 'html' })
  if (!decoded.ok) {
    // A text format is known by its extension, so the name always has one.
    const extension = fileName.slice(fileName.lastIndexOf('.'))
    return { ok: false, status: 'binary', problem: userMessage('fileNotText', { kind: decoded.kind, extension }) }
  }
  if (decoded.text.trim() === '') {
    return { ok: false, status: 'empty', problem: userMessage('fileBlank') }
  }
  return finishArticle(readArticleStructure(decoded.text, format), fileName, decoded.encoding, decoded.warnings)
}

/**
 * Reads any file Riscontro knows: text formats as `parseArticle` does, the others through their
 * reader (parse-pdf, parse-docx, parse-email, parse-epub, parse-feed), whose libraries are loaded on
 * the first such file so that start-up and plain-text libraries never pay for them. A file a reader
 * refuses (encrypted, damaged, no text) comes back with a status and a reason, never an exception.
 */
export async function readArticleFile(bytes: Uint8Array, format: ArticleFormat, fileName: string): Promise<FileReading> {
  if (format === 'text' || format === 'markdown' || format === 'html') {
    const parsed = parseArticle(bytes, format, fileName)
    return parsed.ok ? { ok: true, articles: [{ ...parsed, part: null }] } : parsed
  }
  if (bytes.length === 0) {
    return { ok: false, status: 'empty', problem: userMessage('documentEmpty') }
  }
  let reading: DocumentReading
  try {
    reading = await readDocument(bytes, format)
  } catch (error) {
    if (error instanceof DocumentReadError) return { ok: false, status: error.status, problem: error.problem }
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return { ok: false, status: 'unreadable', problem: userMessage(DAMAGED_FILE[format], { reason: message }) }
  }
  const articles: Array<ParsedArticle & { part: string | null }> = []
  let failure: ParseFailure | null = null
  for (const { part, article } of reading.parts) {
    const parsed = finishArticle(article, fileName, reading.encoding, [])
    if (parsed.ok) articles.push({ ...parsed, part })
    else failure ??= parsed
  }
  if (articles.length > 0) return { ok: true, articles }
  return failure ?? { ok: false, status: 'empty', problem: userMessage(EMPTY_DOCUMENT[format]) }
}

// One message per format, so each language names the file's kind with its own grammar.
const DAMAGED_FILE: Readonly<Record<DocumentFormat, MessageCode>> = {
  pdf: 'damagedPdf',
  docx: 'damagedDocx',
  email: 'damagedEmail',
  mhtml: 'damagedMhtml',
  epub: 'damagedEpub',
  feed: 'damagedFeed'
}

const EMPTY_DOCUMENT: Readonly<Record<DocumentFormat, MessageCode>> = {
  pdf: 'noTextPdf',
  docx: 'noTextDocx',
  email: 'noTextEmail',
  mhtml: 'noTextMhtml',
  epub: 'noTextEpub',
  feed: 'noTextFeed'
}

async function readDocument(bytes: Uint8Array, format: DocumentFormat): Promise<DocumentReading> {
  switch (format) {
    case 'pdf':
      return { encoding: 'PDF', parts: [{ part: null, article: await readPdfArticle(bytes) }] }
    case 'docx':
      return { encoding: 'DOCX', parts: [{ part: null, article: await readDocxArticle(bytes) }] }
    case 'email':
      return { encoding: 'MIME', parts: [{ part: null, article: await readEmailArticle(bytes) }] }
    case 'mhtml':
      return { encoding: 'MHTML', parts: [{ part: null, article: await readSavedPageArticle(bytes) }] }
    case 'epub':
      return { encoding: 'EPUB', parts: [{ part: null, article: readEpubArticle(bytes) }] }
    case 'feed':
      return { encoding: 'UTF-8', parts: readFeedArticles(bytes) }
  }
}

/** The shared last step: clean the reader's blocks into the document, then title, language and words. */
function finishArticle(read: ReadArticle, fileName: string, encoding: string, decodeWarnings: string[]): ParseResult {
  const { document, truncated } = buildArticleDocument(read.blocks, read.boilerplate)
  if (document.text === '' && document.boilerplate.length === 0) {
    return {
      ok: false,
      status: 'empty',
      problem: userMessage('fileOnlyMarkup')
    }
  }
  return {
    ok: true,
    encoding,
    warnings: [...decodeWarnings, ...read.warnings],
    title: chooseTitle(read.title, document, fileName),
    date: read.date,
    outlet: read.outlet ?? null,
    author: read.author ?? null,
    url: read.url ?? null,
    language: detectLanguage(document.text),
    words: countWords(document.text),
    truncated,
    document
  }
}

function readArticleStructure(text: string, format: TextFormat): ReadArticle {
  switch (format) {
    case 'text':
      return readPlainTextArticle(text)
    case 'markdown':
      return readMarkdownArticle(text)
    case 'html':
      return readHtmlArticle(text)
  }
}
