import { expect, test } from './fixtures'

test.describe('numeric claims in the reading pane', () => {
  test('highlights every claim, shows its normalized reading, and lists them in order', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/La guerra in Ucraina/)
    const pane = libraryPage.readingPane
    const troops = pane.locator('mark.claim', { hasText: '11.000 soldati' })
    await expect(troops).toHaveCount(1)
    await expect(troops).toHaveAttribute('data-reading', /11,000 soldier/)
    // Model names and years are not claims.
    await expect(pane.locator('mark.claim', { hasText: 'S-400' })).toHaveCount(0)
    await expect(pane.locator('mark.claim', { hasText: /^2024$/ })).toHaveCount(0)

    const panel = libraryPage.page.getByRole('complementary', { name: 'Claims' })
    const listed = panel.getByRole('listitem')
    expect(await listed.count()).toBe(await pane.locator('mark.claim').count())
    await troops.hover()
    await libraryPage.screenshot('claims-hover')
  })

  test('clicking a claim in the panel scrolls the article to it and flashes it', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/La Russia ha fornito|Corea del Nord equipaggiamenti/)
    const panel = libraryPage.page.getByRole('complementary', { name: 'Claims' })
    const last = panel.getByRole('button').last()
    const text = (await last.locator('.claim-text').textContent())!
    await last.click()
    const mark = libraryPage.readingPane.locator('mark.claim.flash').first()
    await expect(mark).toBeInViewport()
    await expect(mark).toContainText(text.split(' ')[0]!)
    await libraryPage.screenshot('claims-panel')
  })
})
