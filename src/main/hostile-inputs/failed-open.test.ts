import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { libraryDataPath } from '../storage/json-file'
import { indexCachePath } from '../library/index-cache'
import { LibraryService, type LibraryEvent } from '../app/library-service'
import { notesFilePath } from '../notes/notes-store'

/**
 * Issue 15: a library whose stores cannot be read must not open half-way, and no edit may land in
 * a library whose files were not read. "Cannot be read" is made here by putting a folder where the
 * file should be (EISDIR): permission bits do not stop root, which runs our CI.
 */
const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let dataDir: string
let libraryA: string
let libraryB: string
let service: LibraryService
let events: LibraryEvent[]

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-open-'))
  dataDir = join(workDir, 'data')
  libraryA = join(workDir, 'Rassegna A')
  libraryB = join(workDir, 'Rassegna B')
  await cp(sampleLibrary, libraryA, { recursive: true })
  await cp(sampleLibrary, libraryB, { recursive: true })
  service = newService()
})

afterEach(async () => {
  await service.close()
  await rm(workDir, { recursive: true, force: true })
})

function newService(): LibraryService {
  const created = new LibraryService({ dataDir, sampleFolder: sampleLibrary, watch: false })
  events = []
  created.subscribe((event) => events.push(event))
  return created
}

/** Saves one library note in `folder` through the service, as the app does, and closes it again. */
async function writeLibraryNote(folder: string, body: string): Promise<void> {
  const snapshot = await service.openFolder(folder)
  await service.saveNote({ kind: 'library' }, body, null, snapshot.generation)
  await service.whenIndexed()
}

/** Replaces a store file by a folder holding its bytes: reading it fails with EISDIR, its content survives. */
async function makeUnreadable(path: string): Promise<void> {
  const bytes = await readFile(path).catch(() => Buffer.from('{}'))
  await rm(path, { force: true })
  await mkdir(path, { recursive: true })
  await writeFile(join(path, 'kept'), bytes)
}

describe('a library opens whole or not at all', () => {
  it('refuses to open a library whose notes file cannot be read, says which file and what to do, and writes nothing into it', async () => {
    await writeLibraryNote(libraryA, 'Le stime del NIS restano le più prudenti.')
    await service.close()
    const notesPath = notesFilePath(dataDir, libraryA)
    await makeUnreadable(notesPath)

    service = newService()
    const failure = await service.openFolder(libraryA).then(
      () => new Error('opened'),
      (error: unknown) => error as Error
    )
    expect(failure.message).toContain(notesPath)
    expect(failure.message).toContain('it is a folder, not a file')
    expect(failure.message).toMatch(/not opened.*Check the file’s permissions/)
    expect(service.getLibrary()).toBeNull()
    await expect(service.saveNote({ kind: 'library' }, 'overwrite?', null)).rejects.toThrow('No library is open')
    expect(JSON.parse(await readFile(join(notesPath, 'kept'), 'utf8')).notes[0].body).toBe('Le stime del NIS restano le più prudenti.')
  })

  it('an unreadable corrections file stops the open and leaves a readable notes file as it was', async () => {
    await writeLibraryNote(libraryA, 'Nota da non perdere.')
    await service.close()
    const notesBefore = await readFile(notesFilePath(dataDir, libraryA), 'utf8')
    const correctionsPath = libraryDataPath(dataDir, libraryA, 'corrections')
    await makeUnreadable(correctionsPath)

    service = newService()
    await expect(service.openFolder(libraryA)).rejects.toThrow(correctionsPath)
    await expect(service.saveNote({ kind: 'library' }, '', null)).rejects.toThrow()
    expect(await readFile(notesFilePath(dataDir, libraryA), 'utf8')).toBe(notesBefore)
  })

  it('an unreadable workspace or index cache stops the open too', async () => {
    await writeLibraryNote(libraryA, 'Nota.')
    await service.close()
    for (const path of [libraryDataPath(dataDir, libraryA, 'workspace'), indexCachePath(dataDir, libraryA)]) {
      await makeUnreadable(path)
      service = newService()
      await expect(service.openFolder(libraryA)).rejects.toThrow(path)
      await service.close()
      await rm(path, { recursive: true })
    }
  })

  it('when opening library B fails while A is open, A stays open and an edit made in A lands in A, never in B', async () => {
    await writeLibraryNote(libraryB, 'Le note di B.')
    const notesOfB = await readFile(notesFilePath(dataDir, libraryB), 'utf8')
    const a = await service.openFolder(libraryA)
    await makeUnreadable(libraryDataPath(dataDir, libraryB, 'corrections'))

    await expect(service.openFolder(libraryB)).rejects.toThrow('not opened')
    expect(service.getLibrary()?.folder).toBe(libraryA)
    await service.saveNote({ kind: 'library' }, 'Scritta in A.', null, a.generation)

    expect(await readFile(notesFilePath(dataDir, libraryB), 'utf8')).toBe(notesOfB)
    expect(JSON.parse(await readFile(notesFilePath(dataDir, libraryA), 'utf8')).notes[0].body).toBe('Scritta in A.')
  })

  it('a save made in a library that is no longer open is refused, not written into the library open now', async () => {
    await writeLibraryNote(libraryB, 'Le note di B.')
    const notesOfB = await readFile(notesFilePath(dataDir, libraryB), 'utf8')
    const a = await service.openFolder(libraryA)
    await service.openFolder(libraryB)
    await expect(service.saveNote({ kind: 'library' }, 'Scritta in A.', null, a.generation)).rejects.toThrow('no longer open')
    await expect(service.saveWorkspace(workspaceFixture, a.generation)).rejects.toThrow('no longer open')
    expect(await readFile(notesFilePath(dataDir, libraryB), 'utf8')).toBe(notesOfB)
    await expect(stat(libraryDataPath(dataDir, libraryB, 'workspace'))).rejects.toThrow()
  })

  it('a start whose last library cannot be opened opens none, keeps the reason for the page and sends it', async () => {
    await writeLibraryNote(libraryA, 'Nota.')
    await service.close()
    await makeUnreadable(notesFilePath(dataDir, libraryA))
    service = newService()
    expect(await service.start()).toBeNull()
    expect(service.getLibrary()).toBeNull()
    const [problem] = service.listStartupProblems()
    expect(problem).toMatchObject({ code: 'storeUnreadable', params: { file: notesFilePath(dataDir, libraryA) } })
    expect(problem?.message).toContain(notesFilePath(dataDir, libraryA))
    expect(events).toContainEqual({ name: 'libraryProblem', payload: { generation: 0, ...problem } })
    // Opening another library works and clears the start's problems.
    await service.openFolder(libraryB)
    expect(service.listStartupProblems()).toEqual([])
  })
})

describe('the other stores', () => {
  it('a damaged settings.json is set aside and reported, not silently reset', async () => {
    await mkdir(dataDir, { recursive: true })
    await writeFile(join(dataDir, 'settings.json'), '{"lastFolder": 42,')
    await service.openFolder(libraryA)
    const problem = events.find((event) => event.name === 'libraryProblem')
    expect(problem?.payload).toMatchObject({ message: expect.stringContaining('settings file (recent folders) was damaged') })
    expect((await readdir(dataDir)).filter((name) => name.startsWith('settings.damaged-'))).toHaveLength(1)
  })

  it('an unreadable settings.json is reported and never overwritten, and the open still succeeds', async () => {
    await mkdir(dataDir, { recursive: true })
    await makeUnreadable(join(dataDir, 'settings.json'))
    const snapshot = await service.openFolder(libraryA)
    expect(snapshot.folder).toBe(libraryA)
    expect((await stat(join(dataDir, 'settings.json'))).isDirectory()).toBe(true)
    expect(events.some((event) => event.name === 'libraryProblem' && event.payload.message.includes('settings.json'))).toBe(true)
  })

  it('a cache with fields of the wrong type is not trusted: the library is indexed afresh and compares', async () => {
    await service.openFolder(libraryA)
    await service.whenIndexed()
    await service.close()
    const cachePath = indexCachePath(dataDir, libraryA)
    // A header line, then one line per entry.
    const [header, ...entries] = (await readFile(cachePath, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line))
    entries[0].claims[0][6] = 'undicimila'
    entries[1].summary.words = '524'
    await writeFile(cachePath, [header, ...entries].map((line) => JSON.stringify(line) + '\n').join(''))

    service = newService()
    const snapshot = await service.openFolder(libraryA)
    // Nothing from the damaged cache is shown; indexing fills the list again.
    expect(snapshot.articles).toEqual([])
    await service.whenIndexed()
    const comparison = await service.getComparison([])
    expect(comparison.claims.every((claim) => claim.value === null || typeof claim.value === 'number')).toBe(true)
    expect(comparison.rows.length).toBeGreaterThan(0)
  })

  it('temporary files of writes killed mid-way are removed at the next start', async () => {
    await writeLibraryNote(libraryA, 'Nota.')
    await service.saveWorkspace(workspaceFixture)
    await service.close()
    const leftovers = [
      `${notesFilePath(dataDir, libraryA)}.riscontro-tmp-4242-deadbeef`,
      `${libraryDataPath(dataDir, libraryA, 'workspace')}.riscontro-tmp-4242-deadbeef`,
      `${indexCachePath(dataDir, libraryA)}.riscontro-tmp-4242-deadbeef`,
      join(dataDir, 'settings.json.riscontro-tmp-4242-deadbeef')
    ]
    const anHourAgo = new Date(Date.now() - 3_600_000)
    for (const leftover of leftovers) {
      await writeFile(leftover, '{"half":')
      await utimes(leftover, anHourAgo, anHourAgo)
    }
    service = newService()
    await service.start()
    for (const leftover of leftovers) await expect(stat(leftover)).rejects.toThrow()
  })
})

const workspaceFixture = {
  view: 'compare' as const,
  comparedArticleIds: [],
  compareAll: true,
  paneArticleIds: [],
  paneWidths: [],
  tableShare: 0.5,
  rowSearch: '',
  disagreementsOnly: false,
  rowSort: 'sources' as const,
  rowSortDescending: true,
  syncScroll: true
}
