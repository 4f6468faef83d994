import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { libraryKey } from './data-dir'
import { libraryDataPath, loadJsonFile, moveLegacyNotesFolder, saveJsonFile, schemaShape } from './json-file'
import { StoreUnreadableError } from './read-store'

let dataDir: string
const folder = '/home/redazione/Rassegna Corea'
const workspaceShape = schemaShape(z.object({ view: z.enum(['library', 'compare']), tableShare: z.number() }))

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'riscontro-json-file-'))
})

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

describe('one JSON file of the user’s work', () => {
  it('is saved in the library’s own folder and read back with its shape checked', async () => {
    const path = libraryDataPath(dataDir, folder, 'workspace')
    expect(path).toBe(join(dataDir, 'libraries', libraryKey(folder), 'workspace.json'))
    await saveJsonFile(path, { view: 'compare', tableShare: 0.45 })
    expect(await loadJsonFile(path, workspaceShape)).toEqual({ value: { view: 'compare', tableShare: 0.45 }, damaged: null })
  })

  it('reads as nothing yet when there is no file', async () => {
    expect(await loadJsonFile(libraryDataPath(dataDir, folder, 'workspace'), workspaceShape)).toEqual({ value: null, damaged: null })
  })

  it.each([
    ['not JSON', '{"view": "compare", ', 'it is not valid JSON'],
    ['of the wrong shape', '{"view": "tabella", "tableShare": 0.45}', 'unexpected content at view'],
    ['of another kind of JSON', '[1, 2, 3]', 'unexpected content']
  ])('moves a file %s aside, keeping its bytes, and says why', async (_case, text, problem) => {
    const path = libraryDataPath(dataDir, folder, 'workspace')
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
    const loaded = await loadJsonFile(path, workspaceShape, new Date('2026-11-14T09:30:00Z'))
    expect(loaded.value).toBeNull()
    expect(loaded.damaged?.problem).toContain(problem)
    expect(loaded.damaged?.movedTo).toBe(join(dirname(path), 'workspace.damaged-2026-11-14T09-30-00-000Z.json'))
    expect(await readFile(loaded.damaged!.movedTo, 'utf8')).toBe(text)
    expect(await readdir(dirname(path))).toEqual(['workspace.damaged-2026-11-14T09-30-00-000Z.json'])
  })

  it('refuses to read a file that exists but cannot be read, so it is never overwritten', async () => {
    const path = libraryDataPath(dataDir, folder, 'workspace')
    await mkdir(path, { recursive: true })
    await expect(loadJsonFile(path, workspaceShape)).rejects.toThrow(StoreUnreadableError)
  })
})

describe('data folders written before the notes moved beside the library’s other files', () => {
  const legacyFolder = (): string => join(dataDir, 'notes', libraryKey(folder))

  it('moves the notes folder’s files into the library’s folder and removes the emptied folders', async () => {
    await mkdir(legacyFolder(), { recursive: true })
    await writeFile(join(legacyFolder(), 'notes.json'), '{"version":1}')
    await writeFile(join(legacyFolder(), 'notes.damaged-2026-01-12T09-00-00-000Z.json'), '{"half":')
    await saveJsonFile(libraryDataPath(dataDir, folder, 'workspace'), { view: 'library', tableShare: 0.5 })

    await moveLegacyNotesFolder(dataDir, folder)
    const libraryFolder = dirname(libraryDataPath(dataDir, folder, 'notes'))
    expect((await readdir(libraryFolder)).sort()).toEqual(['notes.damaged-2026-01-12T09-00-00-000Z.json', 'notes.json', 'workspace.json'])
    expect(await readFile(join(libraryFolder, 'notes.json'), 'utf8')).toBe('{"version":1}')
    expect(await readdir(dataDir)).toEqual(['libraries'])
    // Once moved, nothing is left to move.
    await moveLegacyNotesFolder(dataDir, folder)
    expect(await readFile(join(libraryFolder, 'notes.json'), 'utf8')).toBe('{"version":1}')
  })

  it('keeps a notes file already in the library’s folder, and leaves the old one where it was', async () => {
    await mkdir(legacyFolder(), { recursive: true })
    await writeFile(join(legacyFolder(), 'notes.json'), '{"old":true}')
    await saveJsonFile(libraryDataPath(dataDir, folder, 'notes'), { new: true })
    await moveLegacyNotesFolder(dataDir, folder)
    expect(JSON.parse(await readFile(libraryDataPath(dataDir, folder, 'notes'), 'utf8'))).toEqual({ new: true })
    expect(await readFile(join(legacyFolder(), 'notes.json'), 'utf8')).toBe('{"old":true}')
  })

  it('leaves the notes of other libraries for when they are opened', async () => {
    const other = join(dataDir, 'notes', libraryKey('/home/redazione/Altra rassegna'))
    await mkdir(other, { recursive: true })
    await writeFile(join(other, 'notes.json'), '{}')
    await mkdir(legacyFolder(), { recursive: true })
    await writeFile(join(legacyFolder(), 'notes.json'), '{}')
    await moveLegacyNotesFolder(dataDir, folder)
    expect(await readdir(join(dataDir, 'notes'))).toEqual([libraryKey('/home/redazione/Altra rassegna')])
  })
})
