import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { droughtReport, makeStoryPdf } from '../articles/fixtures/document-fixtures'
import { writeExportFile, nodeExportFileEffects } from '../export/export-file'
import { buildExport, writeExport } from '../export/export-markdown'
import { suggestExportPath } from '../export/export-path'
import { seedExportInput } from '../export/fixtures/seed-export'
import { LibraryIndex } from '../library/library-index'
import { LibraryService, type LibraryEvent } from '../app/library-service'

/**
 * Issue 15: with the data folder inside the library (the home folder opened on macOS) every cache
 * write re-indexed the library, about 14 MB/s forever; Riscontro's own exports must not be indexed.
 */

const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let libraryDir: string

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-data-'))
  libraryDir = join(workDir, 'home')
  await cp(sampleLibrary, libraryDir, { recursive: true })
})

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('the data folder inside the library', () => {
  it('is listed as Riscontro’s own, never indexed, and its writes never re-index the library', async () => {
    // Not hidden, as ~/Library/Application Support/Riscontro is not on macOS.
    const dataDir = join(libraryDir, 'Library', 'Riscontro')
    // A user's data folder exists from earlier runs.
    await mkdir(join(dataDir, 'index'), { recursive: true })
    const service = new LibraryService({ dataDir, sampleFolder: sampleLibrary, watch: true })
    const events: LibraryEvent[] = []
    service.subscribe((event) => events.push(event))
    try {
      const snapshot = await service.openFolder(libraryDir)
      await service.whenIndexed()
      await service.whenWatching()
      // The first index wrote the cache inside the library; give the watcher time to (not) see it.
      await new Promise((settle) => setTimeout(settle, 800))
      const changesBefore = events.filter((event) => event.name === 'libraryChanged').length
      await service.saveNote({ kind: 'library' }, 'Una nota salvata dentro la cartella della libreria.', null, snapshot.generation)
      await service.saveWorkspace(
        { view: 'library', comparedArticleIds: [], compareAll: false, paneArticleIds: [], paneWidths: [], tableShare: 0.5, rowSearch: '', disagreementsOnly: false, rowSort: 'sources', rowSortDescending: true, syncScroll: true },
        snapshot.generation
      )
      await new Promise((settle) => setTimeout(settle, 1500))
      expect(events.filter((event) => event.name === 'libraryChanged').length).toBe(changesBefore)
      const files = (await service.getComparison([])).articles.map((article) => article.file)
      expect(files.every((file) => !file.startsWith('Library/'))).toBe(true)
      const listed = events.flatMap((event) => (event.name === 'libraryChanged' ? event.payload.upserted : []))
      expect(listed.find((summary) => summary.file === 'Library/Riscontro/')).toMatchObject({ status: 'not-an-article', reason: expect.stringContaining('own data folder') })
      expect(listed.filter((summary) => summary.file.startsWith('Library/Riscontro/') && summary.file !== 'Library/Riscontro/')).toEqual([])
    } finally {
      await service.close()
    }
  })
})

describe('Riscontro’s own exports', () => {
  it('an export saved in the library (Markdown or the HTML report) is listed but never read as an article', async () => {
    await writeExport(join(libraryDir, 'confronto.md'), buildExport(seedExportInput('obsidian')), { overwriteEdited: false })
    await writeExportFile(join(libraryDir, 'confronto.html'), 'html', { ...seedExportInput('plain'), createdAt: '2026-01-12' }, nodeExportFileEffects)
    const index = new LibraryIndex(libraryDir, join(workDir, 'data'), { onProgress: () => undefined, onChange: () => undefined })
    await index.index()
    await index.close()
    for (const file of ['confronto.md', 'confronto.html']) {
      expect(index.summaries().find((summary) => summary.file === file)).toMatchObject({ status: 'not-an-article', reason: expect.stringContaining('Riscontro exported') })
    }
    expect(index.summaries().filter((summary) => summary.status === 'ok')).toHaveLength(5)
  })

  it('a PDF report saved in the library carries Riscontro’s mark and is listed, never read; the same PDF unmarked is an article', async () => {
    const folder = join(workDir, 'pdf-library')
    await mkdir(folder)
    // A real article-like PDF stands in for the printer (Chromium prints the report in the app and in e2e).
    const printed = await makeStoryPdf(droughtReport)
    const effects = { ...nodeExportFileEffects, printToPdf: async () => printed }
    await writeExportFile(join(folder, 'confronto.pdf'), 'pdf', { ...seedExportInput('plain'), createdAt: '2026-01-12' }, effects)
    await writeFile(join(folder, 'rapporto.pdf'), printed)
    const index = new LibraryIndex(folder, join(workDir, 'pdf-data'), { onProgress: () => undefined, onChange: () => undefined })
    await index.index()
    await index.close()
    expect(index.summaries().find((summary) => summary.file === 'confronto.pdf')).toMatchObject({ status: 'not-an-article', reason: expect.stringContaining('Riscontro exported') })
    expect(index.summaries().find((summary) => summary.file === 'rapporto.pdf')).toMatchObject({ status: 'ok', title: droughtReport.title })
  })

  it('the save dialog never proposes a path inside the library', () => {
    expect(suggestExportPath(['/Users/ada/Documents', '/Users/ada'], '/Users/ada/Rassegna', 'x.md')).toBe('/Users/ada/Documents/x.md')
    expect(suggestExportPath(['/Users/ada/Documents', '/Users/ada'], '/Users/ada/Documents', 'x.md')).toBe('/Users/ada/x.md')
    expect(suggestExportPath(['/Users/ada/Documents', '/Users/ada'], '/Users/ada', 'x.md')).toBe('/Users/x.md')
  })
})
