import { describe, expect, it } from 'vitest'
import type { ScanReport } from '../../shared/model'
import { parseDeepLink } from '../../shared/deep-link'
import { claimsCsvPath, streamCsv } from './export-csv'
import { exportFormatOf, streamJson, writeExportFile, type ExportFileInput } from './export-file'
import { buildChartSvg, buildHtmlReport } from './export-html'
import { buildExportSheets, type Sheet } from './export-sheets'
import { buildXlsx } from './export-xlsx'
import { exportText, seedArticles, seedClaimIds, seedClaims, seedExportInput, seedRows } from './fixtures/seed-export'

const library = '/home/anna/Rassegna Corea'

function seedInput(): ExportFileInput {
  const { title, createdAt, articles, claims, rows, notes } = seedExportInput('plain')
  return { title, createdAt: String(createdAt), articles, claims, rows, notes, library }
}

/** A minimal RFC 4180 reader, to check what a spreadsheet would read back. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const text = csv.replace(/^\uFEFF/, '')
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += character
  }
  return rows
}

describe('export formats by extension', () => {
  it.each([
    ['confronto.md', 'markdown'],
    ['Confronto.CSV', 'csv'],
    ['out/confronto.xlsx', 'xlsx'],
    ['confronto.json', 'json'],
    ['confronto.htm', 'html'],
    ['confronto.pdf', 'pdf'],
    ['confronto.docx', null],
    ['confronto', null]
  ])('%s → %s', (path, format) => {
    expect(exportFormatOf(path)).toBe(format)
  })
})

function csvText(sheet: Sheet): string {
  return [...streamCsv(sheet)].join('')
}

describe('CSV export', () => {
  it('writes one row per quantity, one column per source, and the verdicts and notes', () => {
    const sheets = buildExportSheets(seedInput())
    const table = readCsv(csvText(sheets.table))
    const cited = seedArticles.filter((article) => seedClaims.some((claim) => claim.articleId === article.id))
    expect(table[0]).toEqual(['Quantity', 'Unit', ...cited.map((article) => expect.stringContaining(`(${article.date ?? 'undated'})`)), 'Verdict', 'Spread', 'Your verdict', 'Your note'])
    expect(table).toHaveLength(seedRows.length + 1)
    const troops = table.find((row) => row.includes('11.000 soldati'))!
    expect(troops).toContain('circa 12.000 soldati nordcoreani')
    expect(troops.slice(-4)).toEqual(['Differ', '1.09', 'Conflicting', expect.stringContaining('Il NIS sudcoreano dice *circa* 12.000')])
  })

  it('writes the claims with their article, sentence, offsets and a riscontro:// link back', () => {
    const claims = readCsv(csvText(buildExportSheets(seedInput()).claims))
    expect(claims[0]).toEqual(['Quantity', 'Source', 'Outlet', 'Date', 'File', 'Page', 'Claim', 'Value', 'Low', 'High', 'Unit', 'Qualifier', 'Sentence', 'Start', 'End', 'Link'])
    const troops = claims.find((row) => row[6] === '11.000 soldati')!
    const claim = seedClaims.find((candidate) => candidate.id === seedClaimIds.troops11k)!
    expect(troops.slice(4, 16)).toEqual(['000_014a5f80a1443256.txt', '', '11.000 soldati', '11000', '11000', '11000', 'soldier', 'exact', claim.sentence, String(claim.start), String(claim.end), expect.stringMatching(/^riscontro:\/\/claim\?/)])
    expect(parseDeepLink(troops[15])).toEqual({ kind: 'claim', library, file: '000_014a5f80a1443256.txt', start: claim.start, end: claim.end })
  })

  it('quotes commas, quotes and line breaks, and never lets a cell start a formula', () => {
    const csv = csvText({ name: 't', header: ['a', 'b', 'c', 'd'], rows: [['=HYPERLINK("x")', 'uno, due', 'riga\nnuova', -5]], linkColumns: [] })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(readCsv(csv)[1]).toEqual(['\'=HYPERLINK("x")', 'uno, due', 'riga\nnuova', '-5'])
  })

  it('writes the claims file beside the table', () => {
    expect(claimsCsvPath('/tmp/confronto.csv')).toBe('/tmp/confronto.claims.csv')
  })
})

describe('XLSX export', () => {
  it('writes a Comparison and a Claims sheet that read back with exceljs, numbers as numbers and links as hyperlinks', async () => {
    const bytes = await buildXlsx(buildExportSheets(seedInput()))
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Comparison', 'Claims'])
    const table = workbook.getWorksheet('Comparison')!
    expect(table.rowCount).toBe(seedRows.length + 1)
    expect(table.getRow(1).font?.bold).toBe(true)
    const claims = workbook.getWorksheet('Claims')!
    const troops = claims.getRows(2, claims.rowCount - 1)!.find((row) => row.getCell(7).value === '11.000 soldati')!
    expect(troops.getCell(8).value).toBe(11000)
    const link = troops.getCell(16).value as { text: string; hyperlink: string }
    expect(parseDeepLink(link.hyperlink)).toMatchObject({ kind: 'claim', file: '000_014a5f80a1443256.txt' })
  })
})

describe('JSON export', () => {
  it('writes the documented scan --json document for the selection', async () => {
    const written = new Map<string, string>()
    const paths = await writeExportFile('/out/confronto.json', 'json', seedInput(), { writeFile: async (path, contents) => void written.set(path, [...(contents as Iterable<string>)].join('')) })
    expect(paths).toEqual(['/out/confronto.json'])
    const text = written.get('/out/confronto.json')!
    const report = JSON.parse(text) as ScanReport
    // Streamed an element at a time, and the same text as JSON.stringify gives.
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`)
    expect([...streamJson({ empty: [], none: null, nested: [{ a: [1, 2] }] })].join('')).toBe(`${JSON.stringify({ empty: [], none: null, nested: [{ a: [1, 2] }] }, null, 2)}\n`)
    expect(Object.keys(report)).toEqual(['articles', 'skipped', 'claims', 'stories', 'rows'])
    expect(Object.keys(report.articles[0]!).sort()).toEqual(['author', 'date', 'file', 'id', 'language', 'outlet', 'status', 'title', 'truncated', 'url', 'words'])
    expect(report.rows).toHaveLength(seedRows.length)
  })

  it('refuses PDF where nothing can print it, without writing', async () => {
    const written: string[] = []
    await expect(writeExportFile('/out/x.pdf', 'pdf', seedInput(), { writeFile: async (path) => void written.push(path) })).rejects.toThrow(/PDF is printed by the app/)
    expect(written).toEqual([])
  })
})

describe('HTML report', () => {
  it('is self-contained: the table with a chart per row, verdicts, notes and numbered citations with links back', () => {
    const html = buildHtmlReport(seedInput())
    expect(html).not.toMatch(/<script|<link |src="http/)
    expect(html.match(/<svg /g)).toHaveLength(seedRows.filter((row) => row.claimIds.length > 0).length)
    expect(html).toContain('<td class="verdict conflicting">Differ · Conflicting ×1.09</td>')
    expect(html).toContain('Il NIS sudcoreano dice *circa* 12.000')
    expect(html).toMatch(/<li id="cite-1">.*“.*<mark>.*<\/mark>.*” <a class="open-link" href="riscontro:\/\/claim\?library=%2Fhome%2Fanna%2FRassegna%20Corea&amp;file=/)
    expect(html).toContain('@media print')
  })

  it('escapes what articles and notes say, so nothing in them becomes markup', () => {
    const input = seedInput()
    const hostile = { ...input, title: '<img src=x onerror=alert(1)>', notes: input.notes.map((note) => ({ ...note, body: '<script>alert(1)</script>' })) }
    const html = buildHtmlReport(hostile)
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('draws a range as a line and a point as a dot, on a log scale when the figures span magnitudes', () => {
    const [first, second] = seedClaims
    const svg = buildChartSvg([{ ...first!, value: 10, low: 10, high: 10 }, { ...second!, value: null, low: 2000, high: 9000, qualifier: 'range' }], true)
    expect(svg).toMatch(/<circle /)
    expect(svg).toMatch(/<line x1="[\d.]+" x2="[\d.]+" y1="[\d.]+" y2="[\d.]+" stroke="#b3261e" stroke-width="3"\/>/)
    expect(svg).toContain('>log</text>')
  })
})

describe('Markdown citations', () => {
  it('link back to each claim, and give a PDF claim its page', () => {
    const input = seedExportInput('plain')
    const claims = input.claims.map((claim) => (claim.id === seedClaimIds.troops11k ? { ...claim, page: 4 } : claim))
    const markdown = exportText({ ...input, claims, library })
    expect(markdown).toMatch(/\[\^c-[^\]]+\]: \*.*\* \(2026-01-10\), `000_014a5f80a1443256\.txt`, p\. 4: “.*\*\*11\.000 soldati\*\*.*” \(\[open in Riscontro\]\(riscontro:\/\/claim\?library=%2Fhome%2Fanna%2FRassegna%20Corea\\?&file=000_014a5f80a1443256\.txt\\?&start=\d+\\?&end=\d+\)\)/)
    // Markdown escapes the link's "&" as "\\&", which every CommonMark reader turns back into "&".
    expect(exportText(input)).not.toContain('riscontro://')
  })
})

