import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { droughtPressRelease, droughtReport, makeStoryDocx, makeStoryPdf, makeStoryText } from '../src/main/articles/fixtures/document-fixtures'
import { isRiscontroExport } from '../src/main/export/export-regions'
import { parseDeepLink } from '../src/shared/deep-link'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import type { LibraryPage } from './pages/library-page'
import { ExportDialog } from './pages/export-dialog'

const run = promisify(execFile)

/** One story as a newsroom meets it: a plain-text article, the agency's PDF report and the Region's Word press release. */
async function writeMixedFolder(libraryDir: string): Promise<string> {
  const folder = join(libraryDir, '..', 'Siccità Garda')
  await mkdir(folder)
  await writeFile(join(folder, 'garda.txt'), makeStoryText())
  await writeFile(join(folder, 'rapporto.pdf'), await makeStoryPdf())
  await writeFile(join(folder, 'comunicato.docx'), makeStoryDocx())
  return folder
}

async function exportAs(libraryPage: LibraryPage, label: RegExp, path: string, desktop: { nextExportPath: string | null }): Promise<void> {
  desktop.nextExportPath = path
  const exportDialog = new ExportDialog(libraryPage.page)
  await exportDialog.open()
  await exportDialog.choose(label)
  await exportDialog.exportToChosenFile()
  await expect(exportDialog.status).toContainText('Exported', { timeout: 15_000 })
  await libraryPage.screenshot(`documents-export-dialog-${label.source.replace(/\W+/g, '').toLowerCase()}`)
  await exportDialog.closeButton.click()
}

test.describe('PDF, Word and text versions of one story', () => {
  test('compares them in one table, with the publishers in the column headers', async ({ service, libraryDir, libraryPage }) => {
    const folder = await writeMixedFolder(libraryDir)
    await service.openFolder(folder)
    await service.whenIndexed()
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(3)

    await libraryPage.openArticle(droughtReport.title)
    const header = libraryPage.readingPane.locator('header.article-header')
    await expect(header).toContainText(`${droughtReport.outlet} · ${droughtReport.author}`)
    await expect(header).toContainText('4 Aug 2025')
    await expect(libraryPage.readingPane).toContainText('1,5 miliardi di euro')
    await libraryPage.screenshot('documents-pdf-reading')

    await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(libraryPage.page)
    const headers = comparison.table.getByRole('columnheader')
    await expect(headers.filter({ hasText: droughtReport.outlet })).toHaveCount(1)
    await expect(headers.filter({ hasText: droughtPressRelease.outlet })).toHaveCount(1)
    await expect(headers.filter({ hasText: droughtPressRelease.outlet })).toHaveAttribute('title', new RegExp(droughtPressRelease.title))
    // The Word release's count and the PDF report's count of the same farms share a row, each under its publisher.
    const farms = comparison.rowWith('1.800 aziende')
    await expect(farms).toContainText('Più di 2.000 aziende')
    expect(await (await comparison.cell(farms, droughtReport.outlet)).textContent()).toContain('Più di 2.000 aziende')
    expect(await (await comparison.cell(farms, droughtPressRelease.outlet)).textContent()).toContain('1.800 aziende')
    await libraryPage.screenshot('documents-comparison')
  })

  test('exports the comparison as CSV, XLSX, an HTML report and a PDF, each citing its claims with links back', async ({ service, libraryDir, libraryPage, desktop, browser }) => {
    test.setTimeout(90_000)
    const folder = await writeMixedFolder(libraryDir)
    await service.openFolder(folder)
    await service.whenIndexed()
    await libraryPage.open()
    await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
    await expect(new ComparisonPage(libraryPage.page).rowWith('circa 1,2 miliardi di euro')).toBeVisible()
    const outDir = await mkdtemp(join(tmpdir(), 'riscontro-exports-'))
    try {
      await exportAs(libraryPage, /^CSV/, join(outDir, 'confronto.csv'), desktop)
      const table = await readFile(join(outDir, 'confronto.csv'), 'utf8')
      expect(table).toMatch(/^\uFEFFQuantity,Unit,/)
      expect(table).toContain(`${droughtReport.outlet}: `)
      expect(table).toContain('circa 1,2 miliardi di euro')
      const claims = await readFile(join(outDir, 'confronto.claims.csv'), 'utf8')
      const pdfClaim = claims.split('\r\n').find((line) => line.includes('rapporto.pdf') && line.includes('1,5 miliardi di euro'))!
      expect(pdfClaim).toContain('rapporto.pdf,2,"1,5 miliardi di euro"') // page 2 of the report
      const link = /riscontro:\/\/claim\?[^,\s]+/.exec(pdfClaim)![0]
      expect(parseDeepLink(link)).toMatchObject({ kind: 'claim', library: folder, file: 'rapporto.pdf' })

      await exportAs(libraryPage, /Excel workbook/, join(outDir, 'confronto.xlsx'), desktop)
      const { default: ExcelJS } = await import('exceljs')
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await readFile(join(outDir, 'confronto.xlsx'))) as unknown as ArrayBuffer)
      const sheet = workbook.getWorksheet('Comparison')!
      const headings = (sheet.getRow(1).values as unknown[]).filter((value): value is string => typeof value === 'string')
      expect(headings).toEqual(expect.arrayContaining(['Quantity', 'Unit', 'Verdict', 'Spread', 'Your verdict', 'Your note']))
      expect(headings.some((heading) => heading.startsWith(droughtPressRelease.outlet))).toBe(true)
      const claimSheet = workbook.getWorksheet('Claims')!
      const values = claimSheet.getColumn(8).values.filter((value): value is number => typeof value === 'number')
      expect(values).toEqual(expect.arrayContaining([1_500_000_000, 1_200_000_000]))

      await exportAs(libraryPage, /^HTML report/, join(outDir, 'confronto.html'), desktop)
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(pathToFileURL(join(outDir, 'confronto.html')).href)
      await expect(page.getByRole('heading', { name: /Siccità Garda: comparison/ })).toBeVisible()
      await expect(page.locator('table svg')).toHaveCount(await page.locator('tbody tr').count())
      await expect(page.locator('.citations li').first()).toContainText('open in Riscontro')
      await page.screenshot({ path: 'test-results/screens/documents-report-html.png', fullPage: true })
      await page.close()

      await exportAs(libraryPage, /^PDF report/, join(outDir, 'confronto.pdf'), desktop)
      const pdf = await readFile(join(outDir, 'confronto.pdf'))
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      // Marked as Riscontro's own, so a copy saved in a library is never indexed as an article.
      expect(isRiscontroExport(pdf)).toBe(true)
      // Looked at as a reader would: each page rendered to an image with poppler's pdftoppm.
      await run('pdftoppm', ['-png', '-r', '60', join(outDir, 'confronto.pdf'), join(outDir, 'page')])
      const pages = (await readdir(outDir)).filter((name) => name.startsWith('page') && name.endsWith('.png')).sort()
      expect(pages.length).toBeGreaterThan(0)
      expect((await stat(join(outDir, pages[0]!))).size).toBeGreaterThan(5_000)
      await mkdir('test-results/screens', { recursive: true })
      for (const [position, name] of pages.entries()) await writeFile(`test-results/screens/documents-report-pdf-page${position + 1}.png`, await readFile(join(outDir, name)))
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })

  test('a riscontro:// link from an export opens its article at the claim', async ({ service, libraryDir, libraryPage }) => {
    const folder = await writeMixedFolder(libraryDir)
    await service.openFolder(folder)
    await service.whenIndexed()
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(3)
    const claim = service.getLibrary() && (await service.getComparison([])).claims.find((candidate) => candidate.text === '1,5 miliardi di euro' && candidate.page === 2)
    expect(claim).toBeTruthy()
    const link = parseDeepLink(`riscontro://claim?library=${encodeURIComponent(folder)}&file=rapporto.pdf&start=${claim!.start}&end=${claim!.end}`)!
    expect(await service.openLink(link, async () => false)).toMatchObject({ status: 'shown' })
    await expect(libraryPage.readingPane.getByRole('heading', { level: 1 })).toHaveText(droughtReport.title)
    // The claim is chosen in the Claims panel, its note editor open beside it.
    await expect(libraryPage.page.getByRole('textbox', { name: 'Note on this claim' })).toBeVisible()
    await libraryPage.screenshot('documents-link-opened')
  })
})

