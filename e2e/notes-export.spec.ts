import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ComparisonPage } from './pages/comparison-page'
import { ExportDialog } from './pages/export-dialog'
import { NotesPanel } from './pages/notes-panel'

test.describe('notes and Markdown export', () => {
  test('a note on a row is saved as typed, survives a reload, and is exported with the row and its citations', async ({ service, libraryDir, desktop, libraryPage }) => {
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.page.getByRole('button', { name: 'Compare whole folder' }).click()
    const comparison = new ComparisonPage(libraryPage.page)
    const troops = comparison.rowWith('11.000 soldati')
    await troops.getByRole('rowheader').click()

    const note = new NotesPanel(comparison.inspector, 'Note on this row')
    await note.write('The **11.000** figure comes from The Interpreter; NIS says about 12.000.')
    await note.verdict.selectOption('conflicting')
    await expect(note.saved).toBeVisible()
    await expect(note.preview.locator('strong')).toHaveText('11.000')
    await libraryPage.screenshot('row-note')

    await libraryPage.page.reload()
    await comparison.rowWith('11.000 soldati').getByRole('rowheader').click()
    await expect(note.textbox).toHaveValue(/NIS says about 12.000/)
    await expect(note.verdict).toHaveValue('conflicting')

    const outDir = await mkdtemp(join(tmpdir(), 'riscontro-export-'))
    try {
      desktop.nextExportPath = join(outDir, 'confronto.md')
      const exportDialog = new ExportDialog(libraryPage.page)
      await exportDialog.open()
      await exportDialog.choose(/Obsidian/)
      await exportDialog.exportToChosenFile()
      await expect(exportDialog.status).toContainText('Exported')
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
    const articleNote = new NotesPanel(libraryPage.page, 'Your note on this article')
    await articleNote.write('Cites The Interpreter for the troop figure.')
    await (await NotesPanel.openLibraryNotes(libraryPage.page)).write('Five articles on North Korea and Russia.')
    await expect(libraryPage.page.getByText('Saved', { exact: true })).toHaveCount(2)
    await libraryPage.page.reload()
    await libraryPage.openArticle(/La guerra in Ucraina/)
    await expect(articleNote.textbox).toHaveValue('Cites The Interpreter for the troop figure.')
    await expect((await NotesPanel.openLibraryNotes(libraryPage.page)).textbox).toHaveValue('Five articles on North Korea and Russia.')
  })
})
