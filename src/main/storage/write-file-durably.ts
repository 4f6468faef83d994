import { randomBytes } from 'node:crypto'
import { open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * The one write path for every file Riscontro writes (notes, corrections, workspace, settings, the
 * index cache, exports). `write-file-atomic` 7.0.1 ignored short writes: on a nearly full disk it
 * reported success and renamed a truncated file over the user's notes (issue 15). Here every write's
 * length is checked, the file and its folder are fsynced, and only a file whose size is what was
 * written replaces the old one; on any failure the temporary file is removed and the old file stays.
 */

/** What the write path needs of a file system; tests inject one that short-writes or fills up. */
export interface DurableFileSystem {
  open(path: string, flags: string, mode?: number): Promise<DurableFileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

export interface DurableFileHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  stat(): Promise<{ size: number }>
  close(): Promise<void>
}

export const nodeFileSystem: DurableFileSystem = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path)
}

/** The disk (or the user's quota) is full: the old file is untouched and the caller keeps what it meant to write. */
export class DiskFullError extends Error {
  override name = 'DiskFullError'
  constructor(
    readonly path: string,
    readonly code: 'ENOSPC' | 'EDQUOT',
    options?: { cause?: unknown }
  ) {
    super(`The disk is full (${code}) while writing ${path}; the previous version was kept.`, options)
  }
}

export function isDiskFull(error: unknown): error is DiskFullError {
  return error instanceof DiskFullError
}

/** Temporary files carry this marker, so a later start can tell ours from the user's files. */
const TEMP_MARKER = '.riscontro-tmp-'

/** A temporary name beside `path`: same folder, so the final rename never crosses file systems. */
function temporaryPathFor(path: string): string {
  return `${path}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`
}

/** Content as one string, or chunks produced one at a time (exports stream theirs). */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>

export interface WriteDurablyOptions {
  fs?: DurableFileSystem
  /**
   * Asked once the whole content is written and synced, before the rename: answering false leaves
   * the old file as it was (the temporary file is removed). A streamed export compares what it
   * wrote with the file it merged into, and keeps a file that would not change.
   */
  shouldReplace?: () => boolean | Promise<boolean>
}

/**
 * Writes `content` to a temporary file beside `path`, checks every write and the final size,
 * fsyncs the file, renames it over `path` and fsyncs the folder so the rename itself survives a
 * power cut. Throws `DiskFullError` on ENOSPC/EDQUOT (and on a write that makes no progress).
 * Content given as chunks is written as it comes, so an export never has to exist as one string;
 * an error thrown while producing a chunk leaves the old file whole, like any other failure.
 * Answers whether the file was replaced (false only when `shouldReplace` said no).
 */
export async function writeFileDurably(path: string, content: FileContent, options: WriteDurablyOptions = {}): Promise<boolean> {
  const fs = options.fs ?? nodeFileSystem
  const temporary = temporaryPathFor(path)
  let handle: DurableFileHandle | null = null
  let replace: boolean
  try {
    handle = await fs.open(temporary, 'wx', 0o666)
    const written = await writeContent(handle, content, path)
    await handle.sync()
    const { size } = await handle.stat()
    if (size !== written) throw new Error(`Riscontro wrote ${written} bytes to ${temporary} but the file holds ${size}; the previous version of ${path} was kept.`)
    await handle.close()
    handle = null
    replace = (await options.shouldReplace?.()) ?? true
    if (replace) await fs.rename(temporary, path)
    else await fs.unlink(temporary)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.unlink(temporary).catch(() => undefined)
    throw asDiskFull(error, path)
  }
  if (replace) await syncFolder(dirname(path), fs)
  return replace
}

/** Chunks are gathered into writes of this size: an export comes in tens of thousands of small pieces. */
const WRITE_BUFFER_BYTES = 1 << 20

/** Writes the content; answers how many bytes were written. */
async function writeContent(handle: DurableFileHandle, content: FileContent, path: string): Promise<number> {
  if (typeof content === 'string') return writeFully(handle, Buffer.from(content, 'utf8'), path)
  if (content instanceof Uint8Array) return writeFully(handle, content, path)
  // One buffer, reused once each write completes, so streaming makes no garbage per chunk.
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES)
  let filled = 0
  let written = 0
  const flush = async (): Promise<void> => {
    if (filled > 0) written += await writeFully(handle, buffer.subarray(0, filled), path)
    filled = 0
  }
  for await (const chunk of content) {
    const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.length
    if (length > buffer.length - filled) await flush()
    if (length > buffer.length) written += await writeFully(handle, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, path)
    else if (typeof chunk === 'string') filled += buffer.write(chunk, filled, 'utf8')
    else {
      buffer.set(chunk, filled)
      filled += length
    }
  }
  await flush()
  return written
}

/** Writes the whole chunk: a short write is continued, a write that makes no progress means the disk is full. */
async function writeFully(handle: DurableFileHandle, chunk: Uint8Array, path: string): Promise<number> {
  let offset = 0
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset)
    if (bytesWritten <= 0) throw new DiskFullError(path, 'ENOSPC')
    offset += bytesWritten
  }
  return chunk.length
}

function asDiskFull(error: unknown, path: string): unknown {
  if (error instanceof DiskFullError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DiskFullError(path, code, { cause: error })
  return error
}

/** Makes the rename durable. Windows cannot open a folder for fsync; there the rename is as durable as NTFS makes it. */
async function syncFolder(folder: string, fs: DurableFileSystem): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Removes temporary files a killed write left in `folder` (ours, and `<name>.<digits>` left by the
 * write-file-atomic versions before this one). Young ones may belong to a write in progress in
 * another process (the CLI and the app share the data folder), so only those older than `maxAgeMs`
 * go. With `of`, only that file's temporary files of ours: a folder of the user's (beside an export)
 * may hold names that only look like ours.
 */
export async function removeStaleTemporaryFiles(folder: string, now: Date, options: { maxAgeMs?: number; of?: string } = {}): Promise<string[]> {
  const maxAgeMs = options.maxAgeMs ?? 60_000
  const ours = options.of === undefined ? isTemporaryName : (name: string) => name.startsWith(`${basename(options.of!)}${TEMP_MARKER}`)
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!ours(name)) continue
    const path = join(folder, name)
    try {
      const stats = await stat(path)
      if (stats.isFile() && now.getTime() - stats.mtimeMs >= maxAgeMs) {
        await unlink(path)
        removed.push(path)
      }
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed
}

/** `notes.json.riscontro-tmp-123-ab12cd34`, or write-file-atomic's `notes.json.4242424242`. */
export function isTemporaryName(name: string): boolean {
  return name.includes(TEMP_MARKER) || /\.(json|md)\.\d+$/.test(basename(name))
}
