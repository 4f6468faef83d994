import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import { StorySidebar } from './pages/story-sidebar'
import { keepShot } from './support/keep-shot'

/**
 * Two outlets on one flood, the same day, written for this test: "12 morti" and "12 vittime" are
 * the same toll in other words, far from the seeds' story about North Korean troops.
 */
const floodArticles: Record<string, string> = {
  'alluvione-cronaca.md': `---
title: Alluvione nelle Marche, la piena del Misa travolge Senigallia
date: 2026-11-14
---
La piena del fiume Misa ha travolto nella notte i quartieri bassi di Senigallia e dei comuni vicini. Il bilancio fornito dalla Protezione civile è di 12 morti e 4 dispersi, mentre i feriti ricoverati negli ospedali di Ancona e Jesi sono 37.

Le squadre dei vigili del fuoco hanno soccorso oltre 300 persone rimaste bloccate sui tetti e nelle auto. Secondo il sindaco, circa 1.500 famiglie sono rimaste senza corrente elettrica per tutta la giornata.

La Regione ha chiesto lo stato di emergenza e stima danni per almeno 200 milioni di euro tra case, aziende agricole e strade provinciali.
`,
  'alluvione-regione.md': `---
title: "Marche, esondazione del Misa a Senigallia: il bilancio delle vittime"
date: 2026-11-14
---
È salito a 12 vittime il bilancio dell'esondazione del Misa che ha colpito Senigallia e l'entroterra marchigiano. Restano 4 dispersi, cercati lungo il fiume dai sommozzatori dei vigili del fuoco, e 37 feriti sono ricoverati tra Ancona e Jesi.

La Protezione civile ha evacuato circa 2.000 residenti dalle zone vicine agli argini. Il presidente della Regione parla di danni per 250 milioni di euro e annuncia la richiesta dello stato di emergenza al governo.

Nel pomeriggio la piena ha raggiunto anche la foce del Misa, dove le idrovore hanno lavorato senza sosta per liberare sottopassi e cantine.
`
}

const floodStory = /Alluvione nelle Marche/
const secondFloodArticle = 'Marche, esondazione del Misa a Senigallia: il bilancio delle vittime'
const koreaStory = /Corea|Ucraina/

test.use({ viewport: { width: 1440, height: 900 } })

test.beforeEach(async ({ libraryDir, service }) => {
  for (const [file, text] of Object.entries(floodArticles)) await writeFile(join(libraryDir, file), text)
  await service.openFolder(libraryDir)
})

test.describe('stories', () => {
  test('lists the library by story, and compares one story', async ({ libraryPage }) => {
    await libraryPage.open()
    const sidebar = new StorySidebar(libraryPage.page)
    await expect(libraryPage.articles).toHaveCount(7)
    await sidebar.byStory.click()
    await expect(sidebar.byStory).toHaveAttribute('aria-pressed', 'true')
    await expect(sidebar.stories).toHaveCount(2)
    const flood = sidebar.story(floodStory)
    await expect(flood).toContainText('2 articles')
    await expect(flood).toContainText('14 Nov 2026')
    await expect(sidebar.story(koreaStory)).toContainText('5 articles')
    await expect(sidebar.story(koreaStory)).toContainText('Oct 2024 – 10 Jan 2026')
    // From the keyboard: ↓ goes to the next story, Enter opens it, Tab reaches its articles and their Move to story….
    await sidebar.story(koreaStory).getByRole('button', { expanded: false }).focus()
    await libraryPage.page.keyboard.press('ArrowDown')
    await expect(flood.getByRole('button', { expanded: false })).toBeFocused()
    await libraryPage.page.keyboard.press('Enter')
    await expect(sidebar.articlesOf(flood)).toHaveCount(2)
    await libraryPage.page.keyboard.press('Tab')
    await expect(flood.getByRole('button', { name: /^Compare story/ })).toBeFocused()
    await libraryPage.page.keyboard.press('Tab')
    await expect(sidebar.articlesOf(flood).first().getByRole('button')).toBeFocused()
    await libraryPage.page.keyboard.press('Tab')
    await expect(sidebar.articlesOf(flood).first().getByRole('combobox', { name: /to story$/ })).toBeFocused()
    await keepShot(libraryPage.page, 'sidebar-by-story')

    await sidebar.compare(flood)
    const comparison = new ComparisonPage(libraryPage.page)
    await expect(comparison.rowWith('12 morti')).toContainText('12 vittime')
    // One story: its rows only, under no story header.
    await expect(comparison.rowWith('11.000 soldati')).toHaveCount(0)
    await expect(comparison.storyHeaders).toHaveCount(0)

    // The row panel says why "12 morti" and "12 vittime" were joined, and what was kept out.
    await comparison.rowWith('12 morti').getByRole('rowheader').click()
    const joined = comparison.explanation.getByRole('list', { name: 'Joined claims' }).getByRole('listitem').first()
    await expect(joined.locator('q').first()).toHaveText('12 morti')
    await expect(joined.locator('q').nth(1)).toHaveText('12 vittime')
    // Each piece of evidence with its weight's sign: the equal figures speak for the pair.
    await expect(joined.getByRole('listitem').filter({ hasText: /^\+\d+\.\d.*12 morti and 12 vittime/ })).toHaveCount(1)
    await expect(comparison.explanation).toContainText(/at least [+−]\d+\.\d on average/)
    const outside = comparison.explanation.getByLabel('Closest claim left out')
    await expect(outside).toContainText(/weighs −\d+\.\d on average with this row/)
    await expect(outside.getByRole('listitem').filter({ hasText: /^−/ }).first()).toBeVisible()

    // More room for the table and its row panel, then the explanation in view.
    await libraryPage.page.getByRole('separator', { name: 'Resize table and articles' }).focus()
    for (let step = 0; step < 8; step++) await libraryPage.page.keyboard.press('ArrowDown')
    await comparison.explanation.evaluate((section) => section.scrollIntoView({ block: 'start' }))
    await keepShot(libraryPage.page, 'row-panel-explanation')

    // A quoted claim shows itself in its article.
    await joined.getByRole('button', { name: '12 vittime' }).click()
    await expect(comparison.pane(secondFloodArticle).locator('mark.claim.flash')).toContainText('12 vittime')
  })
})

test.describe('stories following the folder', () => {
  test('updates the stories when a file is deleted or added while they are listed', async ({ libraryDir, libraryPage }) => {
    await libraryPage.open()
    const sidebar = new StorySidebar(libraryPage.page)
    await sidebar.byStory.click()
    const flood = sidebar.story(floodStory)
    await expect(flood).toContainText('2 articles')
    await rm(join(libraryDir, 'alluvione-regione.md'))
    await expect(flood).toContainText('1 article ·')
    await writeFile(join(libraryDir, 'alluvione-regione.md'), floodArticles['alluvione-regione.md']!)
    await expect(flood).toContainText('2 articles')
    await expect(sidebar.stories).toHaveCount(2)
  })
})

test.describe('the whole folder compared', () => {
  test('shows each story’s rows under its header, and the keyboard skips the headers', async ({ libraryPage }) => {
    const page = libraryPage.page
    await libraryPage.open()
    await page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(page)
    // Stories with most articles first: the seeds' story leads.
    const koreaHeader = comparison.storyHeaders.filter({ hasText: koreaStory })
    const floodHeader = comparison.storyHeaders.filter({ hasText: floodStory })
    await expect(comparison.storyHeaders.first()).toContainText(koreaStory)
    await expect(koreaHeader).toContainText('5 articles')
    // Columns follow the stories: the seeds' newest article first, the flood's two after the seeds'.
    await expect(comparison.table.getByRole('columnheader').nth(2)).toContainText('La guerra in Ucraina')
    const koreaRowCount = Number(/(\d+) rows/.exec((await koreaHeader.textContent()) ?? '')?.[1])
    expect(koreaRowCount).toBeGreaterThan(1)

    // A search reaching both stories keeps each match under its own story's header.
    await comparison.search.fill('12')
    await expect(comparison.storyHeaders).toHaveCount(2)
    const indexOf = async (line: import('@playwright/test').Locator): Promise<number> => Number(await line.getAttribute('aria-rowindex'))
    expect(await indexOf(comparison.rowWith('circa 12.000 soldati'))).toBeLessThan(await indexOf(floodHeader))
    // The flood's columns come after the seeds' five: stepping into its row brings them into view.
    await comparison.table.focus()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('ArrowDown')
    expect(await indexOf(floodHeader)).toBeLessThan(await indexOf(comparison.rowWith('12 morti')))
    await keepShot(page, 'comparison-whole-folder-search')
    await comparison.search.fill('')

    // More room for the table (the divider moves with the keyboard too).
    await page.getByRole('separator', { name: 'Resize table and articles' }).focus()
    for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowDown')

    // Down from the seeds' story's last row lands on the flood's first row, never on its header.
    await comparison.table.focus()
    await page.keyboard.press('Control+Home')
    const active = comparison.table.locator('.grid-row.active')
    await expect(active).toHaveAttribute('aria-rowindex', String((await indexOf(koreaHeader)) + 1))
    for (let step = 1; step <= koreaRowCount; step++) await page.keyboard.press('ArrowDown')
    await expect(floodHeader).toContainText('2 articles')
    await expect(active).toHaveAttribute('aria-rowindex', String((await indexOf(floodHeader)) + 1))
    // Entering the flood's rows brought the flood's columns into view.
    await expect(active.locator('.grid-source-cell:not(.empty)').first()).toBeInViewport({ ratio: 1 })
    await expect(comparison.rowWith('12 morti')).toContainText('12 vittime')
    await keepShot(page, 'comparison-whole-folder-stories')
    await page.keyboard.press('ArrowUp')
    await expect(active).toHaveAttribute('aria-rowindex', String((await indexOf(floodHeader)) - 1))
  })
})

test.describe('moving an article between stories', () => {
  test('moves an article to a story of its own or into another story, and Undo puts it back', async ({ libraryPage }) => {
    const page = libraryPage.page
    await libraryPage.open()
    const sidebar = new StorySidebar(page)
    await sidebar.byStory.click()
    const flood = sidebar.story(floodStory)
    await sidebar.expand(flood)
    await expect(sidebar.articlesOf(flood)).toHaveCount(2)

    // Its own story: three stories now, and the notice offers Undo.
    await sidebar.moveSelect(secondFloodArticle).selectOption({ label: 'A story of its own' })
    await expect(sidebar.stories).toHaveCount(3)
    await expect(sidebar.moveNotice).toContainText('to a story of its own')
    await expect(sidebar.story(secondFloodArticle)).toContainText('1 article ·')
    await expect(flood).toContainText('1 article ·')
    await keepShot(page, 'sidebar-after-move')
    await sidebar.moveNotice.getByRole('button', { name: 'Undo move' }).click()
    await expect(sidebar.stories).toHaveCount(2)
    await expect(flood).toContainText('2 articles')
    await expect(sidebar.moveNotice).toHaveCount(0)

    // Into the seeds' story: the whole folder then keeps its "12 vittime" away from the flood's "12 morti".
    await sidebar.expand(flood)
    const koreaTitle = (await sidebar.story(koreaStory).locator('.story-title').textContent()) ?? ''
    await sidebar.moveSelect(secondFloodArticle).selectOption({ label: `${koreaTitle} (5)` })
    await expect(sidebar.story(koreaStory)).toContainText('6 articles')
    await expect(sidebar.moveNotice).toContainText(`to “${koreaTitle}”`)
    await page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(page)
    await comparison.search.fill('12')
    // The moved article is the seeds' story's newest now: its "12 vittime" is in the first column.
    await expect(comparison.rowWith('12 vittime')).toHaveCount(1)
    // The flood's last row and column, with its one article left.
    await comparison.table.focus()
    await page.keyboard.press('Control+End')
    await expect(comparison.rowWith('12 morti')).toHaveCount(1)
    await expect(comparison.rowWith('12 morti')).not.toContainText('12 vittime')

    // Undo in the comparison's toolbar takes the move back too, and the sidebar follows.
    await comparison.undoButton.click()
    await comparison.table.focus()
    await page.keyboard.press('Control+End')
    await expect(comparison.rowWith('12 morti')).toContainText('12 vittime')
    await expect(sidebar.story(koreaStory)).toContainText('5 articles')
    await expect(flood).toContainText('2 articles')
  })
})
