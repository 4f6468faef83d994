import type { ArticleDocument } from '../../shared/api'
import { chooseTitle } from './article-metadata'
import { buildArticleDocument } from './build-document'
import { countWords } from './clean-text'
import { decodeArticleBytes } from './decode-text'
import { detectLanguage } from './detect-language'
import { readHtmlArticle } from './parse-html'
import { readMarkdownArticle } from './parse-markdown'
import { readPlainTextArticle } from './parse-plain-text'
import type { ReadArticle } from './source-block'

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

/** The formats Riscontro reads as articles; every other file is listed as "not an article". */
export type ArticleFormat = 'text' | 'markdown' | 'html'

export type ParseResult =
  | {
      ok: true
      encoding: string
      warnings: string[]
      title: string
      date: string | null
      language: string
      words: number
      truncated: boolean
      document: ArticleDocument
    }
  | { ok: false; status: 'empty' | 'binary'; reason: string }

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html'
}

export function articleFormatOf(fileName: string): ArticleFormat | null {
  const dot = fileName.lastIndexOf('.')
  if (dot < 0) return null
  return FORMAT_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null
}

export function parseArticle(bytes: Uint8Array, format: ArticleFormat, fileName: string): ParseResult {
  const decoded = decodeArticleBytes(bytes, { sniffHtmlCharset: format === 'html' })
  if (!decoded.ok) {
    const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')) : 'a text file'
    return {
      ok: false,
      status: 'binary',
      reason: `This file is not text (it looks like ${decoded.kind} renamed ${extension}). Riscontro reads articles saved as plain text, Markdown or HTML: open the file in the app it came from and save the article as text.`
    }
  }
  if (decoded.text.trim() === '') {
    return { ok: false, status: 'empty', reason: 'This file is empty or holds only blank space. Paste the article’s text into it, or remove it from the folder.' }
  }

  const read = readArticleStructure(decoded.text, format)
  const { document, truncated } = buildArticleDocument(read.blocks, read.boilerplate)
  if (document.text === '' && document.boilerplate.length === 0) {
    return {
      ok: false,
      status: 'empty',
      reason: 'This file has no article text, only metadata or markup. Add the article’s text to it, or remove it from the folder.'
    }
  }
  return {
    ok: true,
    encoding: decoded.encoding,
    warnings: [...decoded.warnings, ...read.warnings],
    title: chooseTitle(read.title, document, fileName),
    date: read.date,
    language: detectLanguage(document.text),
    words: countWords(document.text),
    truncated,
    document
  }
}

function readArticleStructure(text: string, format: ArticleFormat): ReadArticle {
  switch (format) {
    case 'text':
      return readPlainTextArticle(text)
    case 'markdown':
      return readMarkdownArticle(text)
    case 'html':
      return readHtmlArticle(text)
  }
}
