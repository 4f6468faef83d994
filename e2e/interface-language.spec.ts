import { copyFile, mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import { seriousViolations } from './support/axe'
import { writeFiveSources } from './support/five-sources'

/** Screens worth looking at are kept in the run's results and, when set, copied to SHOTS_DIR. */
async function shoot(page: Page, name: string): Promise<void> {
  const path = `test-results/screens/${name}.png`
  await page.screenshot({ path })
  if (process.env.SHOTS_DIR) {
    await mkdir(process.env.SHOTS_DIR, { recursive: true })
    await copyFile(path, join(process.env.SHOTS_DIR, `${name}.png`))
  }
}

/** Words of the other language that must not show on a screen in this one (the articles' own text aside). */
const foreignWords = {
  it: [/\bCompare whole folder\b/, /\bOpen folder\b/, /\bSearch rows\b/, /\bDisagreements only\b/, /\bRow panel\b/, /\bDiffer\b/, /\bAgree\b/, /\bwords\b/, /\bClaims\b/],
  en: [/\bConfronta\b/, /\bApri cartella\b/, /\bCerca righe\b/, /\bSolo divergenze\b/, /\bDivergono\b/, /\bConcordano\b/, /\bparole\b/]
} as const

async function expectNoForeignWords(page: Page, language: 'it' | 'en', except: string): Promise<void> {
  // The interface's own text: the article pane's body is the article's, in whatever language it was written.
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement
    const articleText = clone.querySelectorAll(
      '.article-body, .article-pane-body, .cell-claim-text, .row-label, .grid-story-title, .story-title, .article-item-title, h1, .source-outlet, .source-title, .claim-text, .language-select'
    )
    Array.from(articleText).forEach((element) => element.remove())
    return clone.innerText
  })
  for (const word of foreignWords[language]) expect(text, `${except}: “${word.source}” on a screen in ${language}`).not.toMatch(word)
}

test.describe('the interface in Italian and in English (issue 12)', () => {
  test.setTimeout(120_000)

  test('switching the language from the toolbar changes every screen at once, numbers and dates included, and is remembered', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await service.openFolder(await writeFiveSources(join(libraryDir, '..', 'Corea a Kursk')))
    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expectNoForeignWords(page, 'en', 'library')
    await shoot(page, 'en-library')

    const language = page.getByRole('banner').getByRole('combobox', { name: 'Language' })
    await language.selectOption('it')
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')
    const lingua = page.getByRole('banner').getByRole('combobox', { name: 'Lingua' })
    await expect(lingua).toHaveValue('it')
    await expect(page.getByRole('button', { name: 'Confronta tutta la cartella' })).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Archivio' }).locator('.sidebar-summary')).toHaveText(/^5 articoli/)

    // Library: Italian words, dates with Italian month names.
    await page.getByRole('button', { name: 'Per file' }).click()
    await expect(page.getByRole('listbox', { name: 'Articoli' }).getByText('2 mar 2026').first()).toBeVisible()
    await expectNoForeignWords(page, 'it', 'library')
    await shoot(page, 'it-library')

    // Reading: the claim's reading in Italian ("11.000 soldati"), the panel in Italian.
    await page.getByRole('option', { name: /Corea del Nord, truppe al fronte russo/ }).click()
    const claims = page.getByRole('complementary', { name: 'Dati' })
    await expect(claims.getByRole('button', { name: /11\.000 soldati/ }).first()).toContainText('11.000 soldati')
    await expect(page.getByRole('main', { name: 'Articolo' })).toContainText('2 mar 2026')
    await expect(page.getByRole('main', { name: 'Articolo' })).toContainText('italiano')
    await page.getByRole('main', { name: 'Articolo' }).locator('mark.claim').first().hover()
    await expect(page.getByRole('tooltip')).toHaveText(/^11\.000 soldati/)
    await expectNoForeignWords(page, 'it', 'reading')
    await shoot(page, 'it-reading')

    // Comparison: toolbar on one line at 1280 px, verdicts and ratios in Italian.
    await page.getByRole('button', { name: 'Confronta tutta la cartella' }).click()
    const comparison = new ComparisonPage(page)
    const table = page.getByRole('grid', { name: 'Tabella di confronto' })
    await expect(table).toBeVisible()
    const troops = table.getByRole('row').filter({ hasText: 'Circa 12.000 soldati' })
    await expect(troops.locator('.verdict')).toHaveText(/^Divergono ×1,\d\d$/)
    const toolbar = page.getByRole('toolbar', { name: 'Confronto' })
    expect(await toolbar.evaluate((element) => element.scrollWidth <= element.clientWidth), 'the Italian toolbar fits at 1280 px').toBe(true)
    const search = await toolbar.getByRole('searchbox', { name: 'Cerca righe' }).boundingBox()
    const exportButton = await toolbar.getByRole('button', { name: 'Esporta…' }).boundingBox()
    expect(Math.abs(search!.y + search!.height / 2 - (exportButton!.y + exportButton!.height / 2))).toBeLessThan(4)
    await expectNoForeignWords(page, 'it', 'comparison')
    await troops.locator('.verdict').hover()
    await expect(comparison.tooltip).toContainText('non si sovrappongono: rapporto 1,')
    await shoot(page, 'it-comparison')
    await page.mouse.move(0, 0)
    expect(await seriousViolations(page), 'axe on the Italian comparison').toEqual([])

    // The choice is main's: a reload keeps it, and main's export speaks it too.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')
    expect((await service.getUiLanguage()).chosen).toBe('it')

    // Back to English, at once.
    await page.getByRole('banner').getByRole('combobox', { name: 'Lingua' }).selectOption('en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await expect(page.getByRole('grid', { name: 'Comparison table' }).getByRole('row').filter({ hasText: 'Circa 12.000 soldati' }).locator('.verdict')).toHaveText(
      /^Differ ×1\.\d\d$/
    )
    await expectNoForeignWords(page, 'en', 'comparison')
    await shoot(page, 'en-comparison')
    await page.getByRole('button', { name: 'Read', exact: true }).click()
    await expect(page.getByRole('main', { name: 'Article' })).toContainText('2 Mar 2026')
    await expect(page.getByRole('complementary', { name: 'Claims' }).getByRole('button', { name: /11\.000 soldati/ }).first()).toContainText('11,000 soldiers')
    await expectNoForeignWords(page, 'en', 'reading')
    await shoot(page, 'en-reading')
  })

  test('what main says about a file and a note is said in the interface’s language', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1280, height: 800 })
    await writeFile(join(libraryDir, 'vuoto.txt'), '')
    await service.openFolder(libraryDir)
    await service.saveNote({ kind: 'library' }, 'Fonti da confrontare: NIS, IISS, The Interpreter.', null)
    await service.setUiLanguage('it')
    await libraryPage.open()
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')

    // A file that could not be read: its status and why, then main's own sentence about it as the detail, all in Italian.
    const list = page.getByRole('listbox', { name: 'Articoli' })
    await list.getByRole('option').filter({ hasText: 'vuoto.txt' }).click()
    const reading = page.getByRole('main')
    await expect(reading).toContainText('Questo file non contiene il testo di un articolo.')
    await expect(reading.locator('.reading-message-detail')).toHaveText(
      'Dettagli: Questo file è vuoto o contiene solo spazi. Incollaci il testo dell’articolo, oppure toglilo dalla cartella.'
    )
    await expect(reading).not.toContainText('in inglese')
    await expect(reading).not.toContainText('This file')
    await expect(list.getByRole('option').filter({ hasText: 'vuoto.txt' })).toHaveAttribute('title', 'vuoto.txt: Questo file non contiene il testo di un articolo.')
    await shoot(page, 'it-unreadable-file')

    // A found note: main sends what it is about, the window names it.
    await page.getByRole('searchbox', { name: 'Cerca nell’archivio' }).fill('iiss')
    const notes = page.getByRole('region', { name: 'Note corrispondenti' })
    await expect(notes.getByRole('button')).toContainText('Nota sull’archivio')
    await shoot(page, 'it-note-search')
    await page.getByRole('banner').getByRole('combobox', { name: 'Lingua' }).selectOption('en')
    await expect(page.getByRole('region', { name: 'Matching notes' }).getByRole('button')).toContainText('Library note')
  })

  test('main’s errors and problems, and the row panel’s evidence, are said in the interface’s language', async ({ service, libraryDir, folderPicker, libraryPage }) => {
    const { page } = libraryPage
    await page.setViewportSize({ width: 1280, height: 800 })
    const folder = await writeFiveSources(join(libraryDir, '..', 'Corea a Kursk'))
    await service.openFolder(folder)
    await service.setUiLanguage('it')
    await libraryPage.open()
    await expect(page.getByRole('listbox', { name: 'Articoli' }).getByRole('option')).toHaveCount(5)

    // A request main refuses: the banner says it in Italian, naming the file.
    const file = join(folder, (await readdir(folder))[0]!)
    folderPicker.next = file
    await page.getByRole('banner').getByRole('button', { name: 'Apri cartella…' }).click()
    await expect(libraryPage.alert).toContainText(`${file} è un file, non una cartella. Scegli la cartella che contiene i tuoi articoli.`)
    await shoot(page, 's19-it-error')
    await libraryPage.alert.getByRole('button', { name: 'Chiudi' }).click()

    // The row panel: why the figures are together, each piece of evidence in Italian.
    await page.getByRole('button', { name: 'Confronta tutta la cartella' }).click()
    const table = page.getByRole('grid', { name: 'Tabella di confronto' })
    await table.getByRole('row').filter({ hasText: 'Circa 12.000 soldati' }).getByRole('rowheader').click()
    const explanation = page.getByRole('region', { name: 'Perché questi dati stanno insieme' })
    const lines = explanation.getByRole('list', { name: 'Dati uniti' }).locator('.evidence-text')
    await expect(lines.first()).toBeVisible()
    const said = (await lines.allInnerTexts()).join(' | ')
    expect(said).toMatch(/\b(entrambi|stesso|stessa|parole|dato|dati)\b/)
    expect(said).not.toMatch(/\b(both|figures|words|against|overlap)\b/)
    await explanation.evaluate((section) => section.scrollIntoView({ block: 'start' }))
    await shoot(page, 's19-it-row-panel')

    await page.getByRole('banner').getByRole('combobox', { name: 'Lingua' }).selectOption('en')
    const english = page.getByRole('region', { name: 'Why these figures are together' }).getByRole('list', { name: 'Joined claims' }).locator('.evidence-text')
    await expect(english.first()).toBeVisible()
    expect((await english.allInnerTexts()).join(' | ')).not.toMatch(/\b(entrambi|parole|contro)\b/)
    await shoot(page, 's19-en-row-panel')
    await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('it')
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')

    // A problem main finds by itself (the folder disappears): in Italian too.
    await rename(folder, `${folder} (spostata)`)
    await expect(libraryPage.alert).toContainText(`La cartella ${folder} non c’è più`, { timeout: 10_000 })
    await shoot(page, 's19-it-folder-gone')
  })

  test('with no choice made, the interface speaks the system’s language', async ({ libraryPage, service }) => {
    const { page } = libraryPage
    await service.setUiLanguage(null)
    // The fixture's system speaks English; a user who picks "System language" after Italian gets it back.
    await libraryPage.open()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('banner').getByRole('combobox', { name: 'Language' })).toHaveValue('system')
  })
})
