import { createHash, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
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
/** Bytes read at a time: large enough for few reads, small enough that a 68k-article cache is never held whole. */
const READ_CHUNK_BYTES = 1024 * 1024
const NEWLINE = 0x0a

/** The last line: how many records there are and the SHA-1 of every byte before it. */
interface CacheTrailer {
  records: number
  sha1: string
}

/**
 * A cache as lines: a header naming the layout, the release and the folder, then one JSON record
 * per line, then a trailer with the record count and a digest of everything before it. Yielded in
 * chunks of bytes for a durable streamed write (never one giant string).
 */
export function* cacheLines(identity: CacheIdentity, records: Iterable<unknown>): Generator<Uint8Array> {
  const hash = createHash('sha1')
  const bytesOf = (text: string): Uint8Array => {
    const bytes = Buffer.from(text, 'utf8')
    hash.update(bytes)
    return bytes
  }
  let chunk = JSON.stringify({ version: identity.version, engine: ENGINE_VERSION, folder: identity.folder }) + '\n'
  let count = 0
  for (const record of records) {
    chunk += JSON.stringify(record) + '\n'
    count++
    if (chunk.length >= WRITE_CHUNK_CHARS) {
      yield bytesOf(chunk)
      chunk = ''
    }
  }
  yield bytesOf(chunk)
  yield Buffer.from(JSON.stringify({ records: count, sha1: hash.digest('hex') } satisfies CacheTrailer) + '\n', 'utf8')
}

/**
 * Reads a cache written by `cacheLines` a line at a time, handing each record to `onRecord` as it
 * comes. False when the cache is not usable: another layout, release or folder, or any byte changed
 * or missing (the trailer's digest and count do not match). Records are then already handed on, so
 * the caller keeps them only on true. A record is trusted as this release wrote it: checking every
 * field of every claim against a schema cost more than parsing the file (issue 14), and the digest
 * refuses a file damaged on disk or edited by hand. Errors reading the file are thrown; the caller
 * decides what they mean.
 */
export async function readCacheLines(file: FileHandle, identity: CacheIdentity, onRecord: (record: unknown) => void): Promise<boolean> {
  const hash = createHash('sha1')
  let header = true
  let count = 0
  // Each line is known to be a record only once another follows it: the last one is the trailer.
  let previous: { json: unknown; bytes: Buffer } | null = null
  const takeLine = (bytes: Buffer): boolean => {
    if (previous) {
      hash.update(previous.bytes)
      if (header) {
        if (!isIdentity(previous.json, identity)) return false
        header = false
      } else {
        onRecord(previous.json)
        count++
      }
    }
    const json = parseJson(bytes.toString('utf8', 0, bytes.length - 1))
    if (json === undefined) return false
    previous = { json, bytes }
    return true
  }
  for await (const line of linesOf(file)) if (!takeLine(line)) return false
  const trailer = previous as { json: unknown } | null
  return !header && isTrailerOf(trailer?.json, count, hash)
}

/** The file's lines as bytes, each with its newline; a last line without one is dropped (a cut-off write). */
async function* linesOf(file: FileHandle): AsyncGenerator<Buffer> {
  // Only a line cut by the end of a chunk is copied, into the next one; the others are views of their chunk.
  let rest: Buffer | null = null
  for (;;) {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES)
    const { bytesRead } = await file.read(chunk, 0, READ_CHUNK_BYTES, null)
    if (bytesRead === 0) return
    const bytes = chunk.subarray(0, bytesRead)
    let start = 0
    if (rest) {
      const end = bytes.indexOf(NEWLINE)
      if (end === -1) {
        rest = Buffer.concat([rest, bytes])
        continue
      }
      yield Buffer.concat([rest, bytes.subarray(0, end + 1)])
      start = end + 1
    }
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      yield bytes.subarray(start, end + 1)
      start = end + 1
    }
    rest = start < bytes.length ? Buffer.from(bytes.subarray(start)) : null
  }
}

function isIdentity(json: unknown, identity: CacheIdentity): boolean {
  const fields = json as Partial<CacheIdentity & { engine: string }> | null
  return fields?.version === identity.version && fields.engine === ENGINE_VERSION && fields.folder === identity.folder
}

function isTrailerOf(json: unknown, count: number, hash: Hash): boolean {
  const trailer = json as Partial<CacheTrailer> | null
  return trailer?.records === count && trailer.sha1 === hash.digest('hex')
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}
