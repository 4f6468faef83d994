import { mkdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary, Claim, ClaimChange, ClaimKind, ClaimQualifier } from '../../shared/model'
import { cacheLines, readCacheLines } from '../storage/cache-lines'
import { openStoreFile, StoreUnreadableError } from '../storage/read-store'
import { writeFileDurably } from '../storage/write-file-durably'
import { libraryKey } from '../storage/data-dir'

/**
 * Bump when the parser's output changes meaning, so stale summaries are re-read instead of trusted,
 * and when the file's layout changes (5: the article's text is kept, and sentences point into it;
 * 6: publisher, author and address per article, feed items, PDF pages per claim; 7: a claim's change;
 * 8: one line per entry, written and read a piece at a time; 9: a trailer with a digest of the lines, and each article's digest;
 * 10: a problem file's reason as a message code and its parameters, said in the interface's language).
 */
export const INDEX_CACHE_VERSION = 10

export interface CachedEntry {
  summary: ArticleSummary
  /** The article's numeric claims, so the CLI and the comparison need not re-read every file. */
  claims: Claim[]
  /** The cleaned text (as the reading pane shows it; claims' offsets point into it), for the library search. */
  text: string
  size: number
  mtimeMs: number
  /** The file this article was read from when the file holds several (a feed); `summary.file` is then `<file>#<part>`. */
  sourceFile?: string
  /**
   * SHA-1 of the bytes the article was read from, for a read article: its text, metadata and claims
   * are a function of them (and of the release), so work derived from an article (its story, its
   * rows) is keyed by this short digest instead of by all it holds.
   */
  digest?: string
}

/**
 * A claim as the file stores it: its fields in a fixed order, without its article id (the entry's
 * own), and with its sentence as an index into the entry's sentences. Sentences repeated for every
 * claim they hold and field names repeated for every claim were most of the file; without them it
 * is about half the size and loads in about half the time, and restored claims share one string per
 * sentence.
 */
type StoredClaim = [
  id: string,
  text: string,
  start: number,
  end: number,
  sentence: number,
  kind: ClaimKind,
  value: number | null,
  low: number | null,
  high: number | null,
  qualifier: ClaimQualifier,
  unit: string | null,
  subject: string | null,
  source: string | null,
  period: string | null,
  change: ClaimChange | null,
  page?: number
]

interface StoredEntry {
  summary: ArticleSummary
  size: number
  mtimeMs: number
  text: string
  sourceFile?: string
  digest?: string
  /**
   * The distinct sentences of the entry's claims, in the order the claims first cite them: where
   * they start in `text` and how long they are, or the sentence itself where it is not a slice of it.
   */
  sentences: Array<[start: number, length: number] | string>
  claims: StoredClaim[]
}

/**
 * One cache file per library folder, named by a hash of its path, inside the data folder: newline-
 * delimited JSON, a header line and then one line per entry, so it is written and read an entry at
 * a time (as one JSON document it was a string of 740 MB at 68k articles, issue 14).
 */
export function indexCachePath(dataDir: string, folder: string): string {
  return join(dataDir, 'index', `${libraryKey(folder)}.ndjson`)
}

/** Where caches before version 8 lived (one JSON document); removed once the new one is written. */
function formerIndexCachePath(dataDir: string, folder: string): string {
  return join(dataDir, 'index', `${libraryKey(folder)}.json`)
}

/**
 * A missing, old or damaged cache is not an error: the library is simply indexed from scratch. A
 * cache changed in any byte since Riscontro wrote it (fields of the wrong type would break the
 * comparison) is damaged too: its digest no longer matches. One that exists but cannot be read
 * stops the open (`StoreUnreadableError`): Riscontro could not write it either.
 */
export async function loadIndexCache(dataDir: string, folder: string): Promise<CachedEntry[]> {
  const path = indexCachePath(dataDir, folder)
  const file = await openStoreFile(path)
  if (!file) return []
  const entries: CachedEntry[] = []
  try {
    const usable = await readCacheLines(file, { version: INDEX_CACHE_VERSION, folder }, (stored) => entries.push(restoreEntry(stored as StoredEntry)))
    return usable ? entries : []
  } catch (error) {
    throw new StoreUnreadableError(path, error instanceof Error ? error.message : String(error), { cause: error })
  } finally {
    await file.close().catch(() => undefined)
  }
}

/** Durable (a temporary file, fsynced, then renamed), so a crash mid-write leaves the previous cache intact. */
export async function saveIndexCache(dataDir: string, folder: string, entries: readonly CachedEntry[]): Promise<void> {
  await mkdir(join(dataDir, 'index'), { recursive: true })
  await writeFileDurably(indexCachePath(dataDir, folder), cacheLines({ version: INDEX_CACHE_VERSION, folder }, storedEntries(entries)))
  await unlink(formerIndexCachePath(dataDir, folder)).catch(() => undefined)
}

function* storedEntries(entries: readonly CachedEntry[]): Generator<StoredEntry> {
  for (const entry of entries) yield storeEntry(entry)
}

function storeEntry({ summary, size, mtimeMs, claims, text, sourceFile, digest }: CachedEntry): StoredEntry {
  const sentences: StoredEntry['sentences'] = []
  const sentenceIndex = new Map<string, number>()
  const storedClaims = claims.map((claim) => {
    let index = sentenceIndex.get(claim.sentence)
    if (index === undefined) {
      index = sentences.push(sentenceLocation(text, claim)) - 1
      sentenceIndex.set(claim.sentence, index)
    }
    return storeClaim(claim, index)
  })
  const stored: StoredEntry = { summary, size, mtimeMs, text, sentences, claims: storedClaims }
  if (sourceFile !== undefined) stored.sourceFile = sourceFile
  if (digest !== undefined) stored.digest = digest
  return stored
}

/** The claim's sentence as a place in the text, which the file holds anyway. */
function sentenceLocation(text: string, claim: Claim): [number, number] | string {
  const start = text.lastIndexOf(claim.sentence, claim.start)
  return start !== -1 && start + claim.sentence.length >= claim.end ? [start, claim.sentence.length] : claim.sentence
}

function storeClaim(claim: Claim, sentence: number): StoredClaim {
  const { id, text, start, end, kind, value, low, high, qualifier, change, unit, subject, source, period, page } = claim
  const stored: StoredClaim = [id, text, start, end, sentence, kind, value, low, high, qualifier, unit, subject, source, period, change ?? null]
  if (page !== undefined) stored.push(page)
  return stored
}

function restoreEntry({ summary, size, mtimeMs, text, sentences, claims, sourceFile, digest }: StoredEntry): CachedEntry {
  const sentenceTexts = sentences.map((sentence) => (typeof sentence === 'string' ? sentence : text.slice(sentence[0], sentence[0] + sentence[1])))
  const entry: CachedEntry = { summary, claims: claims.map((claim) => restoreClaim(claim, summary.id, sentenceTexts)), text, size, mtimeMs }
  if (sourceFile !== undefined) entry.sourceFile = sourceFile
  if (digest !== undefined) entry.digest = digest
  return entry
}

/** Written field by field, so a restored claim has the same fields in the same order as a freshly extracted one. */
function restoreClaim(stored: StoredClaim, articleId: string, sentences: readonly string[]): Claim {
  const [id, text, start, end, sentence, kind, value, low, high, qualifier, unit, subject, source, period, change, page] = stored
  const claim: Claim = { id, articleId, text, start, end, sentence: sentences[sentence] ?? '', kind, value, low, high, qualifier, change, unit, subject, source, period }
  if (page !== undefined) claim.page = page
  return claim
}
