import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'

test.describe('notes and Markdown export', () => {
  test('a note on a row is saved as typed, survives a reload, and is exported with the row and its citations', async ({ service, libraryDir, desktop, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(libraryPage.page)
    const troops = comparison.rowWith('11.000 soldati')
    await troops.getByRole('rowheader').click()

    const note = comparison.inspector.getByRole('textbox', { name: 'Note on this row' })
    await note.fill('The **11.000** figure comes from The Interpreter; NIS says about 12.000.')
    await comparison.inspector.getByRole('combobox', { name: 'Your verdict' }).selectOption('conflicting')
    await expect(comparison.inspector.getByText('Saved', { exact: true })).toBeVisible()
    await expect(comparison.inspector.getByLabel('Preview').locator('strong')).toHaveText('11.000')
    await libraryPage.screenshot('row-note')

    await libraryPage.page.reload()
    await comparison.rowWith('11.000 soldati').getByRole('rowheader').click()
    await expect(comparison.inspector.getByRole('textbox', { name: 'Note on this row' })).toHaveValue(/NIS says about 12.000/)
    await expect(comparison.inspector.getByRole('combobox', { name: 'Your verdict' })).toHaveValue('conflicting')

    const outDir = await mkdtemp(join(tmpdir(), 'riscontro-export-'))
    try {
      desktop.nextExportPath = join(outDir, 'confronto.md')
      await libraryPage.page.getByRole('button', { name: 'Export…' }).click()
      const dialog = libraryPage.page.getByRole('dialog', { name: 'Export the comparison' })
      await dialog.getByRole('radio', { name: /Obsidian/ }).check()
      await dialog.getByRole('button', { name: 'Choose file and export' }).click()
      await expect(dialog.getByRole('status')).toContainText('Exported')
      await libraryPage.screenshot('export-dialog')
      const markdown = await readFile(desktop.nextExportPath, 'utf8')
      expect(markdown).toMatch(/^---\ntitle: /)
      expect(markdown).toContain('Soldati')
      expect(markdown).toContain('NIS says about 12.000')
      expect(markdown).toMatch(/\[\^c-[0-9a-f]+\]: .*11\.000 soldati/)
      expect(markdown).toContain('> [!')
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })

  test('copies a row and the table to the clipboard as Markdown', async ({ service, libraryDir, desktop, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(libraryPage.page)
    await comparison.rowWith('11.000 soldati').getByRole('rowheader').click()
    await comparison.inspector.getByRole('button', { name: 'Copy row as Markdown' }).click()
    await expect(comparison.inspector.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(desktop.clipboard.at(-1)).toContain('11.000 soldati')
    await libraryPage.page.getByRole('button', { name: 'Copy table' }).click()
    await expect.poll(() => desktop.clipboard.length).toBe(2)
    expect(desktop.clipboard.at(-1)).toMatch(/^\| /m)
  })

  test('keeps a note on an article and a library note', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/La guerra in Ucraina/)
    const articleNote = libraryPage.page.getByRole('textbox', { name: 'Your note on this article' })
    await articleNote.fill('Cites The Interpreter for the troop figure.')
    await libraryPage.page.getByText('Library notes').click()
    await libraryPage.page.getByRole('textbox', { name: 'Notes on this library' }).fill('Five articles on North Korea and Russia.')
    await expect(libraryPage.page.getByText('Saved', { exact: true })).toHaveCount(2)
    await libraryPage.page.reload()
    await libraryPage.openArticle(/La guerra in Ucraina/)
    await expect(libraryPage.page.getByRole('textbox', { name: 'Your note on this article' })).toHaveValue('Cites The Interpreter for the troop figure.')
    await libraryPage.page.getByText('Library notes').click()
    await expect(libraryPage.page.getByRole('textbox', { name: 'Notes on this library' })).toHaveValue('Five articles on North Korea and Russia.')
  })
})
