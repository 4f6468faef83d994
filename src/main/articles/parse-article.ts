import type { ArticleDocument } from '../../shared/api'

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

/** TODO(helper): implemented by the article-text work. */
export function articleFormatOf(fileName: string): ArticleFormat | null {
  const extension = fileName.toLowerCase().split('.').pop()
  if (extension === 'txt') return 'text'
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  return null
}

export function parseArticle(bytes: Uint8Array, format: ArticleFormat, fileName: string): ParseResult {
  const text = new TextDecoder().decode(bytes).trim()
  if (!text) return { ok: false, status: 'empty', reason: 'The file is empty.' }
  void format
  return {
    ok: true,
    encoding: 'UTF-8',
    warnings: [],
    title: fileName,
    date: null,
    language: 'und',
    words: text.split(/\s+/).length,
    truncated: false,
    document: { text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], boilerplate: [], restoredQuotes: [], sourceMap: [] }
  }
}
