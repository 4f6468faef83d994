import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { z } from 'zod'
import { libraryKey, moveAsideDamaged } from '../storage/data-dir'
import { readStoreText } from '../storage/read-store'
import { writeFileDurably } from '../storage/write-file-durably'

/** `<dataDir>/libraries/<hash of the folder path>/<name>.json`: one folder of user-made state per library. */
export function libraryDataPath(dataDir: string, folder: string, name: string): string {
  return join(dataDir, 'libraries', libraryKey(folder), `${name}.json`)
}

export type LoadedData<T> = { value: T | null; damagedCopy: string | null }

/**
 * Reads a JSON file the user's work lives in. Missing: null. Damaged (not JSON, wrong shape): the
 * file is moved aside as `<name>.damaged-<time>.json`, never deleted, and the caller is told where,
 * so the user's work can be recovered by hand. Unreadable (permissions): `StoreUnreadableError`.
 */
export async function loadLibraryData<T>(path: string, schema: z.ZodType<T>, now = new Date()): Promise<LoadedData<T>> {
  const text = await readStoreText(path)
  if (text === null) return { value: null, damagedCopy: null }
  const parsed = parseJson(text)
  const valid = parsed === undefined ? null : schema.safeParse(parsed)
  if (valid?.success) return { value: valid.data, damagedCopy: null }
  return { value: null, damagedCopy: await moveAsideDamaged(path, now) }
}

/** The parsed JSON, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Durable (checked writes, fsync, rename): a crash or a full disk mid-write leaves the previous version whole. */
export async function saveLibraryData(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurably(path, JSON.stringify(value, null, 1))
}
