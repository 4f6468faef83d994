import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { ArticleSummary, Claim } from '../../shared/api'

/**
 * Bump when the parser's output changes meaning, so stale summaries are re-read instead of trusted,
 * and when the file's layout changes (3: claims refer to their sentence instead of repeating it).
 */
export const INDEX_CACHE_VERSION = 3

export interface CachedEntry {
  summary: ArticleSummary
  /** The article's numeric claims, so the CLI and the comparison need not re-read every file. */
  claims: Claim[]
  size: number
  mtimeMs: number
}

/**
 * A claim as the file stores it: without its article id (the entry's own) and with its sentence as
 * an index into the entry's sentences. Sentences were a third of the file, most of them written
 * once per claim they hold; the smaller file loads faster, and the claims it restores share one
 * string per sentence.
 */
type StoredClaim = Omit<Claim, 'articleId' | 'sentence'> & { sentence: number }

interface StoredEntry {
  summary: ArticleSummary
  size: number
  mtimeMs: number
  /** The distinct sentences of the entry's claims, in the order the claims first cite them. */
  sentences: string[]
  claims: StoredClaim[]
}

interface IndexCacheFile {
  version: number
  folder: string
  entries: StoredEntry[]
}

/** One cache file per library folder, named by a hash of its path, inside the data folder. */
export function indexCachePath(dataDir: string, folder: string): string {
  const key = createHash('sha1').update(folder).digest('hex').slice(0, 16)
  return join(dataDir, 'index', `${key}.json`)
}

/** A missing, old or damaged cache is not an error: the library is simply indexed from scratch. */
export async function loadIndexCache(dataDir: string, folder: string): Promise<CachedEntry[]> {
  try {
    const parsed = JSON.parse(await readFile(indexCachePath(dataDir, folder), 'utf8')) as Partial<IndexCacheFile>
    if (parsed.version !== INDEX_CACHE_VERSION || parsed.folder !== folder || !Array.isArray(parsed.entries)) return []
    return parsed.entries.map(restoreEntry)
  } catch {
    return []
  }
}

/** Atomic (write to a temporary file, then rename), so a crash mid-write leaves the previous cache intact. */
export async function saveIndexCache(dataDir: string, folder: string, entries: CachedEntry[]): Promise<void> {
  const path = indexCachePath(dataDir, folder)
  await mkdir(join(dataDir, 'index'), { recursive: true })
  const file: IndexCacheFile = { version: INDEX_CACHE_VERSION, folder, entries: entries.map(storeEntry) }
  await writeFileAtomic(path, JSON.stringify(file))
}

function storeEntry({ summary, size, mtimeMs, claims }: CachedEntry): StoredEntry {
  const sentences: string[] = []
  const sentenceIndex = new Map<string, number>()
  const storedClaims = claims.map(({ articleId: _articleId, sentence, ...claim }): StoredClaim => {
    let index = sentenceIndex.get(sentence)
    if (index === undefined) {
      index = sentences.push(sentence) - 1
      sentenceIndex.set(sentence, index)
    }
    return { ...claim, sentence: index }
  })
  return { summary, size, mtimeMs, sentences, claims: storedClaims }
}

function restoreEntry({ summary, size, mtimeMs, sentences, claims }: StoredEntry): CachedEntry {
  return { summary, claims: claims.map((claim) => restoreClaim(claim, summary.id, sentences)), size, mtimeMs }
}

/** Written field by field, so a restored claim has the same fields in the same order as a freshly extracted one. */
function restoreClaim(stored: StoredClaim, articleId: string, sentences: readonly string[]): Claim {
  return {
    id: stored.id,
    articleId,
    text: stored.text,
    start: stored.start,
    end: stored.end,
    sentence: sentences[stored.sentence] ?? '',
    kind: stored.kind,
    value: stored.value,
    low: stored.low,
    high: stored.high,
    qualifier: stored.qualifier,
    unit: stored.unit,
    subject: stored.subject,
    source: stored.source,
    period: stored.period
  }
}
