import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test.describe('searching the library: titles, article text and notes together', () => {
  test('finds the words in articles and notes, and opens each where the words are', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    const { page } = libraryPage
    await expect(libraryPage.articles).toHaveCount(5)

    // A note on a claim, written as a user does: open the article, choose the claim, type.
    await libraryPage.openArticle(/Dal 2023 la Russia/)
    const claims = page.getByRole('complementary', { name: 'Claims' })
    await claims.getByRole('button', { name: /circa 12\.000 soldati/ }).click()
    await claims.getByRole('textbox', { name: 'Note on this claim' }).fill('Il NIS non cita la fonte: chiedere conferma sui reparti di Vladivostok.')
    await expect(claims.getByText('Saved', { exact: true })).toBeVisible()

    await page.keyboard.press('Control+f')
    await page.keyboard.type('vladivostok')
    const notes = page.getByRole('region', { name: 'Matching notes' })
    await expect(notes.getByRole('button')).toHaveCount(1)
    await expect(notes.getByRole('button')).toContainText('Note on “circa 12.000 soldati nordcoreani”')
    await expect(notes.locator('mark.search-match')).toHaveText('Vladivostok')
    // Two articles say Vladivostok in their text, though neither title does.
    await expect(libraryPage.articles).toHaveCount(2)
    await expect(libraryPage.articles.locator('mark.search-match').first()).toHaveText('Vladivostok')
    await expect(page.getByText('2 of 5 articles')).toBeVisible()
    await libraryPage.screenshot('search-results')

    await libraryPage.openArticle(/Dall’inizio dell’offensiva/)
    const match = libraryPage.readingPane.locator('mark.search-match')
    await expect(match.first()).toHaveText('Vladivostok')
    await expect(match.first()).toBeInViewport()
    await libraryPage.screenshot('search-article-opened')

    // The note leads to its claim, in its article.
    await notes.getByRole('button').click()
    await expect(libraryPage.readingPane.getByRole('heading', { level: 1 })).toContainText('Dal 2023 la Russia')
    const claim = libraryPage.readingPane.locator('mark.claim.flash')
    await expect(claim).toContainText('circa 12.000 soldati')
    await expect(claim).toBeInViewport()

    // Words found only in notes, and words found nowhere.
    await libraryPage.filter.fill('reparti conferma')
    await expect(notes.getByRole('button')).toHaveCount(1)
    await expect(libraryPage.articles).toHaveCount(0)
    await expect(page.getByText('No article matches “reparti conferma”.')).toBeVisible()
    await libraryPage.filter.fill('zzyzx')
    await expect(page.getByText('No article or note matches “zzyzx”.')).toBeVisible()
    await libraryPage.filter.press('Escape')
    await expect(libraryPage.articles).toHaveCount(5)
    await expect(notes).toHaveCount(0)
  })

  test('a file saved into the folder is found by the search already on screen', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.filter.fill('Transnistria')
    await expect(libraryPage.page.getByText(/No article or note matches/)).toBeVisible()
    await writeFile(join(libraryDir, 'moldavia.txt'), 'Truppe russe in Moldavia\n\nCirca 1.500 soldati russi restano in Transnistria, secondo Chisinau.')
    await expect(libraryPage.articles).toHaveCount(1)
    await expect(libraryPage.articles.locator('mark.search-match')).toHaveText('Transnistria')
  })

  test('the library note is found too, and the search opens it', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await service.saveNote({ kind: 'library' }, 'Fonti da confrontare: NIS, IISS, The Interpreter.', null)
    await libraryPage.open()
    await libraryPage.filter.fill('iiss')
    const notes = libraryPage.page.getByRole('region', { name: 'Matching notes' })
    await notes.getByRole('button', { name: /Library note/ }).click()
    await expect(libraryPage.page.getByRole('textbox', { name: 'Notes on this library' })).toHaveValue(/NIS, IISS/)
  })
})
