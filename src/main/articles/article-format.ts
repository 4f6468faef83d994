/**
 * Which reader a file goes to, by its extension. Apart from the readers themselves, so code that
 * only sorts files (the folder index on the main thread) does not load every parser.
 */

/** Formats read from decoded text; every other file is listed as "not an article". */
export type TextFormat = 'text' | 'markdown' | 'html'
/** Formats read from their bytes by a library, each loaded on the first such file. */
export type DocumentFormat = 'pdf' | 'docx' | 'email' | 'mhtml' | 'epub' | 'feed'
export type ArticleFormat = TextFormat | DocumentFormat

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'email',
  mht: 'mhtml',
  mhtml: 'mhtml',
  epub: 'epub',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed'
}

export function articleFormatOf(fileName: string): ArticleFormat | null {
  const dot = fileName.lastIndexOf('.')
  if (dot < 0) return null
  return FORMAT_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null
}
