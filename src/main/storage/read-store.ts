import { open, readFile, type FileHandle } from 'node:fs/promises'

/**
 * A file of Riscontro's own (notes, corrections, workspace, settings, index cache) exists but cannot
 * be read. A library whose store cannot be read is not opened: starting it empty and saving would
 * overwrite what the user made (issue 15). The message says which file, why, and what to do.
 */
export class StoreUnreadableError extends Error {
  override name = 'StoreUnreadableError'
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: { cause?: unknown }
  ) {
    super(
      `Riscontro could not read ${path} (${reason}). The library was not opened, so nothing in that file is overwritten. Check the file's permissions, or move it out of the way to start that part afresh, then open the library again.`,
      options
    )
  }
}

/** The text of a store file, or null when there is none yet; any other failure throws `StoreUnreadableError`. */
export async function readStoreText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ENOENT') return null
    throw new StoreUnreadableError(path, describeReadFailure(code, error), { cause: error })
  }
}

/** A store file opened for reading in pieces (a large one, read line by line), or null when there is none yet; failures as `readStoreText`. */
export async function openStoreFile(path: string): Promise<FileHandle | null> {
  try {
    return await open(path, 'r')
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ENOENT') return null
    throw new StoreUnreadableError(path, describeReadFailure(code, error), { cause: error })
  }
}

function describeReadFailure(code: unknown, error: unknown): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder, not a file'
  if (code === 'EIO') return 'the disk reported an error'
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many files are open'
  return error instanceof Error ? error.message : String(error)
}
