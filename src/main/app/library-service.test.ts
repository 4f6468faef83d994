import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LibrarySnapshot } from '../../shared/model'
import { createRequestHandlers, settleRequest } from '../api/request-handlers'
import { articleIdFor } from '../articles/article-id'
import { LibraryService, type LibraryEvent } from './library-service'

const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let libraryDir: string
let service: LibraryService
let events: LibraryEvent[]

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-service-'))
  libraryDir = join(workDir, 'library')
  await cp(sampleLibrary, libraryDir, { recursive: true })
  service = new LibraryService({ dataDir: join(workDir, 'data'), sampleFolder: sampleLibrary, watch: true })
  events = []
  service.subscribe((event) => events.push(event))
})

afterEach(async () => {
  await service.close()
  await rm(workDir, { recursive: true, force: true })
})

/** The files the renderer would list, rebuilt from the snapshot and the deltas it received. */
function listedFiles(snapshot: LibrarySnapshot): string[] {
  const files = new Map(snapshot.articles.map((article) => [article.id, article.file]))
  for (const event of events) {
    if (event.name !== 'libraryChanged' || event.payload.generation !== snapshot.generation) continue
    for (const article of event.payload.upserted) files.set(article.id, article.file)
    for (const id of event.payload.removed) files.delete(id)
  }
  return [...files.values()].sort()
}

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<number> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((resolveWait) => setTimeout(resolveWait, 20))
  }
  return Date.now() - started
}

describe('LibraryService', () => {
  it('opens the sample articles when no folder was chosen before', async () => {
    const snapshot = (await service.start())!
    await service.whenIndexed()
    expect(snapshot.isSample).toBe(true)
    expect(listedFiles(snapshot)).toHaveLength(5)
    expect(events.some((event) => event.name === 'indexProgress' && event.payload.phase === 'ready')).toBe(true)
  })

  it('whenSaved waits for a note save still being written, so quitting after it loses nothing', async () => {
    await service.openFolder(libraryDir)
    await service.whenIndexed()
    const saving = service.saveNote({ kind: 'library' }, 'Le cifre sui soldati non tornano: 11.000 contro circa 12.000.', null)
    await service.whenSaved()
    await service.close()
    const restarted = new LibraryService({ dataDir: join(workDir, 'data'), sampleFolder: sampleLibrary, watch: false })
    await restarted.start()
    expect((await restarted.listNotes()).map((note) => note.body)).toEqual(['Le cifre sui soldati non tornano: 11.000 contro circa 12.000.'])
    await restarted.close()
    await saving
  })

  it('keeps notes attached once the index is ready and as files change, with no export: a row note follows its row, a claim note whose article is gone is orphaned', async () => {
    await service.openFolder(libraryDir)
    await service.whenIndexed()
    const { rows, claims, articles } = await service.getComparison([])
    const row = rows.find((candidate) => new Set(candidate.claimIds.map((id) => claims.find((claim) => claim.id === id)?.articleId)).size > 1)!
    const rowArticles = new Set(row.claimIds.map((id) => claims.find((claim) => claim.id === id)!.articleId))
    const elsewhere = claims.find((claim) => !rowArticles.has(claim.articleId))!
    const elsewhereFile = articles.find((article) => article.id === elsewhere.articleId)!.file
    // A row note written against rows since re-aligned: its row id is stale, its claims are current.
    const rowNote = (await service.saveNote({ kind: 'row', rowId: 'row-aligned-yesterday', claimIds: row.claimIds }, 'Le due stime non tornano.', 'conflicting'))!
    const claimNote = (await service.saveNote({ kind: 'claim', claimId: elsewhere.id, articleId: elsewhere.articleId }, 'Cifra da verificare.', null))!
    await service.close()

    const reopened = new LibraryService({ dataDir: join(workDir, 'data'), sampleFolder: sampleLibrary, watch: true })
    const notesChanged: number[] = []
    reopened.subscribe((event) => {
      if (event.name === 'notesChanged') notesChanged.push(event.payload.generation)
    })
    try {
      const { generation } = await reopened.openFolder(libraryDir)
      await reopened.whenIndexed()
      const ready = await reopened.listNotes()
      expect(ready.find((note) => note.id === rowNote.id)).toMatchObject({ orphaned: false, target: { kind: 'row', rowId: row.id } })
      // The page is told to read the notes again.
      expect(notesChanged).toEqual([generation])
      expect(ready.find((note) => note.id === claimNote.id)?.orphaned).toBe(false)

      await reopened.whenWatching()
      await rm(join(libraryDir, elsewhereFile))
      await waitFor(() => reopened.getLibrary() !== null && !reopened.getLibrary()!.articles.some((article) => article.file === elsewhereFile))
      let notes = await reopened.listNotes()
      await waitFor(() => {
        void reopened.listNotes().then((current) => (notes = current))
        return notes.find((note) => note.id === claimNote.id)?.orphaned === true
      }, 5000)
      expect(notes.find((note) => note.id === claimNote.id)).toMatchObject({ body: 'Cifra da verificare.', anchor: { file: elsewhereFile } })
      await waitFor(() => notesChanged.length === 2)
    } finally {
      await reopened.close()
    }
  })

  it('reopens the last folder on the next start and remembers recent folders', async () => {
    await service.openFolder(libraryDir)
    await service.whenIndexed()
    await service.close()
    const restarted = new LibraryService({ dataDir: join(workDir, 'data'), sampleFolder: sampleLibrary, watch: false })
    const snapshot = await restarted.start()
    // The cached index shows the full list before anything is re-read.
    expect(snapshot?.folder).toBe(libraryDir)
    expect(snapshot?.articles).toHaveLength(5)
    expect((await restarted.listRecentFolders()).map((recent) => recent.folder)).toEqual([libraryDir])
    await restarted.close()
  })

  it('sees files added, changed, renamed and deleted while open, within a second', async () => {
    const snapshot = await service.openFolder(libraryDir)
    await service.whenIndexed()
    await new Promise((resolveWait) => setTimeout(resolveWait, 300)) // let the watcher settle

    await writeFile(join(libraryDir, 'nuovo.txt'), ' date 2026-03-02 Nuovo articolo\n\nSono arrivati circa 12.000 soldati.')
    expect(await waitFor(() => listedFiles(snapshot).includes('nuovo.txt'))).toBeLessThan(1500)

    await rename(join(libraryDir, 'nuovo.txt'), join(libraryDir, 'rinominato.txt'))
    await waitFor(() => listedFiles(snapshot).includes('rinominato.txt') && !listedFiles(snapshot).includes('nuovo.txt'))

    await rm(join(libraryDir, '000_014a5f80a1443256.txt'))
    await waitFor(() => !listedFiles(snapshot).includes('000_014a5f80a1443256.txt'))
    expect(listedFiles(snapshot)).toHaveLength(5)
  })

  it('reports a library folder that disappears while open, keeping the list', async () => {
    const snapshot = await service.openFolder(libraryDir)
    await service.whenIndexed()
    await service.whenWatching()
    await rename(libraryDir, libraryDir + ' (spostata)')
    await waitFor(() => events.some((event) => event.name === 'libraryProblem'), 5000)
    const problem = events.find((event) => event.name === 'libraryProblem')
    expect(problem?.payload).toMatchObject({ message: expect.stringContaining('no longer there') })
    await new Promise((resolveWait) => setTimeout(resolveWait, 500)) // removals the watcher may still report
    expect(listedFiles(snapshot)).toHaveLength(5)
  })

  it('validates every request argument and confines reads to the open library', async () => {
    await service.openFolder(libraryDir)
    // Articles are known once indexed (parsing runs on workers, so never assume it is done at open).
    await service.whenIndexed()
    const handlers = createRequestHandlers(service, { chooseFolder: async () => null, chooseExportPath: async () => null, writeClipboard: () => undefined, printToPdf: () => Promise.reject(new Error('This test prints no PDF.')) })
    expect(await settleRequest(() => handlers.openDroppedFolder('relative/path'))).toMatchObject({ ok: false, error: expect.objectContaining({ message: expect.stringContaining('absolute path') }) })
    expect(await settleRequest(() => handlers.openDroppedFolder(42))).toMatchObject({ ok: false })
    expect(await settleRequest(() => handlers.openDroppedFolder(join(workDir, 'missing')))).toMatchObject({
      ok: false,
      error: expect.objectContaining({ message: expect.stringContaining('does not exist') })
    })
    expect(await settleRequest(() => handlers.readArticle('../../etc/passwd'))).toMatchObject({ ok: false, error: expect.objectContaining({ message: expect.stringContaining('article id') }) })
    expect(await settleRequest(() => handlers.readArticle(articleIdFor('../outside.txt')))).toMatchObject({ ok: false })
    expect(await settleRequest(() => handlers.chooseFolder())).toEqual({ ok: true, value: null })
    const read = await settleRequest(() => handlers.readArticle(articleIdFor('003_aba4c62255511351.txt')))
    expect(read.ok && read.value.document.text).toContain('migliaia di soldati')
  })

  it('opens a riscontro:// link: asks before opening another library, then shows the article at the claim', async () => {
    await service.openSampleLibrary()
    await service.whenIndexed()
    const file = '004_f1d6bcf64c25065b.txt'
    const link = { kind: 'claim' as const, library: libraryDir, file, start: 10, end: 20 }
    const asked: string[] = []

    expect(await service.openLink(link, async (folder) => (asked.push(folder), false))).toEqual({ status: 'declined' })
    expect(service.getLibrary()?.folder).toBe(resolve(sampleLibrary))

    const outcome = await service.openLink(link, async (folder) => (asked.push(folder), true))
    expect(asked).toEqual([libraryDir, libraryDir])
    expect(service.getLibrary()?.folder).toBe(libraryDir)
    const generation = service.getLibrary()!.generation
    expect(outcome).toEqual({ status: 'shown', target: { generation, articleId: articleIdFor(file), start: 10, end: 20 } })
    expect(events.filter((event) => event.name === 'linkOpened').map((event) => event.payload)).toEqual([{ generation, articleId: articleIdFor(file), start: 10, end: 20 }])

    // Already open: no question; a file no longer there is said so.
    const missing = await service.openLink({ kind: 'article', library: libraryDir, file: 'sparito.txt' }, async () => {
      throw new Error('must not ask')
    })
    expect(missing).toMatchObject({ status: 'missing', message: expect.objectContaining({ code: 'linkMissing', message: expect.stringContaining('sparito.txt') }) })
  })
})
