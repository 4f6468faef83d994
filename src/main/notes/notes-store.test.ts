import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { libraryKey } from '../storage/data-dir'
import { CRASH_BODY_LENGTH, CRASH_NOTE_COUNT, readVersion } from './fixtures/crash-notes'
import type { Note } from './note-types'
import { deleteNote, loadNotes, NOTES_FILE_VERSION, notesFilePath, parseNotesFile, saveNotes, upsertNote } from './notes-store'

let dataDir: string
const folder = '/home/reader/Notizie Corea'

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'riscontro-notes-'))
})

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const rowNote: Note = {
  id: 'n-row',
  target: { kind: 'row', rowId: 'row-troops', claimIds: ['000:soldati-11000', '004:soldati-12000'] },
  body: 'Il **NIS** dice *circa* 12.000; The Interpreter 11.000.\n\n- da verificare',
  verdict: 'conflicting',
  createdAt: '2026-01-12T09:00:00.000Z',
  updatedAt: '2026-01-12T09:05:00.000Z',
  anchor: { quote: '11.000 soldati', sentence: 'Kim ha inviato 11.000 soldati in Russia.', articleTitle: 'La guerra in Ucraina…', file: '000_014a5f80a1443256.txt' },
  orphaned: false
}
const libraryNote: Note = {
  id: 'n-library',
  target: { kind: 'library' },
  body: 'Appunti generali — perché le cifre divergono?',
  createdAt: '2026-01-12T09:00:00.000Z',
  updatedAt: '2026-01-12T09:00:00.000Z',
  anchor: null,
  orphaned: false
}

describe('notes of a data folder written before issue 16', () => {
  it('are found where they were (notes/<hash>/) and moved beside the library’s other files at the first load', async () => {
    const legacyPath = join(dataDir, 'notes', libraryKey(folder), 'notes.json')
    await mkdir(dirname(legacyPath), { recursive: true })
    await writeFile(legacyPath, JSON.stringify({ version: NOTES_FILE_VERSION, folder, notes: [libraryNote] }))
    const loaded = await loadNotes(dataDir, folder)
    expect(loaded.notes).toEqual([libraryNote])
    expect(JSON.parse(await readFile(notesFilePath(dataDir, folder), 'utf8')).notes).toEqual([libraryNote])
    expect(await readdir(dataDir)).toEqual(['libraries'])
  })
})

describe('notes file', () => {
  it('round-trips every kind of note', async () => {
    const claimNote: Note = { ...rowNote, id: 'n-claim', target: { kind: 'claim', claimId: 'c1', articleId: 'a1' }, verdict: undefined, orphaned: true }
    delete claimNote.verdict
    const articleNote: Note = { ...libraryNote, id: 'n-article', target: { kind: 'article', articleId: 'a1' } }
    const notes = [libraryNote, articleNote, claimNote, rowNote]
    await saveNotes(dataDir, folder, notes)
    const loaded = await loadNotes(dataDir, folder)
    expect(loaded).toEqual({ notes, damaged: null, setAsideEarlier: [] })
    const file = JSON.parse(await readFile(notesFilePath(dataDir, folder), 'utf8')) as { version: number; folder: string }
    expect(file.version).toBe(NOTES_FILE_VERSION)
    expect(file.folder).toBe(folder)
  })

  it('starts empty when the library has no notes yet', async () => {
    expect(await loadNotes(dataDir, folder)).toEqual({ notes: [], damaged: null, setAsideEarlier: [] })
  })

  it('keeps one file per library folder', async () => {
    await saveNotes(dataDir, folder, [rowNote])
    await saveNotes(dataDir, '/another/library', [libraryNote])
    expect(notesFilePath(dataDir, folder)).not.toBe(notesFilePath(dataDir, '/another/library'))
    expect((await loadNotes(dataDir, folder)).notes).toEqual([rowNote])
    expect((await loadNotes(dataDir, '/another/library')).notes).toEqual([libraryNote])
  })

  const damagedCases: Array<[string, string, RegExp]> = [
    ['torn JSON', '{"version":1,"folder":"x","notes":[{"id":"n-1","bo', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a wrong shape', JSON.stringify({ version: 1, folder, notes: [{ id: 'n-1', body: 42 }] }), /unexpected content at notes\.0/],
    ['a repeated id', JSON.stringify({ version: 1, folder, notes: [libraryNote, libraryNote] }), /note ids repeat/],
    ['a newer format', JSON.stringify({ version: 99, folder, notes: [] }), /newer version of Riscontro \(format 99\)/]
  ]
  it.each(damagedCases)('moves %s aside, reports it, and starts empty', async (_name, text, problem) => {
    const path = notesFilePath(dataDir, folder)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
    const now = () => new Date('2026-01-12T10:11:12.345Z')
    const loaded = await loadNotes(dataDir, folder, { now })
    expect(loaded.notes).toEqual([])
    const movedTo = join(dirname(path), 'notes.damaged-2026-01-12T10-11-12-345Z.json')
    expect(loaded.damaged?.movedTo).toBe(movedTo)
    expect(loaded.damaged?.message).toMatch(problem)
    expect(loaded.damaged?.message).toContain(movedTo)
    expect(await readFile(movedTo, 'utf8')).toBe(text)
    // The next save does not touch the moved-aside copy, and a second damage does not overwrite it.
    await writeFile(path, 'garbage')
    const again = await loadNotes(dataDir, folder, { now })
    expect(again.damaged?.movedTo).toBe(join(dirname(path), 'notes.damaged-2026-01-12T10-11-12-345Z-1.json'))
    expect(await readFile(movedTo, 'utf8')).toBe(text)
    await saveNotes(dataDir, folder, [libraryNote])
    expect((await loadNotes(dataDir, folder)).notes).toEqual([libraryNote])
  })

  it('parses its own output and rejects other files', () => {
    expect(parseNotesFile(JSON.stringify({ version: 1, folder, notes: [rowNote] }))).toEqual({ ok: true, file: { version: 1, folder, notes: [rowNote] } })
    expect(parseNotesFile('[]').ok).toBe(false)
  })

  it('removes temporary files a killed write left behind, once they are old', async () => {
    await saveNotes(dataDir, folder, [libraryNote])
    const path = notesFilePath(dataDir, folder)
    const [stale, young, unrelated] = [`${path}.123456`, `${path}.654321`, `${path}.backup`]
    for (const file of [stale, young, unrelated]) await writeFile(file, 'partial')
    await utimes(stale, new Date('2026-01-12T09:00:00Z'), new Date('2026-01-12T09:00:00Z'))
    await utimes(young, new Date('2026-01-12T10:00:00Z'), new Date('2026-01-12T10:00:00Z'))
    await loadNotes(dataDir, folder, { now: () => new Date('2026-01-12T10:00:30Z'), staleTempAgeMs: 60_000 })
    expect((await readdir(dirname(path))).sort()).toEqual(['notes.json', 'notes.json.654321', 'notes.json.backup'])
  })
})

describe('note list edits', () => {
  it('upserts by id and deletes without mutating', () => {
    const notes = [libraryNote]
    const added = upsertNote(notes, rowNote)
    expect(added).toEqual([libraryNote, rowNote])
    const edited = upsertNote(added, { ...libraryNote, body: 'nuovo' })
    expect(edited.map((note) => note.body)).toEqual(['nuovo', rowNote.body])
    expect(deleteNote(edited, 'n-library')).toEqual([rowNote])
    expect(notes).toEqual([libraryNote])
  })
})

describe('crash safety', () => {
  const writer = resolve('src/main/notes/fixtures/crash-writer.ts')

  /**
   * Starts the writer and lets it save three versions, learning how long one save takes. Then kills
   * it either `when` (a fraction) of a save cycle later, so kills land at different points of a write, or
   * (`'temp-file'`) as soon as a write's temporary file appears, to be sure some kills land inside one.
   */
  async function killMidWrite(when: number | 'temp-file'): Promise<{ lastSaved: number }> {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, folder], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    const closed = new Promise<void>((done) => child.on('close', () => done()))
    const saves = (): Array<{ version: number; at: number }> =>
      [...output.matchAll(/^saved (\d+) at (\d+)$/gm)].map((match) => ({ version: Number(match[1]), at: Number(match[2]) }))
    const cycleMs = await new Promise<number>((ready, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const seen = saves()
        if (seen.length >= 3) ready(seen[2]!.at - seen[1]!.at)
      })
      child.on('exit', () => fail(new Error(`writer exited early: ${output}${errors}`)))
    })
    if (when === 'temp-file') {
      await new Promise<void>((seen) => {
        const watcher = watch(dirname(notesFilePath(dataDir, folder)), (_event, name) => {
          if (!name || !/^notes\.json\.riscontro-tmp-/.test(name)) return
          watcher.close()
          seen()
        })
      })
    } else {
      await new Promise((wait) => setTimeout(wait, cycleMs * when))
    }
    child.kill('SIGKILL')
    await closed
    return { lastSaved: Math.max(...saves().map((save) => save.version)) }
  }

  async function countTempFiles(path: string): Promise<number> {
    const names = await readdir(dirname(path)).catch(() => [])
    return names.filter((name) => /^notes\.json\.riscontro-tmp-/.test(name)).length
  }

  it('leaves the previous or the new version, never a torn file, when killed mid-write', { timeout: 120_000 }, async () => {
    const path = notesFilePath(dataDir, folder)
    let killsMidWrite = 0
    for (const when of [0.1, 'temp-file', 0.3, 0.5, 'temp-file', 0.7, 0.9, 'temp-file'] as const) {
      const tempsBefore = await countTempFiles(path)
      const { lastSaved } = await killMidWrite(when)
      // The write path's temporary file left behind proves the kill landed inside a write.
      if ((await countTempFiles(path)) > tempsBefore) killsMidWrite++
      const parsed = parseNotesFile(await readFile(path, 'utf8'))
      if (!parsed.ok) throw new Error(`torn notes file after SIGKILL: ${parsed.problem}`)
      const version = readVersion(parsed.file.notes)
      expect([lastSaved, lastSaved + 1]).toContain(version)
      expect(parsed.file.notes).toHaveLength(CRASH_NOTE_COUNT)
      for (const [index, note] of parsed.file.notes.entries()) {
        expect(note.body.startsWith(`v=${version};n=${index};`)).toBe(true)
        expect(note.body).toHaveLength(CRASH_BODY_LENGTH)
      }
    }
    expect(killsMidWrite).toBeGreaterThan(0)
    // The next start reads the file as notes, not as damage (the writer exits 2 on damage), and
    // clears the temporary files the kills left.
    expect((await loadNotes(dataDir, folder, { staleTempAgeMs: 0 })).damaged).toBeNull()
    expect(await readdir(dirname(path))).toEqual(['notes.json'])
  })
})
