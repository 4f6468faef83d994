import { mkdir, readdir, rename, rmdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { z } from 'zod'
import { libraryKey, moveAsideDamaged } from './data-dir'
import { readStoreText } from './read-store'
import { writeFileDurably } from './write-file-durably'

/**
 * The one way Riscontro's own JSON files (notes, corrections, workspace, settings) are read and
 * written: durable writes, a shape checked on every read, and a damaged file moved aside, never
 * deleted, so the user's work can be recovered by hand.
 */

/** `<dataDir>/libraries/<hash of the folder path>/<name>.json`: one folder of user-made state per library. */
export function libraryDataPath(dataDir: string, folder: string, name: string): string {
  return join(dataDir, 'libraries', libraryKey(folder), `${name}.json`)
}

/** Checks parsed JSON; `problem` says, for the user, why it is not what the file should hold. */
export type JsonShape<T> = (json: unknown) => { ok: true; value: T } | { ok: false; problem: string }

/** A shape given by a zod schema; the problem names the first place that does not fit. */
export function schemaShape<T>(schema: z.ZodType<T>): JsonShape<T> {
  return (json) => {
    const result = schema.safeParse(json)
    if (result.success) return { ok: true, value: result.data }
    const issue = result.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return { ok: false, problem: `unexpected content${where}: ${issue?.message ?? 'invalid'}` }
  }
}

/** Parses the text of a store file and checks its shape. */
export function parseJsonFile<T>(text: string, shape: JsonShape<T>): { ok: true; value: T } | { ok: false; problem: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'it is not valid JSON' }
  }
  return shape(json)
}

export interface LoadedJson<T> {
  /** Null when there is no file yet, or it was damaged. */
  value: T | null
  /** Set when the file was damaged: where it was moved, and what was wrong with it. */
  damaged: { movedTo: string; problem: string } | null
}

/**
 * Reads a JSON file the user's work lives in. Missing: null. Damaged (not JSON, wrong shape): the
 * file is moved aside as `<name>.damaged-<time>.json` and the caller is told where and why.
 * Unreadable (permissions): `StoreUnreadableError`, so a store that exists is never overwritten.
 */
export async function loadJsonFile<T>(path: string, shape: JsonShape<T>, now = new Date()): Promise<LoadedJson<T>> {
  const text = await readStoreText(path)
  if (text === null) return { value: null, damaged: null }
  const parsed = parseJsonFile(text, shape)
  if (parsed.ok) return { value: parsed.value, damaged: null }
  return { value: null, damaged: { movedTo: await moveAsideDamaged(path, now), problem: parsed.problem } }
}

/** Durable (checked writes, fsync, rename): a crash or a full disk mid-write leaves the previous version whole. */
export async function saveJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurably(path, `${JSON.stringify(value, null, 2)}\n`)
}

/**
 * Data folders written before issue 16 kept a library's notes in `notes/<hash>/`, apart from its
 * other files in `libraries/<hash>/`. Moves what is there (the notes file, copies set aside, leftovers
 * of killed writes) into the library's folder, then removes the emptied folders. A file of the same
 * name already in the library's folder wins: the old one stays where it was, so nothing is lost.
 */
export async function moveLegacyNotesFolder(dataDir: string, folder: string): Promise<void> {
  const legacy = join(dataDir, 'notes', libraryKey(folder))
  const names = await readdir(legacy).catch(() => null)
  if (names === null) return
  const target = dirname(libraryDataPath(dataDir, folder, 'notes'))
  await mkdir(target, { recursive: true })
  for (const name of names) {
    const exists = await stat(join(target, name)).then(() => true, () => false)
    if (!exists) await rename(join(legacy, name), join(target, name))
  }
  // Fails, harmlessly, while a file was kept there or another library's notes are still to move.
  await rmdir(legacy).catch(() => undefined)
  await rmdir(dirname(legacy)).catch(() => undefined)
}
