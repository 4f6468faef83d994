import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { ArticleSummary, Claim } from '../../shared/api'

/** Bump when the parser's output changes meaning, so stale summaries are re-read instead of trusted. */
export const INDEX_CACHE_VERSION = 2

export interface CachedEntry {
  summary: ArticleSummary
  /** The article's numeric claims, so the CLI and the comparison need not re-read every file. */
  claims: Claim[]
  size: number
  mtimeMs: number
}

interface IndexCacheFile {
  version: number
  folder: string
  entries: CachedEntry[]
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
    return parsed.entries
  } catch {
    return []
  }
}

/** Atomic (write to a temporary file, then rename), so a crash mid-write leaves the previous cache intact. */
export async function saveIndexCache(dataDir: string, folder: string, entries: CachedEntry[]): Promise<void> {
  const path = indexCachePath(dataDir, folder)
  await mkdir(join(dataDir, 'index'), { recursive: true })
  const file: IndexCacheFile = { version: INDEX_CACHE_VERSION, folder, entries }
  await writeFileAtomic(path, JSON.stringify(file))
}
