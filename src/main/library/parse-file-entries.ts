import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { ArticleBlock, Claim } from '../../shared/model'
import { articleFormatOf } from '../articles/article-format'
import { readArticleFile, type ParsedArticle } from '../articles/parse-article'
import { findStructureOverLimit } from '../articles/structure-limits'
import { extractClaims, FigureLimitError } from '../claims/extract-claims'
import { isRiscontroExport } from '../export/export-regions'
import { articleIdFor } from '../articles/article-id'
import { notAnArticle, problemEntry, type FileToParse } from './file-entries'
import { userMessage } from '../../shared/i18n/user-message'
import type { CachedEntry } from './index-cache'

/**
 * What one file of the library becomes in the index, from its bytes: pure (no file system), so it
 * runs alike on a parse worker (bulk indexing, the watcher) and in the tests.
 */

/** Parses one file's bytes into its index entries (one per article: a feed holds several). */
export async function parseFileEntries({ file, bytes, size, mtimeMs }: FileToParse): Promise<CachedEntry[]> {
  const format = articleFormatOf(file)
  if (!format) return [problemEntry(file, 'not-an-article', notAnArticle(), size, mtimeMs)]
  const overLimit = findStructureOverLimit(bytes, format)
  if (overLimit) return [problemEntry(file, 'over-limit', overLimit, size, mtimeMs)]
  if (isRiscontroExport(bytes)) {
    return [problemEntry(file, 'not-an-article', userMessage('riscontroExport'), size, mtimeMs)]
  }
  let reading: Awaited<ReturnType<typeof readArticleFile>>
  try {
    reading = await readArticleFile(bytes, format, basename(file))
  } catch (error) {
    // A parser bug on one odd file must not stop the library; the user sees which file and why.
    const message = error instanceof Error ? error.message : String(error)
    return [problemEntry(file, 'unreadable', userMessage('readerFailed', { reason: message }), size, mtimeMs)]
  }
  if (!reading.ok) return [problemEntry(file, reading.status, reading.problem, size, mtimeMs)]
  let claimsByArticle: Claim[][]
  try {
    claimsByArticle = reading.articles.map((parsed) => extractArticleClaims(parsed, articleIdFor(entryFileOf(file, parsed))))
  } catch (error) {
    // One part over a limit (a feed item, a chapter) sets the whole file aside: it is a data file, not articles.
    if (error instanceof FigureLimitError) return [problemEntry(file, 'over-limit', error.problem, size, mtimeMs)]
    throw error
  }
  const digest = createHash('sha1').update(bytes).digest('hex')
  return reading.articles.map((parsed, at) => {
    const entryFile = entryFileOf(file, parsed)
    const claims = claimsByArticle[at]!
    const entry: CachedEntry = {
      size,
      mtimeMs,
      claims,
      text: parsed.document.text,
      digest,
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
        reason: null,
        problem: null
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
