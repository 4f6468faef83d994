import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

// An article of our own (issue 10): an age, durations, a change and a level in one story.
const article = ` date 2026-02-03 Furto in gioielleria, arrestato un 34enne dopo otto mesi di indagini

Un 34enne è stato arrestato dai carabinieri dopo otto mesi di indagini sul furto in una gioielleria del centro.

Secondo il titolare, nel negozio gli incassi sono in calo del 7,5% rispetto allo scorso anno, mentre le spese sono salite al 12%.

Il processo si terrà tra due o tre settimane.
`

test.describe('ages, durations and changes in the reading pane', () => {
  test('reads an age, a duration and a change on hover, and a level as a level', async ({ service, libraryDir, libraryPage }) => {
    await writeFile(join(libraryDir, 'cronaca-gioielleria.txt'), article, 'utf8')
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/Furto in gioielleria/)
    const pane = libraryPage.readingPane
    const claim = (text: string) => pane.locator('mark.claim', { hasText: text }).last()

    await expect(claim('34enne')).toHaveAttribute('data-reading', /^age 34\b/)
    await expect(claim('otto mesi')).toHaveAttribute('data-reading', /^8 months\b/)
    await expect(claim('7,5%')).toHaveAttribute('data-reading', /^▼ fall of 7\.5%/)
    await expect(claim('12%')).toHaveAttribute('data-reading', /^12%/)
    await expect(claim('due o tre settimane')).toHaveAttribute('data-reading', /^2 – 3 weeks/)

    const panel = libraryPage.page.getByRole('complementary', { name: 'Claims' })
    await expect(panel.getByText('▼ fall of 7.5%')).toBeVisible()
    await claim('7,5%').hover()
    await libraryPage.screenshot('claims-change-hover')
    await claim('34enne').hover()
    await libraryPage.screenshot('claims-age-hover')
  })
})
