import { createHash } from 'node:crypto'
import { mkdir, readFile, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { z } from 'zod'
import { isErrorCode } from '../library/walk-folder'

/** `<dataDir>/libraries/<hash of the folder path>/<name>.json`: one folder of user-made state per library. */
export function libraryDataPath(dataDir: string, folder: string, name: string): string {
  const key = createHash('sha1').update(folder).digest('hex').slice(0, 16)
  return join(dataDir, 'libraries', key, `${name}.json`)
}

export type LoadedData<T> = { value: T | null; damagedCopy: string | null }

/**
 * Reads a JSON file the user's work lives in. Missing: null. Damaged (not JSON, wrong shape): the
 * file is moved aside as `<name>.damaged-<time>.json`, never deleted, and the caller is told where,
 * so the user's work can be recovered by hand.
 */
export async function loadLibraryData<T>(path: string, schema: z.ZodType<T>, now = new Date()): Promise<LoadedData<T>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return { value: null, damagedCopy: null }
    throw error
  }
  const parsed = parseJson(text)
  const valid = parsed === undefined ? null : schema.safeParse(parsed)
  if (valid?.success) return { value: valid.data, damagedCopy: null }
  const damagedCopy = path.replace(/\.json$/, `.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`)
  await rename(path, damagedCopy)
  return { value: null, damagedCopy }
}

/** The parsed JSON, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Atomic (temporary file, then rename): a crash mid-write leaves the previous version whole. */
export async function saveLibraryData(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, JSON.stringify(value, null, 1))
}
