import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test.describe('the article library', () => {
  test('opens the bundled sample articles when no folder was chosen', async ({ service, libraryPage }) => {
    await service.start()
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)
    await expect(libraryPage.page.getByRole('banner')).toContainText('Sample articles')
    await expect(libraryPage.articles.first()).toContainText(/IT/)
    await expect(libraryPage.page.getByText('5 articles')).toBeVisible()
    await libraryPage.screenshot('library-sample')
  })

  test('lists title, date, language and words, sorted by date or title', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)
    // Newest first by default: seed 000 is dated 2026-01-10, seed 001 has no date and comes last.
    await expect(libraryPage.articles.first()).toContainText('10 Jan 2026')
    await expect(libraryPage.articles.last()).toContainText('No date')
    await expect(libraryPage.articles.first()).toContainText(/\d+ words/)

    await libraryPage.sortOrder.selectOption('title')
    const titles = await libraryPage.articleTitles()
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })))
  })

  test('filters by typing, ignoring case and accents, from Ctrl+F', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)
    await libraryPage.page.keyboard.press('Control+f')
    await expect(libraryPage.filter).toBeFocused()
    await libraryPage.page.keyboard.type('004_F1D6')
    await expect(libraryPage.articles).toHaveCount(1)
    await libraryPage.page.keyboard.type('zzz')
    await expect(libraryPage.articles).toHaveCount(0)
    await expect(libraryPage.page.getByText(/No article or note matches/)).toBeVisible()
    await libraryPage.filter.press('Escape')
    await expect(libraryPage.articles).toHaveCount(5)
  })

  test('reads an article as clean text, with boilerplate collapsed and pulled quotes put back', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/La guerra in Ucraina/)
    const pane = libraryPage.readingPane
    await expect(pane.getByRole('heading', { level: 1 })).toContainText('La guerra in Ucraina')
    await expect(pane.getByRole('heading', { level: 2, name: 'I missili di Kim che hanno aiutato Putin' })).toBeVisible()
    await expect(pane).not.toContainText('date 2026-01-10')
    // The pulled quote stands in its sentence again, marked as restored.
    await expect(pane.locator('mark.restored-quote').first()).toHaveText('eroi sacrificatisi senza esitazione')
    await expect(pane.getByText(/descritto i militari morti come "eroi sacrificatisi/)).toBeVisible()
    await libraryPage.screenshot('reading-article')

    await libraryPage.openArticle(/Corea del Nord equipaggiamenti|La Russia ha fornito/)
    const boilerplate = pane.getByRole('group').filter({ hasText: 'Not part of the article' })
    await expect(boilerplate).toBeVisible()
    await expect(pane.getByText('Ascolta ora 00:00 00:00')).toBeHidden()
    await boilerplate.getByText('Not part of the article').click()
    await expect(pane.getByText(/Ascolta ora/)).toBeVisible()
  })

  test('flags an article cut off by a paywall', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    const paywalled = libraryPage.articles.filter({ hasText: 'Truncated' })
    await expect(paywalled).toHaveCount(1)
    await paywalled.click()
    await expect(libraryPage.readingPane).toContainText('cut off by a paywall')
    await expect(libraryPage.readingPane.locator('.article-body')).not.toContainText('Iscriviti per accedervi')
    await libraryPage.screenshot('reading-truncated')
  })

  test('moves through the list with the keyboard and opens with Enter', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)
    await libraryPage.articleList.focus()
    await libraryPage.page.keyboard.press('End')
    await libraryPage.page.keyboard.press('Enter')
    const lastTitle = (await libraryPage.articleTitles()).at(-1)!
    await expect(libraryPage.readingPane.getByRole('heading', { level: 1 })).toHaveText(lastTitle)
    await libraryPage.page.keyboard.press('Home')
    await libraryPage.page.keyboard.press('ArrowDown')
    await libraryPage.page.keyboard.press('Enter')
    await expect(libraryPage.articles.nth(1)).toHaveAttribute('aria-selected', 'true')
  })

  test('shows files added, changed, renamed and deleted while open', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)

    const added = join(libraryDir, 'nuovo.txt')
    await writeFile(added, ' date 2026-02-01 Arrivano altri 3.000 soldati nordcoreani in Russia.\n\nIl ministero della Difesa ha confermato il nuovo contingente.')
    await expect(libraryPage.article('Arrivano altri 3.000 soldati')).toHaveCount(1)
    await libraryPage.openArticle('Arrivano altri 3.000 soldati')
    await expect(libraryPage.readingPane).toContainText('confermato il nuovo contingente')

    await writeFile(added, ' date 2026-02-02 Arrivano altri 4.000 soldati nordcoreani in Russia.\n\nLa cifra è stata corretta dal ministero.')
    await expect(libraryPage.article('Arrivano altri 4.000 soldati')).toHaveCount(1)
    // The open article follows its file.
    await expect(libraryPage.readingPane).toContainText('corretta dal ministero')

    await rename(added, join(libraryDir, 'rinominato.txt'))
    // The same article under its new name, and the old name gone (the tooltip names the file).
    await expect(libraryPage.articles.and(libraryPage.page.getByTitle('rinominato.txt', { exact: true }))).toHaveCount(1)
    await expect(libraryPage.articles.and(libraryPage.page.getByTitle('nuovo.txt', { exact: true }))).toHaveCount(0)
    await expect(libraryPage.articles).toHaveCount(6)
    await expect(libraryPage.article('Arrivano altri 4.000 soldati')).toContainText('2 Feb 2026')

    await rm(join(libraryDir, 'rinominato.txt'))
    await expect(libraryPage.articles).toHaveCount(5)
  })

  test('gives a broken file a status and a reason, and reads the rest', async ({ service, libraryDir, libraryPage }) => {
    await writeFile(join(libraryDir, 'foto.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
    await writeFile(join(libraryDir, 'vuoto.txt'), '')
    await writeFile(join(libraryDir, 'foto.jpg'), 'not an article')
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(8)
    await expect(libraryPage.page.getByText('5 articles · 3 files not read')).toBeVisible()
    await expect(libraryPage.article('foto.txt')).toContainText('Not text')
    await expect(libraryPage.article('vuoto.txt')).toContainText('Empty')
    await expect(libraryPage.article('foto.jpg')).toContainText('Not an article')
    await libraryPage.openArticle('foto.txt')
    await expect(libraryPage.readingPane).toContainText(/not text/i)
    await libraryPage.screenshot('broken-file')
  })

  test('opens a folder from the dialog, remembers it under Recent, and switches back', async ({ service, libraryDir, folderPicker, libraryPage }) => {
    await service.start()
    await libraryPage.open()
    await expect(libraryPage.page.getByRole('banner')).toContainText('Sample articles')

    const other = join(libraryDir, '..', 'Altra cartella')
    await mkdir(other)
    await writeFile(join(other, 'a.txt'), ' date 2025-03-03 Un solo articolo di prova.\n\nCon un paragrafo.')
    folderPicker.next = other
    await libraryPage.openFolderButton.click()
    await expect(libraryPage.page.getByRole('banner')).toContainText('Altra cartella')
    await expect(libraryPage.articles).toHaveCount(1)

    folderPicker.next = libraryDir
    await libraryPage.openFolderButton.click()
    await expect(libraryPage.page.getByRole('banner')).toContainText('Rassegna Corea')
    await libraryPage.recentButton.click()
    await expect(libraryPage.page.getByRole('menuitem')).toHaveCount(3)
    await libraryPage.screenshot('recent-menu')
    await libraryPage.page.getByRole('menuitem', { name: /Altra cartella/ }).click()
    await expect(libraryPage.articles).toHaveCount(1)

    // Cancelling the dialog leaves the library as it was.
    folderPicker.next = null
    await libraryPage.openFolderButton.click()
    await expect(libraryPage.articles).toHaveCount(1)
  })

  test('says clearly when a folder cannot be opened or disappears', async ({ service, libraryDir, folderPicker, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)

    folderPicker.next = join(libraryDir, '000_014a5f80a1443256.txt')
    await libraryPage.openFolderButton.click()
    await expect(libraryPage.alert).toContainText('is a file, not a folder')
    await libraryPage.alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(libraryPage.alert).toHaveCount(0)

    await rename(libraryDir, libraryDir + ' (spostata)')
    await expect(libraryPage.alert).toContainText('is no longer there', { timeout: 10_000 })
    await expect(libraryPage.articles).toHaveCount(5)
    await libraryPage.screenshot('folder-missing')
  })

  test('shows indexing progress on a large folder, and articles as they are indexed', async ({ service, libraryDir, libraryPage }) => {
    const bulk = join(libraryDir, 'bulk')
    await mkdir(bulk)
    const paragraph = 'Il governo ha annunciato nuove misure per sostenere le imprese colpite dalla crisi energetica. '.repeat(20)
    await Promise.all(
      Array.from({ length: 4000 }, (_, index) => writeFile(join(bulk, `${String(index).padStart(5, '0')}.txt`), ` date 2025-01-01 Articolo numero ${index}.\n\n${paragraph}`))
    )
    await libraryPage.open()
    const opening = service.openFolder(libraryDir)
    // Every file found is listed while the folder is walked, so on a slow machine the bar can take a
    // few seconds to come up; it stays until the 4,000 files are read.
    await expect(libraryPage.progress).toBeVisible({ timeout: 15_000 })
    await libraryPage.screenshot('indexing-progress')
    await opening
    await expect(libraryPage.progress).toBeHidden({ timeout: 20_000 })
    await expect(libraryPage.page.getByText('4,005 articles')).toBeVisible()
  })
})
