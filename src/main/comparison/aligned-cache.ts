import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { ComparisonRow, Story } from '../../shared/api'
import { libraryKey } from '../storage/data-dir'
import { ENGINE_VERSION } from '../storage/engine-version'
import { openStoreFile } from '../storage/read-store'
import { writeFileDurably } from '../storage/write-file-durably'

/**
 * The library's stories and each story's aligned rows, kept between runs (issue 14) so a start that
 * finds nothing changed re-aligns nothing: one line per record, as the index cache, written and read
 * a line at a time. Each record carries the key of what it was computed from (the articles' ids and
 * contents, see LibraryComparison); a record whose key no longer matches is simply not used.
 *
 * The header names the release that computed the records (ENGINE_VERSION): an upgrade re-aligns.
 * Bump the version when the file's layout changes.
 */
export const ALIGNED_CACHE_VERSION = 1

const WRITE_CHUNK_CHARS = 256 * 1024

export interface AlignedCache {
  /** The whole library's stories before the user's corrections, and the key of the articles they were grouped from. */
  grouping: { key: string; stories: Story[] } | null
  /** Each story's rows, by the key of the story's articles. */
  rowsByKey: Map<string, ComparisonRow[]>
}

const nullableNumber = z.number().nullable()
const storySchema: z.ZodType<Story> = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable()
})
const rowSchema: z.ZodType<ComparisonRow> = z.object({
  id: z.string(),
  storyId: z.string(),
  label: z.string(),
  unit: z.string().nullable(),
  claimIds: z.array(z.string()),
  verdict: z.enum(['agree', 'differ', 'single']),
  low: nullableNumber,
  high: nullableNumber,
  spread: nullableNumber,
  sourceCount: z.number()
})
const headerSchema = z.object({ version: z.literal(ALIGNED_CACHE_VERSION), engine: z.literal(ENGINE_VERSION), folder: z.string() })
const recordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grouping'), key: z.string(), stories: z.array(storySchema) }),
  z.object({ kind: z.literal('story'), key: z.string(), rows: z.array(rowSchema) })
])
type AlignedRecord = z.infer<typeof recordSchema>

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
  let header = true
  try {
    for await (const line of file.readLines({ encoding: 'utf8' })) {
      const json = parseJson(line)
      if (header) {
        const parsed = headerSchema.safeParse(json)
        if (!parsed.success || parsed.data.folder !== folder) return empty()
        header = false
        continue
      }
      const parsed = recordSchema.safeParse(json)
      if (!parsed.success) return empty()
      if (parsed.data.kind === 'grouping') cache.grouping = { key: parsed.data.key, stories: parsed.data.stories }
      else cache.rowsByKey.set(parsed.data.key, parsed.data.rows)
    }
  } catch {
    return empty()
  } finally {
    await file.close().catch(() => undefined)
  }
  return cache
}

/** Durable (temporary file, fsync, rename): a crash mid-write leaves the previous copy whole. */
export async function saveAlignedCache(dataDir: string, folder: string, cache: AlignedCache): Promise<void> {
  const path = alignedCachePath(dataDir, folder)
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurably(path, cacheLines(folder, cache))
}

function* cacheLines(folder: string, cache: AlignedCache): Generator<string> {
  let chunk = JSON.stringify({ version: ALIGNED_CACHE_VERSION, engine: ENGINE_VERSION, folder }) + '\n'
  const records = function* (): Generator<AlignedRecord> {
    if (cache.grouping) yield { kind: 'grouping', ...cache.grouping }
    for (const [key, rows] of cache.rowsByKey) yield { kind: 'story', key, rows }
  }
  for (const record of records()) {
    chunk += JSON.stringify(record) + '\n'
    if (chunk.length >= WRITE_CHUNK_CHARS) {
      yield chunk
      chunk = ''
    }
  }
  yield chunk
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}
