import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildExport, writeExport } from '../export/export-markdown'
import { splitRegions } from '../export/export-regions'
import type { ExportInput } from '../export/export-types'
import { exportText, seedExportInput, seedNotes } from '../export/fixtures/seed-export'
import { mergeExport } from '../export/merge-export'
import { LibraryService, type LibraryEvent } from '../app/library-service'
import { notesFilePath } from '../notes/notes-store'

/** Issue 15: export markers inside a note's code block broke the update of an earlier export. */

const quotingMarkers = [
  'Per rifare l’export ho provato a copiare i marcatori:',
  '',
  '```html',
  '<!-- riscontro:begin id=table hash=000000000000 -->',
  '<!-- riscontro:end id=table -->',
  '```',
  '',
  '~~~',
  '<!-- riscontro:begin id=summary -->',
  '~~~',
  '',
  '    <!-- riscontro:end id=notes -->'
].join('\n')

function troopsNoteInput(body: string, createdAt: string): ExportInput {
  const notes = seedNotes.map((note) => (note.id === 'note-troops' ? { ...note, body } : note))
  return { ...seedExportInput('plain'), createdAt, notes }
}

describe('export regions are whole lines outside code', () => {
  it('markers quoted in a note’s fenced or indented code do not cut its region', () => {
    const markdown = exportText(troopsNoteInput(quotingMarkers, '2026-02-01'))
    const regions = splitRegions(markdown).filter((segment) => segment.kind === 'region')
    const troops = regions.find((region) => region.kind === 'region' && region.inner.includes('copiare i marcatori'))
    expect(troops).toBeDefined()
    expect(splitRegions(markdown).filter((segment) => segment.kind === 'text').every((segment) => !segment.text.includes('riscontro:begin'))).toBe(true)
  })

  it('a later export replaces the note and its verdict instead of keeping the old ones', () => {
    const earlier = exportText(troopsNoteInput(quotingMarkers, '2026-02-01'))
    const later = troopsNoteInput('Il NIS conferma: circa 12.000.', '2026-02-02')
    const merged = mergeExport(earlier, buildExport(later))
    const text = [...merged.chunks()].join('')
    expect(merged.userEditedRegions).toEqual([])
    expect(text).toContain('Il NIS conferma: circa 12.000.')
    expect(text).not.toContain('copiare i marcatori')
    const markers = (text: string): number => text.split('\n').filter((line) => line.startsWith('<!-- riscontro:begin')).length
    expect(markers(text)).toBe(markers(exportText(later)))
  })

  it('a marker not at the start of its line is text, not a marker', () => {
    const markdown = 'Prima  <!-- riscontro:begin id=table hash=abc -->\n\n <!-- riscontro:begin id=notes -->\nnota\n<!-- riscontro:end id=notes -->'
    expect(splitRegions(markdown).map((segment) => segment.kind)).toEqual(['text'])
  })
})

describe('notes set aside are never dropped silently', () => {
  const run = promisify(execFile)
  const cli = resolve('src/main/cli/riscontro-cli.ts')
  const sampleLibrary = resolve('resources/sample-library')
  let workDir: string
  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-export-'))
  })
  afterEach(async () => {
    await rm(workDir, { recursive: true, force: true })
  })

  it('the app reports a notes file set aside at the open that set it aside and at every open after', async () => {
    const dataDir = join(workDir, 'data')
    const notesPath = notesFilePath(dataDir, sampleLibrary)
    await mkdir(join(notesPath, '..'), { recursive: true })
    await writeFile(notesPath, '{"version":1,"notes":[{"id":')
    const problemsAtOpen = async (): Promise<string[]> => {
      const service = new LibraryService({ dataDir, sampleFolder: sampleLibrary, watch: false })
      const events: LibraryEvent[] = []
      service.subscribe((event) => events.push(event))
      try {
        await service.openFolder(sampleLibrary)
        await service.whenIndexed()
        return events.flatMap((event) => (event.name === 'libraryProblem' ? [event.payload.message] : []))
      } finally {
        await service.close()
      }
    }
    expect(await problemsAtOpen()).toContainEqual(expect.stringContaining('could not be read (it is not valid JSON)'))
    for (let open = 0; open < 2; open++) {
      expect(await problemsAtOpen()).toContainEqual(expect.stringMatching(/A notes file set aside earlier \(.*notes\.damaged-.*\.json\) is not part of this library’s notes/))
    }
  })

  it('every CLI export after a notes file was set aside says so, not only the first', { timeout: 120_000 }, async () => {
    const dataDir = join(workDir, 'data')
    const notesPath = notesFilePath(dataDir, sampleLibrary)
    await mkdir(join(notesPath, '..'), { recursive: true })
    await writeFile(notesPath, '{"version":1,"notes":[{"id":')
    const exportOnce = () =>
      run(process.execPath, ['--import', 'tsx', cli, 'export', sampleLibrary, '--out', join(workDir, 'confronto.md')], {
        env: { ...process.env, RISCONTRO_DATA_DIR: dataDir }
      })
    const first = await exportOnce()
    expect(first.stderr).toContain('could not be read (it is not valid JSON)')
    const second = await exportOnce()
    expect(second.stderr).toMatch(/A notes file set aside earlier \(.*notes\.damaged-.*\.json\) is not part of this library’s notes/)
  })
})

describe('exports into existing files', () => {
  let workDir: string
  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-export-file-'))
  })
  afterEach(async () => {
    await rm(workDir, { recursive: true, force: true })
  })

  it('refuses to merge into a file that is not UTF-8, with a reason, and leaves it as it was', async () => {
    const path = join(workDir, 'confronto.md')
    const windows1252 = Buffer.from('# Confronto\n\nPerch\xe9 le cifre non tornano: citt\xe0, qualit\xe0.\n', 'latin1')
    await writeFile(path, windows1252)
    await expect(writeExport(path, buildExport(seedExportInput('plain')), { overwriteEdited: false })).rejects.toThrow(/not UTF-8 text.*Nothing was written/)
    expect(await readFile(path)).toEqual(windows1252)
  })

  it('clears the temporary files an export killed mid-write left beside it, and only those', async () => {
    const path = join(workDir, 'confronto.md')
    const leftover = `${path}.riscontro-tmp-999-0badf00d`
    const usersOwn = join(workDir, 'confronto.md.20260101')
    for (const file of [leftover, usersOwn]) {
      await writeFile(file, 'half an export')
      await utimes(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000))
    }
    await writeExport(path, buildExport(seedExportInput('plain')), { overwriteEdited: false })
    expect((await readdir(workDir)).sort()).toEqual(['confronto.md', 'confronto.md.20260101'])
  })
})
