import { readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { libraryDataPath, loadJsonFile, moveLegacyNotesFolder, parseJsonFile, saveJsonFile, schemaShape, type JsonShape } from '../storage/json-file'
import { removeStaleTemporaryFiles } from '../storage/write-file-durably'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'
import { noteVerdicts, type Note } from './note-types'

/** Bump when the file's shape changes, and migrate older versions in `parseNotesFile`. */
export const NOTES_FILE_VERSION = 1

const anchorSchema = z.object({ quote: z.string(), sentence: z.string(), articleTitle: z.string(), file: z.string() })

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }),
  z.object({ kind: z.literal('article'), articleId: z.string().min(1) }),
  z.object({ kind: z.literal('claim'), claimId: z.string().min(1), articleId: z.string().min(1) }),
  z.object({ kind: z.literal('row'), rowId: z.string().min(1), claimIds: z.array(z.string().min(1)) })
])

const noteSchema = z.object({
  id: z.string().min(1),
  target: targetSchema,
  body: z.string(),
  verdict: z.enum(noteVerdicts).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  anchor: anchorSchema.nullable(),
  orphaned: z.boolean()
}) satisfies z.ZodType<Note>

const notesFileSchema = z.object({
  version: z.literal(NOTES_FILE_VERSION),
  /** The library folder, for a person looking at the data folder; the file name is its hash. */
  folder: z.string(),
  notes: z.array(noteSchema).refine((notes) => new Set(notes.map((note) => note.id)).size === notes.length, 'note ids repeat')
})

type NotesFile = z.infer<typeof notesFileSchema>

/** A notes file that could not be read as notes, and where it was put so nothing is lost. */
export interface DamagedNotesFile {
  /** Absolute path of the moved-aside file (`notes.damaged-<timestamp>.json`). */
  movedTo: string
  /** What was wrong with it, in English (the page says it with the `notesDamaged` message). */
  problem: string
  /** For the user, in English (the CLI): what was wrong and what Riscontro did. */
  message: string
}

export interface LoadNotesResult {
  notes: Note[]
  /** Set when the file was damaged: the app starts with no notes and must tell the user. */
  damaged: DamagedNotesFile | null
  /**
   * Notes files set aside at an earlier load and still beside this one: their notes are in no
   * export or search until the user recovers them, so every load says so (issue 15).
   */
  setAsideEarlier: string[]
}

export interface LoadNotesOptions {
  now?: () => Date
  /** Temporary files a killed write left behind are removed when older than this. Young ones may belong to a write in progress. */
  staleTempAgeMs?: number
}

/** In the library's own folder of the data folder, beside its corrections and workspace. */
export function notesFilePath(dataDir: string, folder: string): string {
  return libraryDataPath(dataDir, folder, 'notes')
}

/**
 * Reads the library's notes. A missing file means no notes yet. A damaged file (not JSON, wrong
 * shape, unknown version) is never silently discarded: it is renamed `notes.damaged-<timestamp>.json`
 * beside the notes file and reported, and the library starts with no notes. Other read errors
 * (permissions) throw `StoreUnreadableError`, because starting empty and autosaving would overwrite
 * the user's notes.
 */
export async function loadNotes(dataDir: string, folder: string, options: LoadNotesOptions = {}): Promise<LoadNotesResult> {
  const now = options.now ?? (() => new Date())
  const path = notesFilePath(dataDir, folder)
  await moveLegacyNotesFolder(dataDir, folder)
  await removeStaleTemporaryFiles(dirname(path), now(), { maxAgeMs: options.staleTempAgeMs ?? 60_000 })
  const setAsideEarlier = await listSetAsideCopies(path)
  const loaded = await loadJsonFile(path, notesFileShape, now())
  if (!loaded.damaged) return { notes: loaded.value?.notes ?? [], damaged: null, setAsideEarlier }
  const { movedTo, problem } = loaded.damaged
  return {
    notes: [],
    setAsideEarlier,
    damaged: { movedTo, problem, message: userMessage('notesDamaged', { reason: problem, file: movedTo }).message }
  }
}

/** Durable (checked writes, fsync, rename): a crash or a full disk mid-write leaves the previous file whole. */
export async function saveNotes(dataDir: string, folder: string, notes: readonly Note[]): Promise<void> {
  const file: NotesFile = { version: NOTES_FILE_VERSION, folder, notes: [...notes] }
  await saveJsonFile(notesFilePath(dataDir, folder), file)
}

/** A notes file's shape; one from a newer Riscontro is refused as such, not as unexpected content. */
const notesFileShape: JsonShape<NotesFile> = (json) => {
  const version = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined
  if (typeof version === 'number' && version > NOTES_FILE_VERSION) {
    return { ok: false, problem: `it was written by a newer version of Riscontro (format ${version})` }
  }
  return schemaShape(notesFileSchema)(json)
}

/** Validates the text of a notes file; `problem` says why it is not one. */
export function parseNotesFile(text: string): { ok: true; file: NotesFile } | { ok: false; problem: string } {
  const parsed = parseJsonFile(text, notesFileShape)
  return parsed.ok ? { ok: true, file: parsed.value } : parsed
}

/** Replaces the note with the same id, or appends it. Pure: returns a new array. */
export function upsertNote(notes: readonly Note[], note: Note): Note[] {
  const index = notes.findIndex((existing) => existing.id === note.id)
  if (index === -1) return [...notes, note]
  return notes.map((existing, position) => (position === index ? note : existing))
}

/** Removes the note with this id (the user deleted it; nothing else ever does). Pure. */
export function deleteNote(notes: readonly Note[], noteId: string): Note[] {
  return notes.filter((note) => note.id !== noteId)
}

/** `notes.damaged-<time>.json` files beside the notes file, oldest first. */
async function listSetAsideCopies(path: string): Promise<string[]> {
  const names = await readdir(dirname(path)).catch(() => [])
  return names
    .filter((name) => /^notes\.damaged-.*\.json$/.test(name))
    .sort()
    .map((name) => join(dirname(path), name))
}

/** What to tell the user about notes files set aside earlier: they are in no export or search. */
export function setAsideNotesMessage(copies: readonly string[]): UserMessage | null {
  if (copies.length === 0) return null
  return userMessage('notesSetAside', { count: copies.length, files: copies.join(', ') })
}

