import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { isInsideFolder } from '../storage/folder-paths'
import { isHiddenName, MAX_FOLDER_DEPTH, toLibraryPath } from './walk-folder'

export interface LibraryWatchListener {
  onFileChanged(file: string): void
  onFileRemoved(fileOrFolder: string): void
  onFolderMissing(): void
}

/** How often the library folder itself is checked: file events cannot report the root being moved away. */
const ROOT_CHECK_MS = 2000

/**
 * Removals wait this long before they reach the index: a folder moved or deleted whole first shows
 * as one removal per file, and the list must keep what the folder held (the root is checked first).
 */
const REMOVAL_SETTLE_MS = 250

/**
 * Watches a library folder and reports changes by library-relative path, so the index re-reads
 * only what changed.
 */
export interface LibraryWatch {
  /** Resolves once the watcher has seen the whole folder: changes before then may go unreported. */
  ready: Promise<void>
  stop(): Promise<void>
}

/**
 * `ignoredFolders` are never watched: Riscontro's data folder, when it lies inside the library, is
 * rewritten by every save, and watching it re-indexed the library forever (issue 15).
 */
export function watchLibrary(folder: string, listener: LibraryWatchListener, ignoredFolders: readonly string[] = []): LibraryWatch {
  const ignoredRoots = ignoredFolders.map((ignored) => resolve(ignored))
  const watcher: FSWatcher = watch(folder, {
    ignoreInitial: true,
    ignored: (path: string) =>
      path !== folder && (isHiddenName(basename(path)) || ignoredRoots.some((ignored) => isInsideFolder(ignored, resolve(path)))),
    depth: MAX_FOLDER_DEPTH
    // No awaitWriteFinish: it would add its whole stability delay to every change. A file written in
    // several steps is simply re-read at each step (the index serializes refreshes per file).
  })
  let missingReported = false
  /** Whether the library folder is still there, reporting it once when it is gone. */
  const checkRoot = async (): Promise<boolean> => {
    const exists = await stat(folder).then((stats) => stats.isDirectory(), () => false)
    if (!exists && !missingReported) {
      missingReported = true
      listener.onFolderMissing()
    }
    if (exists) missingReported = false
    return exists
  }
  const relative = (path: string): string => toLibraryPath(folder, path)
  let pendingRemovals: string[] = []
  let removalTimer: NodeJS.Timeout | undefined
  const flushRemovals = async (): Promise<void> => {
    removalTimer = undefined
    const removed = pendingRemovals
    pendingRemovals = []
    if (await checkRoot()) for (const path of removed) listener.onFileRemoved(path)
  }
  const queueRemoval = (path: string): void => {
    pendingRemovals.push(relative(path))
    removalTimer ??= setTimeout(() => void flushRemovals(), REMOVAL_SETTLE_MS)
  }
  watcher.on('add', (path) => listener.onFileChanged(relative(path)))
  watcher.on('change', (path) => listener.onFileChanged(relative(path)))
  watcher.on('unlink', queueRemoval)
  watcher.on('unlinkDir', (path) => {
    if (path === folder) void checkRoot()
    else queueRemoval(path)
  })
  watcher.on('error', () => void checkRoot())
  const timer = setInterval(() => void checkRoot(), ROOT_CHECK_MS)
  const ready = new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady()))
  return {
    ready,
    stop: async () => {
      clearInterval(timer)
      clearTimeout(removalTimer)
      await watcher.close()
    }
  }
}
