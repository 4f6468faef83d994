import { cp, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import { StorySidebar } from './pages/story-sidebar'
import { keepShot } from './support/keep-shot'

/**
 * Real multi-outlet coverage compared in the app (issue 9): the events and Italian news-feed folders
 * of ../shared/corpus, opened whole as a library, read where they lie (never copied into the
 * repository). Skipped where ../shared is absent.
 */
const corpus = resolve('..', 'shared', 'corpus')

test.use({ viewport: { width: 1600, height: 1000 } })
test.skip(!existsSync(join(corpus, 'events')) || !existsSync(join(corpus, 'briefs-it')), '../shared/corpus is not here')
// Indexing and grouping a folder of 50–80 real articles on a loaded machine.
test.setTimeout(120_000)

let workDir = ''
test.beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-coverage-'))
})
test.afterEach(async () => {
  await rm(workDir, { recursive: true, force: true })
})

async function openCorpusFolder(name: string, open: (folder: string) => Promise<unknown>): Promise<void> {
  const folder = join(workDir, name)
  await cp(join(corpus, name), folder, { recursive: true })
  await open(folder)
}


/** Compares the story whose title matches, from the sidebar listed by story, with room for the table. */
async function compareStory(page: Page, title: RegExp): Promise<ComparisonPage> {
  const sidebar = new StorySidebar(page)
  await sidebar.byStory.click()
  // The folder is still being read when the page opens: its stories come with the last article.
  await expect(sidebar.story(title)).toHaveCount(1, { timeout: 60_000 })
  await sidebar.compare(sidebar.story(title))
  await page.getByRole('separator', { name: 'Resize table and articles' }).focus()
  for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowDown')
  return new ComparisonPage(page)
}

/** How many outlets a row holds figures from. */
function sourcesOf(comparison: ComparisonPage, claimText: string): import('@playwright/test').Locator {
  return comparison.rowWith(claimText).first().locator('.grid-source-cell:not(.empty)')
}

test.describe('real coverage compared by story', () => {
  test('event14: the 179 dead of Jeju Air in one row from all four outlets; event07: the 30-day delay in one row', async ({ service, libraryPage }) => {
    await openCorpusFolder('events', (folder) => service.openFolder(folder))
    await libraryPage.open()
    const page = libraryPage.page

    const jeju = await compareStory(page, /Jeju Air disaster/)
    await expect(jeju.rowWith('179 dead')).toHaveCount(1)
    await expect(jeju.rowWith('179 dead')).toContainText('179 victims')
    await expect(jeju.rowWith('179 dead')).toContainText('179 lives')
    await expect(sourcesOf(jeju, '179 dead')).toHaveCount(4)
    // The memorial's attendees are a row of their own, not set against the dead.
    await expect(jeju.rowWith('1,200 people').filter({ hasText: '179' })).toHaveCount(0)
    await keepShot(page, 'event14-jeju-air')

    await libraryPage.open()
    const tariffs = await compareStory(page, /Trump Postpones Steel, Aluminum Tariffs/)
    await expect(tariffs.rowWith('30-day')).toHaveCount(1)
    await expect(tariffs.rowWith('30-day')).toContainText('30 days')
    await expect(sourcesOf(tariffs, '30-day')).toHaveCount(4)
    await keepShot(page, 'event07-tariffs')
  })

  test('briefs-it: the miners killed by a drone near Dnipro in one row, the injured apart', async ({ service, libraryPage }) => {
    await openCorpusFolder('briefs-it', (folder) => service.openFolder(folder))
    await libraryPage.open()
    const page = libraryPage.page

    const drone = await compareStory(page, /Drone russo su un autobus/)
    await expect(drone.rowWith('15 minatori uccisi')).toHaveCount(1)
    await expect(drone.rowWith('15 minatori uccisi')).toContainText('15 minatori morti')
    await expect(drone.rowWith('17 feriti').filter({ hasText: 'minatori' })).toHaveCount(0)
    await keepShot(page, 'briefs-it-dnipro-drone')
  })
})
