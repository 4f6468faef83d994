import { stat as statWithCallback, type Dirent, type Stats } from 'node:fs'
import { opendir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ArticleStatus } from '../../shared/model'
import { isInsideFolder } from '../storage/folder-paths'

/** Deeper than this, a folder is almost certainly generated or a mistake; its files are listed as too deep. */
export const MAX_FOLDER_DEPTH = 32

export type WalkedEntry =
  | { kind: 'file'; file: string; absolutePath: string; size: number; mtimeMs: number }
  | { kind: 'problem'; file: string; status: ArticleStatus; reason: string }

/** Library-relative path with `/` separators on every platform (the CLI's `file` field). */
export function toLibraryPath(root: string, absolutePath: string): string {
  return relative(root, absolutePath).split(sep).join('/')
}

/** Files and folders the user did not put there as articles: dotfiles (.git, .obsidian, .DS_Store). */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.')
}

/**
 * Lists every file below `root`, in a stable order, following symbolic links that stay inside the
 * library. Links leading outside the folder are refused (paths are confined to the library),
 * link loops and absurd depths become problem entries; nothing here throws for one bad entry.
 */
export async function* walkFolder(root: string, options: { excludedFolders?: readonly string[] } = {}): AsyncGenerator<WalkedEntry> {
  const realRoot = await realpath(root)
  const excluded = await Promise.all((options.excludedFolders ?? []).map((folder) => realpath(folder).catch(() => folder)))
  const walk: Walk = { root, realRoot, visitedFolders: new Set([realRoot]), excludedFolders: new Set(excluded) }
  yield* walkInto(walk, root, realRoot, 0)
}

interface Walk {
  /** The root as the user named it, so relative names stay readable. */
  root: string
  realRoot: string
  visitedFolders: Set<string>
  /** Real paths of folders never walked: Riscontro's own data folder when it lies inside the library. */
  excludedFolders: Set<string>
}

/** A folder entry as `opendir` gave it: its name and the type the directory itself records. */
type FolderEntry = Pick<Dirent, 'name' | 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>

/** Files of one folder whose size and time are asked at once: the disk and libuv's threads work together. */
const STAT_BATCH = 64

async function* walkInto(walk: Walk, folder: string, realFolder: string, depth: number): AsyncGenerator<WalkedEntry> {
  let entries: FolderEntry[]
  try {
    entries = []
    // The directory's own entry types say what each name is, so only files need a stat (for size and time).
    for await (const dirent of await opendir(folder, { bufferSize: 256 })) entries.push(dirent)
  } catch (error) {
    // The root vanishing is the caller's concern; a subfolder that vanished mid-scan simply has no files.
    if (depth === 0) throw error
    if (isErrorCode(error, 'ENOENT')) return
    const reason =
      isErrorCode(error, 'EACCES') || isErrorCode(error, 'EPERM')
        ? 'Permission denied: Riscontro cannot open this folder. Check its permissions, then reopen the library.'
        : describeFileError(error)
    yield { kind: 'problem', file: toLibraryPath(walk.root, folder) + '/', status: 'unreadable', reason }
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  for (let at = 0; at < entries.length; at += STAT_BATCH) {
    const batch = entries.slice(at, at + STAT_BATCH).filter((entry) => !isHiddenName(entry.name))
    // Plain files of the batch are stat'ed together; links and folders are resolved in order below.
    const fileStats = new Map(
      await Promise.all(
        batch.filter((entry) => entry.isFile() && !entry.name.includes('\uFFFD')).map(async (entry) => [entry, await statSettled(join(folder, entry.name))] as const)
      )
    )
    for (const entry of batch) yield* walkEntry(walk, folder, realFolder, depth, entry, fileStats.get(entry))
  }
}

async function* walkEntry(
  walk: Walk,
  folder: string,
  realFolder: string,
  depth: number,
  entry: FolderEntry,
  fileStat: Settled<Stats> | undefined
): AsyncGenerator<WalkedEntry> {
  const absolutePath = join(folder, entry.name)
  const file = toLibraryPath(walk.root, absolutePath)
  // Node decodes names as UTF-8 and puts U+FFFD where bytes are not; such a name cannot be opened again by that string.
  if (entry.name.includes('\uFFFD')) {
    yield {
      kind: 'problem',
      file,
      status: 'unreadable',
      reason: 'This name is not valid UTF-8 (it was written by an old system or another encoding), so Riscontro cannot open it. Rename the file or folder.'
    }
    return
  }
  let isDirectory = entry.isDirectory()
  let realPath = join(realFolder, entry.name)
  if (entry.isSymbolicLink()) {
    try {
      realPath = await realpath(absolutePath)
      const target = await stat(realPath)
      isDirectory = target.isDirectory()
    } catch (error) {
      if (isErrorCode(error, 'ELOOP')) {
        yield { kind: 'problem', file, status: 'link-loop', reason: 'This link points back to itself. Remove or fix the link.' }
      } else if (isErrorCode(error, 'ENOENT')) {
        yield { kind: 'problem', file, status: 'broken-link', reason: 'This link leads to a file that is not there (moved or deleted). Fix or remove the link.' }
      } else {
        yield { kind: 'problem', file, status: 'unreadable', reason: describeFileError(error) }
      }
      return
    }
    if (!isInsideFolder(walk.realRoot, realPath)) {
      yield {
        kind: 'problem',
        file,
        status: 'link-outside-library',
        reason: 'This link points outside the library folder, so Riscontro does not follow it. Copy the file into the folder instead.'
      }
      return
    }
  }
  if (isDirectory) {
    if (walk.excludedFolders.has(realPath)) {
      yield {
        kind: 'problem',
        file: file + '/',
        status: 'not-an-article',
        reason: "This is Riscontro's own data folder (index, notes, settings); it is never indexed."
      }
      return
    }
    if (walk.visitedFolders.has(realPath)) {
      yield {
        kind: 'problem',
        file: file + '/',
        status: 'link-loop',
        reason: 'This folder link leads back to a folder already in the library; it is skipped to avoid an endless loop.'
      }
      return
    }
    if (depth + 1 > MAX_FOLDER_DEPTH) {
      yield {
        kind: 'problem',
        file: file + '/',
        status: 'too-deep',
        reason: `Folders nested more than ${MAX_FOLDER_DEPTH} levels deep are not indexed. Move the articles closer to the library folder.`
      }
      return
    }
    walk.visitedFolders.add(realPath)
    yield* walkInto(walk, absolutePath, realPath, depth + 1)
    return
  }
  // Sockets, FIFOs, devices: never articles, never opened (a FIFO blocks its reader), but listed; the directory says so without a stat.
  if (isSpecialFile(entry)) {
    yield { kind: 'problem', file, status: 'special-file', reason: describeSpecialFile(entry) }
    return
  }
  // A link to a file, or a file system that records no types: one stat says what it is.
  const settled = fileStat ?? (await statSettled(absolutePath))
  if ('error' in settled) {
    if (isErrorCode(settled.error, 'ENOENT')) return // deleted mid-scan: it is simply gone
    yield { kind: 'problem', file, status: 'unreadable', reason: describeFileError(settled.error) }
    return
  }
  const stats = settled.value
  if (!stats.isFile()) {
    if (!stats.isDirectory()) yield { kind: 'problem', file, status: 'special-file', reason: describeSpecialFile(stats) }
    return
  }
  yield { kind: 'file', file, absolutePath, size: stats.size, mtimeMs: stats.mtimeMs }
}

type Settled<T> = { value: T } | { error: unknown }

/**
 * A file's stat through the callback API: the same request to libuv's threads as `fs.promises.stat`
 * at about two thirds of its CPU time (measured on the corpus's 17,182 files), which counts on
 * every start, since every file of the library is stat'ed to notice changes.
 */
function statSettled(path: string): Promise<Settled<Stats>> {
  return new Promise((resolveStat) => statWithCallback(path, (error, stats) => resolveStat(error ? { error } : { value: stats })))
}

function isSpecialFile(entry: FolderEntry): boolean {
  return entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()
}

export function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}

/** What a file that is not a regular file is, for the list. */
export function describeSpecialFile(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  const kind = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a regular file'
  return `This is ${kind}, not a file of text, so Riscontro never opens it.`
}

/** A sentence the user can act on, for a file that could not be read. */
export function describeFileError(error: unknown): string {
  if (isErrorCode(error, 'ENAMETOOLONG')) {
    return 'Its path is longer than the system allows. Move it closer to the library folder or shorten the folder names.'
  }
  if (isErrorCode(error, 'ESPECIAL') || isErrorCode(error, 'ETOOLARGE')) return (error as Error).message
  if (isErrorCode(error, 'EACCES') || isErrorCode(error, 'EPERM')) {
    return 'Permission denied: Riscontro cannot read this file. Check its permissions.'
  }
  if (isErrorCode(error, 'EISDIR')) return 'This is a folder, not a file.'
  if (isErrorCode(error, 'EIO')) return 'The disk reported an error while reading this file. Copy it again or check the drive.'
  const message = error instanceof Error ? error.message : String(error)
  return `Riscontro could not read this file (${message}).`
}
