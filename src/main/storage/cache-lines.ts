import type { FileHandle } from 'node:fs/promises'
import type { z } from 'zod'
import packageJson from '../../../package.json' with { type: 'json' }

/**
 * The release whose code computed a cached result. The index cache (claims) and the aligned cache
 * (stories, rows) carry it: after an upgrade, what older code made of the same articles is rebuilt,
 * never trusted. A file-layout change still bumps the cache's own version.
 */
export const ENGINE_VERSION: string = packageJson.version

/** Which cache a file is: its layout version and the library folder it belongs to. */
export interface CacheIdentity {
  version: number
  folder: string
}

/** Lines gathered into one write, so a large library is written in a few thousand writes, not one per record. */
const WRITE_CHUNK_CHARS = 256 * 1024

/**
 * A cache as lines: a header naming the layout, the release and the folder, then one JSON record
 * per line, yielded in chunks for a durable streamed write (never one giant string).
 */
export function* cacheLines(identity: CacheIdentity, records: Iterable<unknown>): Generator<string> {
  let chunk = JSON.stringify({ version: identity.version, engine: ENGINE_VERSION, folder: identity.folder }) + '\n'
  for (const record of records) {
    chunk += JSON.stringify(record) + '\n'
    if (chunk.length >= WRITE_CHUNK_CHARS) {
      yield chunk
      chunk = ''
    }
  }
  yield chunk
}

/**
 * Reads a cache written by `cacheLines` a line at a time, handing each record checked against its
 * schema to `onRecord`. False when the cache is not usable: another layout, release or folder, or a
 * damaged line. Errors reading the file are thrown; the caller decides what they mean.
 */
export async function readCacheLines<T>(file: FileHandle, identity: CacheIdentity, recordSchema: z.ZodType<T>, onRecord: (record: T) => void): Promise<boolean> {
  let header = true
  for await (const line of file.readLines({ encoding: 'utf8' })) {
    const json = parseJson(line)
    if (header) {
      const fields = json as Partial<CacheIdentity & { engine: string }> | undefined
      if (fields?.version !== identity.version || fields.engine !== ENGINE_VERSION || fields.folder !== identity.folder) return false
      header = false
      continue
    }
    const parsed = recordSchema.safeParse(json)
    if (!parsed.success) return false
    onRecord(parsed.data)
  }
  return true
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}
