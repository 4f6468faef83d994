import { expect, test } from './fixtures'
import type { LibraryPage } from './pages/library-page'
import { ComparisonPage } from './pages/comparison-page'

const troopsArticle = /La guerra in Ucraina/
const otherTroopsArticle = /Dal 2023 la Russia/

/** Picks the two seeds that both count troops sent (click, then Ctrl/Cmd+click) and compares them. */
async function compareTroopArticles(libraryPage: LibraryPage): Promise<ComparisonPage> {
  await libraryPage.open()
  await libraryPage.openArticle(troopsArticle)
  await libraryPage.article(otherTroopsArticle).click({ modifiers: ['ControlOrMeta'] })
  await libraryPage.page.getByRole('button', { name: 'Compare 2 articles' }).click()
  return new ComparisonPage(libraryPage.page)
}

test.describe('comparing articles side by side', () => {
  test('puts the same quantity from two articles in one row and reads them side by side', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    const comparison = await compareTroopArticles(libraryPage)
    const troops = comparison.rowWith('11.000 soldati')
    await expect(troops).toHaveCount(1)
    await expect(troops).toContainText('circa 12.000 soldati')
    await expect(comparison.pane(troopsArticle)).toBeVisible()
    await expect(comparison.pane(otherTroopsArticle)).toBeVisible()
    await libraryPage.screenshot('comparison-two-seeds')

    // Clicking a cell brings its claim into view in the article's pane, flashing.
    const cell = await comparison.cell(troops, otherTroopsArticle)
    await cell.click()
    const flashed = comparison.pane(otherTroopsArticle).locator('mark.claim.flash')
    await expect(flashed).toContainText('circa 12.000 soldati')
    await expect(flashed).toBeInViewport()
  })

  test('merging two rows survives a reload, and undo takes it back', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    const comparison = await compareTroopArticles(libraryPage)
    await expect(comparison.rowWith('15.000 container')).toHaveCount(1)
    const before = await comparison.rows.count()

    await comparison.rowWith('15.000 container').getByRole('rowheader').click()
    const target = await comparison.mergeWith.locator('option').filter({ hasText: /USD|dollari|\$/ }).first().getAttribute('value')
    await comparison.mergeWith.selectOption(target!)
    await expect(comparison.rows).toHaveCount(before - 1)
    await expect(comparison.rowWith('15.000 container')).toContainText(/miliardi di dollari/)

    await comparison.renameInput.fill('Containers and money (test)')
    await comparison.inspector.getByRole('button', { name: 'Rename' }).click()
    await expect(comparison.rowWith('15.000 container')).toContainText('Containers and money (test)')

    await libraryPage.page.reload()
    await expect(comparison.rowWith('15.000 container')).toContainText('Containers and money (test)')
    await expect(comparison.rows).toHaveCount(before - 1)
    await libraryPage.screenshot('comparison-after-reload')

    await comparison.undoButton.click()
    await comparison.undoButton.click()
    await expect(comparison.rows).toHaveCount(before)
    await comparison.redoButton.click()
    await expect(comparison.rows).toHaveCount(before - 1)
  })

  test('moves through the table with the keyboard and jumps to disagreements', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(libraryPage.page)
    await expect(comparison.rows.first()).toBeVisible()
    await comparison.table.focus()
    await libraryPage.page.keyboard.press('n')
    const active = comparison.table.locator('.grid-row.active')
    await expect(active).toHaveClass(/verdict-differ/)
    await libraryPage.page.keyboard.press('ArrowRight')
    await expect(comparison.table.locator('.active-cell')).toHaveCount(1)
    await comparison.disagreementsOnly.check()
    const rows = await comparison.rows.all()
    for (const row of rows) await expect(row).toHaveClass(/verdict-differ/)
    await libraryPage.screenshot('comparison-whole-folder')
  })
})
