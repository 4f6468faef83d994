import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ComparisonRow, Story } from '../../shared/model'
import { libraryKey } from '../storage/data-dir'
import { cacheLines, readCacheLines } from '../storage/cache-lines'
import { openStoreFile } from '../storage/read-store'
import { writeFileDurably } from '../storage/write-file-durably'

/**
 * The library's stories and each story's aligned rows, kept between runs (issue 14) so a start that
 * finds nothing changed re-aligns nothing: one line per record, as the index cache, written and read
 * a line at a time. Each record carries the key of what it was computed from (the articles' ids and
 * contents, see LibraryComparison); a record whose key no longer matches is simply not used.
 *
 * The header names the release that computed the records (ENGINE_VERSION): an upgrade re-aligns.
 * Bump the version when the file's layout changes (2: a trailer with a digest of the lines).
 */
export const ALIGNED_CACHE_VERSION = 2

export interface AlignedCache {
  /** The whole library's stories before the user's corrections, and the key of the articles they were grouped from. */
  grouping: { key: string; stories: Story[] } | null
  /** Each story's rows, by the key of the story's articles. */
  rowsByKey: Map<string, ComparisonRow[]>
}

type AlignedRecord = { kind: 'grouping'; key: string; stories: Story[] } | { kind: 'story'; key: string; rows: ComparisonRow[] }

export function alignedCachePath(dataDir: string, folder: string): string {
  return join(dataDir, 'libraries', libraryKey(folder), 'aligned.ndjson')
}

/**
 * What the last run kept; empty when there is none or it cannot be used (another version, a damaged
 * line, an unreadable file): it only saves time, so it is never a reason to stop a library opening.
 */
export async function loadAlignedCache(dataDir: string, folder: string): Promise<AlignedCache> {
  const empty = (): AlignedCache => ({ grouping: null, rowsByKey: new Map() })
  const file = await openStoreFile(alignedCachePath(dataDir, folder)).catch(() => null)
  if (!file) return empty()
  const cache = empty()
  try {
    const usable = await readCacheLines(file, { version: ALIGNED_CACHE_VERSION, folder }, (line) => {
      const record = line as AlignedRecord
      if (record.kind === 'grouping') cache.grouping = { key: record.key, stories: record.stories }
      else cache.rowsByKey.set(record.key, record.rows)
    })
    return usable ? cache : empty()
  } catch {
    return empty()
  } finally {
    await file.close().catch(() => undefined)
  }
}

/** Durable (temporary file, fsync, rename): a crash mid-write leaves the previous copy whole. */
export async function saveAlignedCache(dataDir: string, folder: string, cache: AlignedCache): Promise<void> {
  const path = alignedCachePath(dataDir, folder)
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurably(path, cacheLines({ version: ALIGNED_CACHE_VERSION, folder }, records(cache)))
}

function* records(cache: AlignedCache): Generator<AlignedRecord> {
  if (cache.grouping) yield { kind: 'grouping', ...cache.grouping }
  for (const [key, rows] of cache.rowsByKey) yield { kind: 'story', key, rows }
}
