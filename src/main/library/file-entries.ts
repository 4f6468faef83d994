import { hash } from 'node:crypto'
import { basename } from 'node:path'
import type { ArticleBlock, ArticleStatus, Claim } from '../../shared/api'
import { articleFormatOf, readArticleFile, type ParsedArticle } from '../articles/parse-article'
import { findStructureOverLimit } from '../articles/structure-limits'
import { extractClaims, FigureLimitError } from '../claims/extract-claims'
import { isRiscontroExport } from '../export/export-regions'
import type { CachedEntry } from './index-cache'

/**
 * What one file of the library becomes in the index, from its bytes: pure (no file system), so it
 * runs alike on a parse worker (bulk indexing, the watcher) and in the tests.
 */

/** Larger files are listed but not read: no article is this long, and reading one would stall indexing. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024

/** Stable across runs and machines: the same folder always yields the same ids. */
export function articleIdFor(file: string): string {
  return hash('sha1', file, 'hex').slice(0, 16)
}

export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function fileTitle(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '') || basename(file)
}

export function problemEntry(file: string, status: ArticleStatus, reason: string, size = 0, mtimeMs = 0): CachedEntry {
  return {
    size,
    mtimeMs,
    claims: [],
    text: '',
    summary: {
      id: articleIdFor(file),
      file,
      title: fileTitle(file.replace(/\/$/, '')),
      date: null,
      outlet: null,
      author: null,
      url: null,
      language: 'und',
      words: 0,
      claimCount: 0,
      truncated: false,
      status,
      reason
    }
  }
}

const NOT_AN_ARTICLE =
  'Riscontro reads .txt, .md, .html, .pdf, .docx, .eml, .mht/.mhtml, .epub and RSS/Atom feed (.rss, .atom, .xml) files; this file is listed but not read.'

/** The entry of a file that is never read: not an article by its name, or too large by the walk's size. */
export function entryBeforeReading(file: string, size: number, mtimeMs: number): CachedEntry | null {
  if (!articleFormatOf(file)) return problemEntry(file, 'not-an-article', NOT_AN_ARTICLE, size, mtimeMs)
  if (size > MAX_ARTICLE_BYTES) {
    return problemEntry(
      file,
      'too-large',
      `This file is ${formatBytes(size)}; files over ${formatBytes(MAX_ARTICLE_BYTES)} are not read as articles. Split it into separate articles.`,
      size,
      mtimeMs
    )
  }
  return null
}

/** One file to parse: its library path, its bytes, and the size and time the index keeps to notice changes. */
export interface FileToParse {
  file: string
  bytes: Uint8Array
  size: number
  mtimeMs: number
}

/** Parses one file's bytes into its index entries (one per article: a feed holds several). */
export async function parseFileEntries({ file, bytes, size, mtimeMs }: FileToParse): Promise<CachedEntry[]> {
  const format = articleFormatOf(file)
  if (!format) return [problemEntry(file, 'not-an-article', NOT_AN_ARTICLE, size, mtimeMs)]
  const overLimit = findStructureOverLimit(bytes, format)
  if (overLimit) return [problemEntry(file, 'over-limit', overLimit, size, mtimeMs)]
  if (isRiscontroExport(bytes)) {
    return [problemEntry(file, 'not-an-article', 'This is a comparison Riscontro exported; it is not read as an article, so its figures are not counted as another source.', size, mtimeMs)]
  }
  let reading: Awaited<ReturnType<typeof readArticleFile>>
  try {
    reading = await readArticleFile(bytes, format, basename(file))
  } catch (error) {
    // A parser bug on one odd file must not stop the library; the user sees which file and why.
    const message = error instanceof Error ? error.message : String(error)
    return [problemEntry(file, 'unreadable', `Riscontro failed to read this file (${message}). Please report it with the file.`, size, mtimeMs)]
  }
  if (!reading.ok) return [problemEntry(file, reading.status, reading.reason, size, mtimeMs)]
  let claimsByArticle: Claim[][]
  try {
    claimsByArticle = reading.articles.map((parsed) => extractArticleClaims(parsed, articleIdFor(entryFileOf(file, parsed))))
  } catch (error) {
    // One part over a limit (a feed item, a chapter) sets the whole file aside: it is a data file, not articles.
    if (error instanceof FigureLimitError) return [problemEntry(file, 'over-limit', error.message, size, mtimeMs)]
    throw error
  }
  return reading.articles.map((parsed, at) => {
    const entryFile = entryFileOf(file, parsed)
    const claims = claimsByArticle[at]!
    const entry: CachedEntry = {
      size,
      mtimeMs,
      claims,
      text: parsed.document.text,
      summary: {
        id: articleIdFor(entryFile),
        file: entryFile,
        title: parsed.title,
        date: parsed.date,
        outlet: parsed.outlet,
        author: parsed.author,
        url: parsed.url,
        language: parsed.language,
        words: parsed.words,
        claimCount: claims.length,
        truncated: parsed.truncated,
        status: 'ok',
        reason: null
      }
    }
    if (parsed.part !== null) entry.sourceFile = file
    return entry
  })
}

/** An item of a feed is listed as `file#part`. */
function entryFileOf(file: string, parsed: { part: string | null }): string {
  return parsed.part === null ? file : `${file}#${parsed.part}`
}

/** The article's claims; in a PDF each one carries the page it is printed on. */
export function extractArticleClaims(parsed: ParsedArticle, articleId: string): Claim[] {
  const claims = extractClaims(parsed.document.text, { articleId, language: parsed.language })
  const paged = parsed.document.blocks.filter((block): block is ArticleBlock & { page: number } => block.page !== undefined)
  if (paged.length === 0) return claims
  let next = 0
  for (const claim of claims) {
    while (next + 1 < paged.length && paged[next + 1]!.start <= claim.start) next++
    claim.page = paged[next]!.page
  }
  return claims
}
