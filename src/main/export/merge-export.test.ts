import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { buildExport, type ExportFileSystem, writeExport } from './export-markdown'
import { generateRegion, hashRegion, regionText, splitRegions } from './export-regions'
import type { MarkdownExport } from './export-types'
import { exportText, seedExportInput, seedNotes, seedRows } from './fixtures/seed-export'
import { splitFrontMatter } from './front-matter'
import { mergeExport as mergeExportStreamed } from './merge-export'

const firstExport = buildExport(seedExportInput('obsidian'))
const first = exportText(seedExportInput('obsidian'))

/** The merged file as one string, and the regions the user edited. */
function mergeExport(existing: string, exported: MarkdownExport): { text: string; userEditedRegions: string[] } {
  const merged = mergeExportStreamed(existing, exported)
  return { text: [...merged.chunks()].join(''), userEditedRegions: merged.userEditedRegions }
}

/** The seed export re-done after the user changed their notes in the app. */
function reexport(changeNote = 'Il NIS sudcoreano dice circa 12.000.'): MarkdownExport {
  const notes = seedNotes.map((note) => (note.id === 'note-troops' ? { ...note, body: changeNote } : note))
  return buildExport({ ...seedExportInput('obsidian'), createdAt: '2026-02-01', notes })
}

/** What the user might do in Obsidian between two exports. */
function withUserText(markdown: string): string {
  return markdown
    .replace('tags:\n  - riscontro\n', 'tags:\n  - riscontro\n  - corea\nstatus: bozza # mio stato\n')
    .replace('<!-- riscontro:begin id=summary', 'Scritto da me, prima di tutto.\n\n<!-- riscontro:begin id=summary')
    .replace('<!-- riscontro:end id=table -->\n', '<!-- riscontro:end id=table -->\n\n> [!note] Mio commento\n> tra la tabella e le note.\n')
    .replace(/\n$/, '\n\n## Le mie conclusioni\n\nLe cifre sulle truppe divergono di circa il 9%.\n')
}

function frontMatterOf(markdown: string): Record<string, unknown> {
  return parseYaml(splitFrontMatter(markdown).frontMatter ?? '') as Record<string, unknown>
}

describe('mergeExport', () => {
  it('gives the same file back when nothing changed', () => {
    expect(mergeExport(first, firstExport)).toEqual({ text: first, userEditedRegions: [] })
  })

  it('updates the generated regions and keeps the user’s text around and between them', () => {
    const edited = withUserText(first)
    const { text, userEditedRegions } = mergeExport(edited, reexport())
    expect(userEditedRegions).toEqual([])
    expect(text).toContain('Scritto da me, prima di tutto.\n\n<!-- riscontro:begin id=summary')
    expect(text).toContain('<!-- riscontro:end id=table -->\n\n> [!note] Mio commento\n> tra la tabella e le note.\n\n<!-- riscontro:begin id=notes')
    expect(text.endsWith('<!-- riscontro:end id=footnotes -->\n\n## Le mie conclusioni\n\nLe cifre sulle truppe divergono di circa il 9%.\n')).toBe(true)
    expect(text).toContain('Il NIS sudcoreano dice circa 12.000.')
    expect(text).not.toContain('fonti e date diverse')
    expect(text).toContain('Exported from Riscontro on 2026-02-01')
    // Merging again changes nothing: the file is stable under re-export.
    expect(mergeExport(text, reexport()).text).toBe(text)
  })

  it('keeps the user’s front matter keys, comments and tags, and the first export’s date', () => {
    const { text } = mergeExport(withUserText(first), reexport())
    expect(frontMatterOf(text)).toEqual({ ...frontMatterOf(first), tags: ['riscontro', 'corea'], status: 'bozza' })
    expect(text).toContain('status: bozza # mio stato')
    expect(frontMatterOf(text).created).toBe('2026-01-12')
    const retitled = buildExport({ ...seedExportInput('obsidian'), title: 'Nuovo titolo' })
    expect(frontMatterOf(mergeExport(first, retitled).text).title).toBe('Nuovo titolo')
  })

  it('keeps front matter the user broke as they wrote it', () => {
    const broken = first.replace('tags:\n', 'tags: [unclosed\n')
    const { text } = mergeExport(broken, reexport())
    expect(splitFrontMatter(text).frontMatter).toBe(splitFrontMatter(broken).frontMatter)
  })

  it('reports regions the user edited inside, and not regions whose new content is the same', () => {
    const edited = first
      .replace('Il NIS sudcoreano dice *circa* 12.000', 'Il NIS (Seoul) dice *circa* 12.000')
      .replace('Ordini di grandezza compatibili.', 'Ordini di grandezza compatibili, per me.')
    expect(mergeExport(edited, reexport()).userEditedRegions).toEqual(['row-000-soldati-11000', 'row-000-proiettili-4m'])
    const alreadyNew = splitRegions(exportText({ ...seedExportInput('obsidian'), createdAt: '2026-02-01', notes: seedNotes.map((note) => (note.id === 'note-troops' ? { ...note, body: 'Il NIS sudcoreano dice circa 12.000.' } : note)) })).find((segment) => segment.kind === 'region' && segment.id === 'row-000-soldati-11000')
    const sameAsNew = first.replace(/<!-- riscontro:begin id=row-000-soldati-11000[\s\S]*?riscontro:end id=row-000-soldati-11000 -->/, () =>
      alreadyNew?.kind === 'region' ? alreadyNew.raw.replace(/hash=[0-9a-f]+/, 'hash=000000000000') : ''
    )
    expect(mergeExport(sameAsNew, reexport()).userEditedRegions).toEqual([])
  })

  it('ignores what editors change without the user meaning to: CRLF line endings and trailing spaces', () => {
    const windows = first.replace('## Troops sent · soldiers\n', '## Troops sent · soldiers   \n').replace(/\n/g, '\r\n')
    const { text, userEditedRegions } = mergeExport(windows, reexport())
    expect(userEditedRegions).toEqual([])
    expect(text).toBe(mergeExport(first, reexport()).text.replace(/\n/g, '\r\n'))
  })

  it('removes regions of rows that are gone and inserts new ones next to their neighbours', () => {
    const withoutShells = buildExport({ ...seedExportInput('obsidian'), rows: [seedRows[0]!, seedRows[2]!] })
    const user = exportText({ ...seedExportInput('obsidian'), rows: [seedRows[0]!, seedRows[2]!] }).replace('<!-- riscontro:end id=row-000-usd-7bn -->', '<!-- riscontro:end id=row-000-usd-7bn -->\n\nNota mia dopo la riga USD.')
    const { text } = mergeExport(user, firstExport)
    const ids = splitRegions(splitFrontMatter(text).body).flatMap((segment) => (segment.kind === 'region' ? [segment.id] : []))
    expect(ids).toEqual(['summary', 'table', 'notes', 'row-000-soldati-11000', 'row-000-proiettili-4m', 'row-000-usd-7bn', 'sources', 'orphaned-notes', 'footnotes'])
    expect(text).toContain('<!-- riscontro:end id=row-000-usd-7bn -->\n\nNota mia dopo la riga USD.\n\n<!-- riscontro:begin id=sources')

    const back = mergeExport(text, withoutShells).text
    expect(back).not.toContain('id=row-000-proiettili-4m')
    expect(back).toContain('Nota mia dopo la riga USD.')
    expect(back).not.toMatch(/\n\n\n/)
  })

  it('asks before removing a region the user edited', () => {
    const edited = first.replace('Ordini di grandezza compatibili.', 'Ho riscritto questa parte.')
    const withoutShells = buildExport({ ...seedExportInput('obsidian'), rows: [seedRows[0]!, seedRows[2]!] })
    expect(mergeExport(edited, withoutShells).userEditedRegions).toEqual(['row-000-proiettili-4m'])
  })

  it('leaves a damaged region as user text rather than guessing its extent', () => {
    const damaged = first.replace('<!-- riscontro:end id=sources -->', '')
    const { text } = mergeExport(damaged, reexport())
    // The old content stays (as user text, next to the fresh region); one well-formed region remains.
    expect(text.match(/Articolo breve, senza link alle fonti\./g)).toHaveLength(2)
    const sources = splitRegions(splitFrontMatter(text).body).filter((segment) => segment.kind === 'region' && segment.id === 'sources')
    expect(sources).toHaveLength(1)
    expect(mergeExport(text, reexport()).text).toBe(text)
  })

  it('keeps the text of a file that is not an export yet, and appends the export', () => {
    const mine = '---\naliases: [corea]\n---\n\n# I miei appunti\n\nTesto mio.\n'
    const { text, userEditedRegions } = mergeExport(mine, firstExport)
    expect(userEditedRegions).toEqual([])
    expect(text).toContain('# I miei appunti\n\nTesto mio.\n\n<!-- riscontro:begin id=summary')
    expect(frontMatterOf(text)).toMatchObject({ aliases: ['corea'], title: frontMatterOf(first).title })
    expect(mergeExport('', firstExport).text).toBe(first)
  })

  it('wraps regions with the hash of their content, blind to line endings and trailing spaces', () => {
    expect([...regionText(generateRegion('x', ['\nCiao', '\n']))].join('')).toBe(`<!-- riscontro:begin id=x hash=${hashRegion('Ciao')} -->\n\nCiao\n\n<!-- riscontro:end id=x -->`)
    expect(hashRegion('a  \r\nb\n\n')).toBe(hashRegion('a\nb'))
    expect(hashRegion('a\nb')).not.toBe(hashRegion('a\nc'))
    expect(hashRegion('x')).toMatch(/^[0-9a-f]{12}$/)
  })
})

describe('writeExport', () => {
  function memoryFs(files: Record<string, string> = {}): ExportFileSystem & { files: Record<string, string>; writes: number } {
    const fs = {
      files,
      writes: 0,
      async readText(path: string) {
        return fs.files[path] ?? null
      },
      async writeAtomic(path: string, chunks: Iterable<string>, shouldReplace: () => Promise<boolean>) {
        const text = [...chunks].join('')
        if (!(await shouldReplace())) return false
        fs.writes++
        fs.files[path] = text
        return true
      }
    }
    return fs
  }

  it('creates a new file, then reports an unchanged re-export without writing', async () => {
    const fs = memoryFs()
    expect(await writeExport('/out.md', firstExport, { overwriteEdited: false, fs })).toEqual({ ok: true, created: true, unchanged: false, overwrittenRegions: [] })
    expect(fs.files['/out.md']).toBe(first)
    expect(await writeExport('/out.md', firstExport, { overwriteEdited: false, fs })).toMatchObject({ ok: true, unchanged: true })
    expect(fs.writes).toBe(1)
  })

  it('refuses to overwrite a region the user edited unless told to', async () => {
    const edited = first.replace('Ordini di grandezza compatibili.', 'Riscritto.')
    const fs = memoryFs({ '/out.md': edited })
    expect(await writeExport('/out.md', reexport(), { overwriteEdited: false, fs })).toEqual({ ok: false, reason: 'user-edited', userEditedRegions: ['row-000-proiettili-4m'] })
    expect(fs.files['/out.md']).toBe(edited)
    const forced = await writeExport('/out.md', reexport(), { overwriteEdited: true, fs })
    expect(forced).toMatchObject({ ok: true, overwrittenRegions: ['row-000-proiettili-4m'] })
    expect(fs.files['/out.md']).not.toContain('Riscritto.')
  })

  it('merges again when another editor saved the file meanwhile', async () => {
    const fs = memoryFs({ '/out.md': first })
    const read = fs.readText.bind(fs)
    let reads = 0
    fs.readText = async (path: string) => {
      if (++reads === 2) fs.files[path] = withUserText(first)
      return read(path)
    }
    await writeExport('/out.md', reexport(), { overwriteEdited: false, fs })
    expect(fs.files['/out.md']).toContain('Le mie conclusioni')
  })

  it('writes through the real file system atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'riscontro-export-'))
    try {
      const path = join(dir, 'Corea.md')
      await writeExport(path, firstExport, { overwriteEdited: false })
      await writeFile(path, withUserText(await readFile(path, 'utf8')))
      const result = await writeExport(path, reexport(), { overwriteEdited: false })
      expect(result).toMatchObject({ ok: true, created: false })
      expect(await readFile(path, 'utf8')).toContain('Le mie conclusioni')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
