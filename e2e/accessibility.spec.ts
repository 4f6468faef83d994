import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import { seriousViolations } from './support/axe'
import { writeFiveSources } from './support/five-sources'
import { ExportDialog } from './pages/export-dialog'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode (axe: no critical or serious violation)`, () => {
    test.use({ colorScheme })
    // Axe reads the whole page seven times over: more than the default 30 s on a busy machine.
    test.setTimeout(120_000)

    test('library, reading, search, notes, comparison with panes, verdict popover and export dialog', async ({ service, libraryDir, libraryPage }) => {
      const { page } = libraryPage
      await page.setViewportSize({ width: 1440, height: 900 })
      // A claim flashing (an animation) is judged once it has settled, not mid-flight.
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await service.openFolder(await writeFiveSources(join(libraryDir, '..', 'Corea a Kursk')))
      await libraryPage.open()
      await expect(libraryPage.articles).toHaveCount(5)
      expect(await seriousViolations(page), 'library').toEqual([])

      await libraryPage.openArticle(/Corea del Nord, truppe al fronte russo/)
      await expect(libraryPage.readingPane.locator('mark.claim').first()).toBeVisible()
      await libraryPage.readingPane.locator('mark.claim').first().focus()
      expect(await seriousViolations(page), 'reading').toEqual([])

      const claims = page.getByRole('complementary', { name: 'Claims' })
      await claims.getByRole('button', { name: /11\.000 soldati/ }).click()
      await claims.getByRole('textbox', { name: 'Note on this claim' }).fill('Fonte: intelligence sudcoreana.')
      await expect(claims.getByText('Saved', { exact: true })).toBeVisible()
      expect(await seriousViolations(page), 'notes').toEqual([])

      await libraryPage.filter.fill('kursk')
      await expect(libraryPage.articles.first()).toBeVisible()
      expect(await seriousViolations(page), 'search').toEqual([])
      await libraryPage.filter.press('Escape')

      await page.getByRole('button', { name: 'Compare whole folder' }).click()
      const comparison = new ComparisonPage(page)
      await expect(comparison.rows.first()).toBeVisible()
      await expect(comparison.panes()).toHaveCount(2)
      await comparison.rows.first().getByRole('rowheader').click()
      expect(await seriousViolations(page), 'comparison with panes').toEqual([])

      await comparison.verdict(comparison.rowWith('Circa 12.000 soldati')).hover()
      await expect(comparison.tooltip).toBeVisible()
      expect(await seriousViolations(page), 'verdict popover').toEqual([])
      await page.mouse.move(5, 5)

      await comparison.toolbar.getByRole('button', { name: 'Export…' }).click()
      await expect(page.getByRole('dialog', { name: 'Export the comparison' })).toBeVisible()
      expect(await seriousViolations(page), 'export dialog').toEqual([])
      if (colorScheme === 'dark') await libraryPage.screenshot('dark-export-dialog')
    })
  })
}

test('the first-start screen has no critical or serious violation', async ({ service, libraryPage }) => {
  await service.openSampleLibrary()
  await libraryPage.open()
  await expect(libraryPage.page.getByRole('region', { name: /Compare how sources report/ })).toBeVisible()
  expect(await seriousViolations(libraryPage.page)).toEqual([])
})

test('the Export dialog keeps the focus inside, closes with Escape and gives the focus back', async ({ service, libraryDir, libraryPage }) => {
  const { page } = libraryPage
  await service.openFolder(libraryDir)
  await libraryPage.open()
  await page.getByRole('button', { name: 'Compare whole folder' }).click()
  const comparison = new ComparisonPage(page)
  await comparison.rows.first().getByRole('rowheader').click()
  const exportDialog = new ExportDialog(page)
  const exportButton = exportDialog.openButton
  await exportDialog.open()
  const dialog = exportDialog.dialog
  await expect(dialog).toBeVisible()
  // However far Tab goes, the focus stays in the dialog (the note behind it is out of reach).
  for (let step = 0; step < 20; step++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(exportButton).toBeFocused()
})
