import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import type { LibraryPage } from './pages/library-page'
import { fiveSources, writeFiveSources } from './support/five-sources'
import type { LibraryService } from '../src/main/app/library-service'

/** Opens the five-outlet library (written beside the test's sample copy) in the app. */
async function openFiveSources(service: LibraryService, libraryDir: string, libraryPage: LibraryPage): Promise<void> {
  await service.openFolder(await writeFiveSources(join(libraryDir, '..', 'Corea a Kursk')))
  await libraryPage.open()
  await expect(libraryPage.articles).toHaveCount(5)
}

/** Opens the five-outlet library and compares it whole. */
async function compareFiveSources(service: LibraryService, libraryDir: string, libraryPage: LibraryPage): Promise<ComparisonPage> {
  await openFiveSources(service, libraryDir, libraryPage)
  await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
  const comparison = new ComparisonPage(libraryPage.page)
  await expect(comparison.rowWith('Circa 12.000 soldati')).toHaveCount(1)
  return comparison
}

test.describe('a comparison screen a fact-checker can work in (issue 11)', () => {
  test('five sources share the width under a frozen label column, panels fold away and stay folded', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1440, height: 900 })
    const comparison = await compareFiveSources(service, libraryDir, libraryPage)
    // After Compare the table has the focus: the arrows work at once.
    await expect(comparison.table).toBeFocused()

    // Each column says who published it and when; the full title is on hover.
    await expect(comparison.sourceHeaders).toHaveCount(5)
    for (const source of fiveSources) {
      const header = comparison.sourceHeaders.filter({ hasText: source.outlet })
      await expect(header).toHaveAttribute('title', new RegExp(source.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    }
    await expect(comparison.sourceHeaders.filter({ hasText: 'ANSA' })).toContainText('2 Mar 2026')

    // With the library folded away, all five sources fit at 1440 px.
    await comparison.libraryToggle.click()
    await expect(page.getByRole('complementary', { name: 'Library' })).toHaveCount(0)
    for (const header of await comparison.sourceHeaders.all()) await expect(header).toBeInViewport({ ratio: 1 })
    await libraryPage.screenshot('five-sources-1440')

    // At 1024 × 700 the sources scroll sideways while the label column stays put.
    await page.setViewportSize({ width: 1024, height: 700 })
    await comparison.rowPanelToggle.click()
    await expect(comparison.inspector).toHaveCount(0)
    const label = comparison.rowWith('Circa 12.000 soldati').getByRole('rowheader')
    const before = await label.boundingBox()
    await comparison.table.evaluate((table) => (table.scrollLeft = 400))
    await expect.poll(() => comparison.table.evaluate((table) => table.scrollLeft)).toBeGreaterThan(0)
    await expect(label).toBeInViewport({ ratio: 1 })
    expect((await label.boundingBox())!.x).toBe(before!.x)
    await expect(comparison.sourceHeaders.filter({ hasText: 'Il Sole 24 Ore' })).toBeInViewport()
    await libraryPage.screenshot('five-sources-1024')

    // Both folds are remembered with the library's workspace.
    await page.reload()
    await expect(comparison.rowWith('Circa 12.000 soldati')).toHaveCount(1)
    await expect(page.getByRole('complementary', { name: 'Library' })).toHaveCount(0)
    await expect(comparison.inspector).toHaveCount(0)
    await expect(comparison.rowPanelToggle).toHaveAttribute('aria-pressed', 'false')
    await comparison.libraryToggle.click()
    await comparison.rowPanelToggle.click()
    await expect(page.getByRole('complementary', { name: 'Library' })).toBeVisible()
    await expect(comparison.inspector).toBeVisible()
  })

  test('the comparison toolbar is one line from 1280 px, with the library and row panel open', async ({ service, libraryDir, libraryPage }) => {
    await libraryPage.page.setViewportSize({ width: 1280, height: 800 })
    const comparison = await compareFiveSources(service, libraryDir, libraryPage)
    const first = await comparison.search.boundingBox()
    for (const control of [comparison.sortRows, comparison.verdictFilter, comparison.undoButton, comparison.toolbar.getByRole('button', { name: 'Export…' }), comparison.rowPanelToggle]) {
      const box = await control.boundingBox()
      // One line: every control's middle is at the search box's middle.
      expect(Math.abs(box!.y + box!.height / 2 - (first!.y + first!.height / 2))).toBeLessThan(4)
    }
    // And it fits: nothing runs past its right edge, with Hidden (N) showing too.
    const fits = (): Promise<boolean> => comparison.toolbar.evaluate((toolbar) => toolbar.scrollWidth <= toolbar.clientWidth)
    expect(await fits()).toBe(true)
    await comparison.rowWith('Circa 12.000 soldati').click()
    await comparison.inspector.getByRole('button', { name: 'Hide' }).first().click()
    await expect(comparison.toolbar.getByRole('button', { name: /Hidden \(1\)/ })).toBeVisible()
    expect(await fits()).toBe(true)
    await libraryPage.screenshot('toolbar-1280')
  })

  test('a verdict explains itself on hover and by keyboard, and the user’s own verdict is shown, filtered and sorted', async ({ service, libraryDir, libraryPage }) => {
    const comparison = await compareFiveSources(service, libraryDir, libraryPage)
    const troops = comparison.rowWith('Circa 12.000 soldati')
    await expect(comparison.verdict(troops)).toHaveText(/^Differ ×1\.\d\d$/)
    const ratio = (await comparison.verdict(troops).textContent())!.split('×')[1]!
    await comparison.verdict(troops).hover()
    // The rule names the pair that parts, circa read as ±5%, and the same ratio as the table.
    await expect(comparison.tooltip).toContainText(`do not overlap: ratio ${ratio}`)
    await expect(comparison.tooltip).toContainText('Circa 12.000 soldati nordcoreani ±5%')
    await expect(comparison.tooltip.getByRole('img', { name: /Figures on an axis from 1\d,\d00 to 12,600/ })).toBeVisible()
    // A header and a line per figure of the row.
    expect(await comparison.tooltip.getByRole('row').count()).toBeGreaterThanOrEqual(5)
    await expect(comparison.tooltip.getByRole('row', { name: /Corriere della Sera/ })).toContainText('11,400 – 12,600')
    await libraryPage.screenshot('verdict-popover')
    await libraryPage.page.mouse.move(5, 5)
    await expect(comparison.tooltip).toHaveCount(0)

    // By keyboard: the row's label cell as the grid's active cell opens its explanation.
    await comparison.table.focus()
    await libraryPage.page.keyboard.press('Control+Home')
    await expect(comparison.tooltip).toBeVisible()
    await libraryPage.page.keyboard.press('ArrowRight')
    await expect(comparison.tooltip).toHaveCount(0)

    // The user's verdict, set in the row's note, is shown in the table and can filter and sort it.
    await troops.getByRole('rowheader').click()
    await comparison.inspector.getByRole('combobox', { name: 'Your verdict' }).selectOption('conflicting')
    await expect(troops.getByRole('rowheader')).toContainText('Conflicting')
    await expect(comparison.inspector.getByText('Saved', { exact: true })).toBeVisible()
    const rowCount = await comparison.rows.count()
    await comparison.verdictFilter.selectOption('conflicting')
    await expect(comparison.rows).toHaveCount(1)
    await expect(comparison.rows.first()).toContainText('Circa 12.000 soldati')
    await comparison.verdictFilter.selectOption('none')
    await expect(comparison.rows).toHaveCount(rowCount - 1)
    await comparison.verdictFilter.selectOption('')
    await comparison.sortRows.selectOption('verdict')
    await expect(comparison.rows.first()).toContainText('Circa 12.000 soldati')
  })

  test('a claim dragged onto another row moves there; picked rows merge in one go; a label the user set stays', async ({ service, libraryDir, libraryPage }) => {
    const comparison = await compareFiveSources(service, libraryDir, libraryPage)
    // The narrow window the issue names, the library folded away to give the table its width.
    await libraryPage.page.setViewportSize({ width: 1024, height: 700 })
    await comparison.libraryToggle.click()
    const troops = comparison.rowWith('Circa 12.000 soldati')
    const tanks = comparison.rowWith('250 carri armati')
    await troops.getByRole('rowheader').click()
    await comparison.renameInput.fill('Truppe nordcoreane')
    await comparison.inspector.getByRole('button', { name: 'Rename' }).click()
    await expect(troops).toContainText('Truppe nordcoreane')
    await expect(tanks).not.toContainText('Circa 12.000')
    const before = await comparison.rows.count()

    // Drag a figure of the tanks row onto the troops row: it moves there, the user's label stays.
    await comparison.cellClaim('250 carri armati').dragTo(troops.getByRole('rowheader'))
    await expect(troops).toContainText('250 carri armati')
    await expect(troops).toContainText('Truppe nordcoreane')
    await expect(comparison.rowWith('300 carri armati')).not.toContainText('250 carri armati')
    await expect(comparison.rows).toHaveCount(before)
    // The drop is a correction, not a folder dropped on the window.
    await expect(libraryPage.page.getByText('Drop a folder from your file manager')).toHaveCount(0)
    await libraryPage.screenshot('merge-by-drag')
    await comparison.undoButton.click()
    await expect(comparison.rowWith('300 carri armati')).toContainText('250 carri armati')

    // Ctrl/Cmd+click picks rows; one button merges them, the first row's label kept.
    await troops.getByRole('rowheader').click({ modifiers: ['ControlOrMeta'] })
    await tanks.getByRole('rowheader').click({ modifiers: ['ControlOrMeta'] })
    await expect(tanks).toHaveAttribute('aria-selected', 'true')
    await comparison.toolbar.getByRole('button', { name: 'Merge 2 rows' }).click()
    await expect(comparison.rows).toHaveCount(before - 1)
    await expect(comparison.rowWith('250 carri armati')).toContainText('Truppe nordcoreane')
    await expect(comparison.rowWith('250 carri armati')).toContainText('Circa 12.000 soldati')
    const selection = await libraryPage.page.evaluate(() => window.getSelection()?.toString() ?? '')
    expect(selection).toBe('')
  })

  test('hidden claims are listed and restored to their row, undoably; a row note whose row goes is marked orphaned', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    const comparison = await compareFiveSources(service, libraryDir, libraryPage)
    const tanks = comparison.rowWith('250 carri armati')
    const hiddenToggle = comparison.toolbar.getByRole('button', { name: /^Hidden \(/ })
    await expect(hiddenToggle).toHaveCount(0)

    await tanks.getByRole('rowheader').click()
    await comparison.inspector.getByRole('button', { name: /^Hide “250 carri armati/ }).click()
    await expect(comparison.rowWith('300 carri armati')).not.toContainText('250 carri armati')
    await expect(hiddenToggle).toHaveText('Hidden (1)')
    // Reached and used by keyboard: the list opens below its button, Restore is the next Tab stop.
    await hiddenToggle.focus()
    await page.keyboard.press('Enter')
    const hiddenList = page.getByRole('region', { name: 'Hidden claims' })
    await expect(hiddenList).toContainText(/“250 carri armati[^”]*” · Corriere della Sera/)
    await libraryPage.screenshot('hidden-claims')
    await page.keyboard.press('Tab')
    await expect(hiddenList.getByRole('button', { name: /^Restore “250 carri armati/ })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(comparison.rowWith('300 carri armati')).toContainText('250 carri armati')
    await expect(hiddenToggle).toHaveCount(0)
    await comparison.undoButton.click()
    await expect(hiddenToggle).toHaveText('Hidden (1)')
    await expect(comparison.rowWith('300 carri armati')).not.toContainText('250 carri armati')
    await comparison.redoButton.click()
    await expect(comparison.rowWith('300 carri armati')).toContainText('250 carri armati')

    // A note on the tanks row; hiding every claim of the row leaves the note without a row: orphaned.
    const note = 'Le cifre sui carri armati non coincidono tra le fonti.'
    await comparison.rowWith('300 carri armati').getByRole('rowheader').click()
    await comparison.inspector.getByRole('textbox', { name: 'Note on this row' }).fill(note)
    await expect(comparison.inspector.getByText('Saved', { exact: true })).toBeVisible()
    const hideButtons = comparison.inspector.getByRole('button', { name: /^Hide “/ })
    const claimCount = await hideButtons.count()
    for (let hidden = 0; hidden < claimCount; hidden++) {
      await comparison.rowWith(/\d+ carri armati/).first().getByRole('rowheader').click()
      await comparison.inspector.getByRole('button', { name: /^Hide “\d+ carri armati/ }).first().click()
      await expect(hiddenToggle).toHaveText(`Hidden (${hidden + 1})`)
    }
    await expect(comparison.rowWith(/\d+ carri armati/)).toHaveCount(0)
    await libraryPage.filter.fill('carri armati non coincidono')
    const matchingNotes = page.getByRole('region', { name: 'Matching notes' })
    await expect(matchingNotes).toContainText(note)
    await expect(matchingNotes.getByText('Orphaned', { exact: true })).toBeVisible()
    await libraryPage.screenshot('orphaned-note')

    // Undoing the last hide brings the row back, and the note with it.
    await comparison.undoButton.click()
    await expect(hiddenToggle).toHaveText(`Hidden (${claimCount - 1})`)
    await libraryPage.filter.fill('')
    await libraryPage.filter.fill('carri armati non coincidono')
    await expect(matchingNotes).toContainText(note)
    await expect(matchingNotes.getByText('Orphaned', { exact: true })).toHaveCount(0)
  })

  test('panes follow the column order, close with their comparison and maximize one at a time', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1440, height: 900 })
    await openFiveSources(service, libraryDir, libraryPage)
    // Picked oldest first; the columns (and so the panes) are newest first.
    await libraryPage.openArticle(/Corea del Nord, truppe al fronte russo/)
    await libraryPage.article(/Le truppe di Pyongyang/).click({ modifiers: ['ControlOrMeta'] })
    await libraryPage.article(/l'alleanza sul fronte/).click({ modifiers: ['ControlOrMeta'] })
    // Opening another article keeps the three picked.
    await libraryPage.openArticle(/Kursk, Seul conferma/)
    await page.getByRole('button', { name: 'Compare 3 articles' }).click()
    const comparison = new ComparisonPage(page)
    await expect(comparison.sourceHeaders).toHaveCount(3)
    const columnOutlets = (await comparison.sourceHeaders.locator('.source-outlet').allTextContents()).map((text) => text.trim())
    const paneTitles = comparison.panes().locator('.article-pane-title > span:first-child')
    await expect(paneTitles).toHaveCount(3)
    const titleOf = (outlet: string): string => fiveSources.find((source) => source.outlet === outlet)!.title
    await expect(paneTitles).toHaveText(columnOutlets.map(titleOf))

    await comparison.pane(/Le truppe di Pyongyang/).getByRole('button', { name: /^Maximize/ }).click()
    await expect(comparison.panes().filter({ visible: true })).toHaveCount(1)
    await expect(comparison.pane(/Le truppe di Pyongyang/)).toBeVisible()
    await comparison.pane(/Le truppe di Pyongyang/).getByRole('button', { name: 'Show all articles' }).click()
    await expect(comparison.panes().filter({ visible: true })).toHaveCount(3)

    // A new comparison closes the previous one's panes.
    await page.getByRole('button', { name: 'Compare whole folder' }).click()
    await expect(comparison.sourceHeaders).toHaveCount(5)
    await expect(comparison.panes()).toHaveCount(2)
    const firstTwo = (await comparison.sourceHeaders.locator('.source-outlet').allTextContents()).slice(0, 2).map((text) => titleOf(text.trim()))
    await expect(paneTitles).toHaveText(firstTwo)
  })

  test('the claim reading opens on keyboard focus and stays on screen at the window edge', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1024, height: 700 })
    await openFiveSources(service, libraryDir, libraryPage)
    await libraryPage.openArticle(/Corea del Nord, truppe al fronte russo/)
    const claim = libraryPage.readingPane.locator('mark.claim').first()
    await claim.focus()
    const reading = page.getByRole('tooltip')
    await expect(reading).toContainText('11,000 soldier')
    const box = (await reading.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(1024)
  })

  test('the first start explains the three steps, with the sample articles one click away', async ({ service, libraryDir, folderPicker, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1440, height: 900 })
    // As at a first start: no folder chosen yet, so the app opens the bundled sample articles.
    await service.openSampleLibrary()
    await libraryPage.open()
    const welcome = page.getByRole('region', { name: /Compare how sources report the same figures/ })
    await expect(welcome).toBeVisible()
    await expect(welcome.getByRole('heading', { level: 2 })).toHaveText(['Open a folder', 'Read', 'Compare'])
    await libraryPage.screenshot('first-start')
    await welcome.getByRole('button', { name: 'Compare the sample articles' }).click()
    await expect(new ComparisonPage(page).rows.first()).toBeVisible()

    await page.getByRole('button', { name: 'Read', exact: true }).click()
    folderPicker.next = libraryDir
    await welcome.getByRole('button', { name: 'Open folder…' }).click()
    await expect(page.getByRole('banner')).toContainText('Rassegna Corea')
    // A folder of the user's own is open: the reading pane no longer explains how to begin.
    await expect(welcome).toHaveCount(0)
  })

  test('the article being read is open again after a restart', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/Dal 2023 la Russia/)
    await expect(libraryPage.readingPane.getByRole('heading', { level: 1 })).toContainText('Dal 2023 la Russia')
    await libraryPage.page.waitForTimeout(600)
    await libraryPage.page.reload()
    await expect(libraryPage.readingPane.getByRole('heading', { level: 1 })).toContainText('Dal 2023 la Russia')
  })
})
