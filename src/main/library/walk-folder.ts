import { stat as statWithCallback, type Dirent, type Stats } from 'node:fs'
import { opendir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { ArticleStatus } from '../../shared/model'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'
import { isInsideFolder } from '../storage/folder-paths'

/** Deeper than this, a folder is almost certainly generated or a mistake; its files are listed as too deep. */
export const MAX_FOLDER_DEPTH = 32

export type WalkedEntry =
  | { kind: 'file'; file: string; absolutePath: string; size: number; mtimeMs: number }
  | { kind: 'problem'; file: string; status: ArticleStatus; problem: UserMessage }

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
    const problem = isErrorCode(error, 'EACCES') || isErrorCode(error, 'EPERM') ? userMessage('folderNotPermitted') : describeFileError(error)
    yield { kind: 'problem', file: toLibraryPath(walk.root, folder) + '/', status: 'unreadable', problem }
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
      problem: userMessage('nameNotUtf8')
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
        yield { kind: 'problem', file, status: 'link-loop', problem: userMessage('linkToItself') }
      } else if (isErrorCode(error, 'ENOENT')) {
        yield { kind: 'problem', file, status: 'broken-link', problem: userMessage('linkBroken') }
      } else {
        yield { kind: 'problem', file, status: 'unreadable', problem: describeFileError(error) }
      }
      return
    }
    if (!isInsideFolder(walk.realRoot, realPath)) {
      yield {
        kind: 'problem',
        file,
        status: 'link-outside-library',
        problem: userMessage('linkOutside')
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
        problem: userMessage('ownDataFolder')
      }
      return
    }
    if (walk.visitedFolders.has(realPath)) {
      yield {
        kind: 'problem',
        file: file + '/',
        status: 'link-loop',
        problem: userMessage('folderLinkLoop')
      }
      return
    }
    if (depth + 1 > MAX_FOLDER_DEPTH) {
      yield {
        kind: 'problem',
        file: file + '/',
        status: 'too-deep',
        problem: userMessage('folderTooDeep', { limit: MAX_FOLDER_DEPTH })
      }
      return
    }
    walk.visitedFolders.add(realPath)
    yield* walkInto(walk, absolutePath, realPath, depth + 1)
    return
  }
  // Sockets, FIFOs, devices: never articles, never opened (a FIFO blocks its reader), but listed; the directory says so without a stat.
  if (isSpecialFile(entry)) {
    yield { kind: 'problem', file, status: 'special-file', problem: describeSpecialFile(entry) }
    return
  }
  // A link to a file, or a file system that records no types: one stat says what it is.
  const settled = fileStat ?? (await statSettled(absolutePath))
  if ('error' in settled) {
    if (isErrorCode(settled.error, 'ENOENT')) return // deleted mid-scan: it is simply gone
    yield { kind: 'problem', file, status: 'unreadable', problem: describeFileError(settled.error) }
    return
  }
  const stats = settled.value
  if (!stats.isFile()) {
    if (!stats.isDirectory()) yield { kind: 'problem', file, status: 'special-file', problem: describeSpecialFile(stats) }
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
export function describeSpecialFile(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): UserMessage {
  return userMessage(
    stats.isFIFO() ? 'specialFifo' : stats.isSocket() ? 'specialSocket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'specialDevice' : 'specialOther'
  )
}

/** A sentence the user can act on, for a file that could not be read. */
export function describeFileError(error: unknown): UserMessage {
  if (isErrorCode(error, 'ENAMETOOLONG')) return userMessage('pathTooLong')
  // UnreadableKindError (library-index): the file turned out special or too large, and says so itself.
  if (isErrorCode(error, 'ESPECIAL') || isErrorCode(error, 'ETOOLARGE')) return (error as { problem: UserMessage }).problem
  if (isErrorCode(error, 'EACCES') || isErrorCode(error, 'EPERM')) return userMessage('fileNotPermitted')
  if (isErrorCode(error, 'EISDIR')) return userMessage('folderNotFile')
  if (isErrorCode(error, 'EIO')) return userMessage('diskReadError')
  const message = error instanceof Error ? error.message : String(error)
  return userMessage('fileNotRead', { reason: message })
}
