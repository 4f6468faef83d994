import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { LibrarySearchResult, ScanReport } from '../../shared/model'
import { makeImageOnlyPdf, makeStoryDocx, makeStoryEml, makeStoryEpub, makeStoryMhtml, makeStoryPdf, makeStoryRss } from '../articles/fixtures/document-fixtures'

const run = promisify(execFile)
/** The built CLI, as `npm run cli` runs it (built first when missing or older than the sources). */
const cli = resolve('out/cli/riscontro-cli.js')
const sampleLibrary = resolve('resources/sample-library')
let dataDir: string

beforeAll(async () => {
  await run(process.execPath, [resolve('scripts/build-cli.mjs'), '--if-stale'])
}, 120_000)

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'riscontro-cli-'))
})

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

/** Runs the CLI as users do (`npm run cli -- …` is plain node over the built file), in a fresh data folder. */
async function riscontro(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  // An English locale, whatever the developer's: the export's words follow it (tests below set their own).
  return riscontroIn({ LC_ALL: 'en_US.UTF-8' }, ...args)
}

async function riscontroIn(locale: Record<string, string>, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const env = { ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, ...locale, RISCONTRO_DATA_DIR: dataDir }
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env })
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number }
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code }
  }
}

// Each test starts the CLI and its parse worker: on a loaded 2-core machine that can take much of vitest's default 20 s.
describe('riscontro CLI', { timeout: 90_000 }, () => {
  it('scan --json --no-rows prints articles and claims without comparing', async () => {
    const { stdout, code } = await riscontro('scan', sampleLibrary, '--json', '--no-rows')
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as Partial<ScanReport>
    expect(Object.keys(report)).toEqual(['articles', 'skipped', 'claims'])
    expect(report.claims!.length).toBeGreaterThan(10)
  })

  it('scan --json prints the documented document: articles, skipped, claims and rows', async () => {
    const { stdout, code } = await riscontro('scan', sampleLibrary, '--json')
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as ScanReport
    expect(report.articles.map((article) => article.file)).toHaveLength(5)
    expect(Object.keys(report.articles[0]!).sort()).toEqual(['author', 'date', 'file', 'id', 'language', 'outlet', 'status', 'title', 'truncated', 'url', 'words'])
    expect(report.skipped).toEqual([])
    const troops = report.claims.find((claim) => claim.text === '11.000 soldati')
    expect(troops).toMatchObject({ value: 11000, low: 11000, high: 11000, qualifier: 'exact', unit: 'soldier' })
    expect(report.rows.find((row) => troops && row.claimIds.includes(troops.id))?.sourceCount).toBeGreaterThan(1)
  })

  it('scan --json run again on an unchanged folder prints the same document, from the kept index, stories and rows', async () => {
    const cold = await riscontro('scan', sampleLibrary, '--json')
    expect(cold.code).toBe(0)
    const kept = await readdir(join(dataDir, 'libraries'), { recursive: true })
    expect(kept.some((name) => name.endsWith('aligned.ndjson'))).toBe(true)
    const warm = await riscontro('scan', sampleLibrary, '--json')
    expect(warm.code).toBe(0)
    expect(warm.stdout).toBe(cold.stdout)
    // A command-line run is not one of the app's recent folders: the settings are left alone.
    expect(await readdir(dataDir)).not.toContain('settings.json')
  })

  it('exits 1 for a folder that does not exist and 2 for a usage error', async () => {
    expect((await riscontro('scan', join(dataDir, 'missing'))).code).toBe(1)
    expect((await riscontro('frobnicate')).code).toBe(2)
    expect((await riscontro('export', sampleLibrary, '--out', join(dataDir, 'x.md'), '--flavour', 'word')).code).toBe(2)
  })

  it('export writes Markdown with the table and citations, and keeps the user’s own text on re-export', async () => {
    const out = join(dataDir, 'confronto.md')
    expect((await riscontro('export', sampleLibrary, '--out', out)).code).toBe(0)
    const first = await readFile(out, 'utf8')
    expect(first).toMatch(/^---\ntitle: /)
    expect(first).toContain('| Soldati')
    expect(first).toContain('11.000 soldati')
    expect(first).toMatch(/\[\^c-[0-9a-f]+\]: /)

    await writeFile(out, `${first}\n## My conclusions\n\nThe 11.000 figure is the most cited.\n`)
    expect((await riscontro('export', sampleLibrary, '--out', out, '--flavour', 'obsidian')).code).toBe(0)
    const second = await readFile(out, 'utf8')
    expect(second).toContain('The 11.000 figure is the most cited.')
    expect(second).toMatch(/> \[!/)
  })

  // Each CLI run is a process of its own (with its parse worker): on a loaded machine a few of them take longer than one test's default.
  it('export picks the format by extension: CSV writes the table and its claims beside it, .xlsx a workbook', { timeout: 60_000 }, async () => {
    const base = join(dataDir, 'confronto')
    for (const extension of ['csv', 'xlsx']) {
      const { code, stderr } = await riscontro('export', sampleLibrary, '--out', `${base}.${extension}`)
      expect(code, stderr).toBe(0)
    }
    const table = await readFile(`${base}.csv`, 'utf8')
    expect(table.split('\r\n')[0]).toMatch(/^\uFEFFQuantity,Unit,.*,Verdict,Spread,Your verdict,Your note$/)
    expect(table).toContain('11.000 soldati')
    const claims = await readFile(`${base}.claims.csv`, 'utf8')
    expect(claims).toMatch(/riscontro:\/\/claim\?library=/)
    expect((await readFile(`${base}.xlsx`)).subarray(0, 2).toString()).toBe('PK')
  })

  it('export writes its own words in the language --lang names, by default the environment’s, and refuses one it does not speak', { timeout: 90_000 }, async () => {
    const base = join(dataDir, 'confronto')
    expect((await riscontro('export', sampleLibrary, '--out', `${base}.csv`, '--lang', 'it')).code).toBe(0)
    expect((await readFile(`${base}.csv`, 'utf8')).split('\r\n')[0]).toMatch(/^\uFEFFQuantità,Unità,.*,Verdetto,Divario,Il tuo verdetto,La tua nota$/)
    expect((await riscontroIn({ LANG: 'it_IT.UTF-8' }, 'export', sampleLibrary, '--out', `${base}.md`)).code).toBe(0)
    expect(await readFile(`${base}.md`, 'utf8')).toMatch(/\| Quantità .*\| Verdetto/)
    const refused = await riscontro('export', sampleLibrary, '--out', `${base}.md`, '--lang', 'fr')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--lang is it or en')
  })

  it('export refuses an extension it does not write, and PDF (which the app prints)', { timeout: 60_000 }, async () => {
    const docx = await riscontro('export', sampleLibrary, '--out', join(dataDir, 'x.docx'))
    expect(docx.code).toBe(2)
    expect(docx.stderr).toMatch(/\.md, \.csv, \.xlsx, \.json or \.html/)
    const pdf = await riscontro('export', sampleLibrary, '--out', join(dataDir, 'x.pdf'))
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toMatch(/PDF is printed by the app/)
  })

  it('scan reads every input format: PDF, Word, e-mail, saved page, EPUB and feed items', async () => {
    const folder = join(dataDir, 'misti')
    await mkdir(folder)
    await writeFile(join(folder, 'rapporto.pdf'), await makeStoryPdf())
    await writeFile(join(folder, 'comunicato.docx'), makeStoryDocx())
    await writeFile(join(folder, 'comunicato.eml'), makeStoryEml())
    await writeFile(join(folder, 'pagina.mhtml'), makeStoryMhtml())
    await writeFile(join(folder, 'libro.epub'), makeStoryEpub())
    await writeFile(join(folder, 'lago.rss'), makeStoryRss())
    await writeFile(join(folder, 'scansione.pdf'), await makeImageOnlyPdf())
    // pdf.js warns about a damaged file on the console unless told not to: the file's reason says it all.
    await writeFile(join(folder, 'tagliato.pdf'), (await makeStoryPdf()).subarray(0, 900))
    const { stdout, stderr, code } = await riscontro('scan', folder, '--json')
    expect(code).toBe(0)
    expect(stderr).not.toMatch(/Warning/)
    const report = JSON.parse(stdout) as ScanReport
    expect(report.articles.map((article) => article.file.replace(/#[0-9a-f]{8}$/, '#…'))).toEqual([
      'comunicato.docx',
      'comunicato.eml',
      'lago.rss#…',
      'lago.rss#…',
      'libro.epub',
      'pagina.mhtml',
      'rapporto.pdf'
    ])
    expect(report.articles.find((article) => article.file === 'pagina.mhtml')).toMatchObject({ outlet: 'Il Quotidiano del Lago', url: 'https://quotidiano.example.it/garda-siccita' })
    expect(report.skipped).toEqual([
      { file: 'scansione.pdf', reason: expect.stringMatching(/no text layer/), problem: { code: 'pdfNoTextLayer', params: { count: 1 } } },
      { file: 'tagliato.pdf', reason: expect.stringMatching(/^This PDF could not be read/), problem: { code: 'damagedPdf', params: { reason: expect.any(String) } } }
    ])
    const pdfId = report.articles.find((article) => article.file === 'rapporto.pdf')!.id
    expect(report.claims.filter((claim) => claim.articleId === pdfId).map((claim) => claim.page)).toEqual([1, 1, 2, 2])
  })

  it('search lists the notes and articles holding every word, as JSON or as lines', async () => {
    const { stdout, code } = await riscontro('search', sampleLibrary, 'Vladivostok', '--json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as LibrarySearchResult
    expect(Object.keys(result).sort()).toEqual(['articleTotal', 'articles', 'notes', 'query'])
    expect(result.articleTotal).toBe(2)
    expect(result.articles[0]!.excerpt.text).toContain('Vladivostok')
    const lines = await riscontro('search', sampleLibrary, 'basi', 'militari', 'vladivostok')
    expect(lines.stdout).toMatch(/004_f1d6bcf64c25065b\.txt: .*Vladivostok/)
    expect(lines.stdout).toMatch(/0 notes, 1 article\n$/)
  })

  it('speaks Italian with --lang it or an Italian locale: usage, errors, summaries; JSON stays the same', async () => {
    const usage = await riscontroIn({ LANG: 'it_IT.UTF-8' }, 'frobnicate')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/^Uso: riscontro scan CARTELLA/)
    expect(usage.stderr).toContain('--lang          La lingua di questi messaggi')
    expect((await riscontro('--help', '--lang', 'it')).stdout).toMatch(/^Uso: riscontro/)

    const missing = await riscontroIn({ LC_MESSAGES: 'it_IT.UTF-8' }, 'scan', join(dataDir, 'mancante'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(`riscontro: ${join(dataDir, 'mancante')} non è una cartella. Indica il percorso di una cartella di articoli.\n`)
    expect((await riscontro('scan', sampleLibrary, '--lang', 'fr')).stderr).toBe('riscontro: --lang is it or en, not fr.\n')

    const table = await riscontro('scan', sampleLibrary, '--lang', 'it')
    expect(table.stdout).toMatch(/ parole .* dati /)
    expect(table.stdout).toMatch(/\n5 articoli, \d+ dati, \d+ righe, 0 saltati\n$/)
    const json = await riscontroIn({ LANG: 'it_IT.UTF-8' }, 'scan', sampleLibrary, '--json', '--no-rows')
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['articles', 'skipped', 'claims'])
  })
})
