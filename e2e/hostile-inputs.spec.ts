import { execFileSync } from 'node:child_process'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { libraryDataPath } from '../src/main/storage/json-file'
import { notesFilePath } from '../src/main/notes/notes-store'
import { expect, sampleLibrary, test } from './fixtures'
import { NotesPanel } from './pages/notes-panel'

/** Issue 15, in the app: failed opens never cost the user's notes, and a full disk keeps the note on screen. */

/** The data folder the `service` fixture uses. */
function dataDirOf(libraryDir: string): string {
  return join(libraryDir, '..', 'data')
}

/** A folder where the store file should be: reading it fails (EISDIR) even for root, which runs our CI. */
async function makeUnreadable(path: string): Promise<void> {
  const bytes = await readFile(path).catch(() => Buffer.from('{}'))
  await rm(path, { force: true })
  await mkdir(path, { recursive: true })
  await writeFile(join(path, 'kept'), bytes)
}

test.describe('hostile inputs: failed opens and full disks', () => {
  test('a failed open of another library says why, leaves the library on screen open, and its notes are saved into it', async ({ service, libraryDir, libraryPage }) => {
    const dataDir = dataDirOf(libraryDir)
    const otherLibrary = join(libraryDir, '..', 'Rassegna B')
    await cp(sampleLibrary, otherLibrary, { recursive: true })
    await service.openFolder(otherLibrary)
    await service.saveNote({ kind: 'library' }, 'Le note di B.', null)
    const notesOfB = await readFile(notesFilePath(dataDir, otherLibrary), 'utf8')
    await service.openFolder(libraryDir)
    const correctionsOfB = libraryDataPath(dataDir, otherLibrary, 'corrections')
    await makeUnreadable(correctionsOfB)

    await libraryPage.open()
    await expect(libraryPage.articles).toHaveCount(5)
    await libraryPage.openRecent('Rassegna B')
    await expect(libraryPage.alert).toContainText(correctionsOfB)
    await expect(libraryPage.alert).toContainText('The library was not opened')
    await expect(libraryPage.page.locator('.library-path')).toHaveText(libraryDir)
    await libraryPage.screenshot('failed-open-banner')

    const libraryNotes = await NotesPanel.openLibraryNotes(libraryPage.page)
    await libraryNotes.write('Scritta nella Rassegna Corea.')
    await expect(libraryNotes.saved).toBeVisible()
    expect(await readFile(notesFilePath(dataDir, otherLibrary), 'utf8')).toBe(notesOfB)
    expect(JSON.parse(await readFile(notesFilePath(dataDir, libraryDir), 'utf8')).notes[0].body).toBe('Scritta nella Rassegna Corea.')
  })

  test('a start whose last library cannot be read opens none and shows which file and what to do', async ({ service, libraryDir, libraryPage }) => {
    await service.openFolder(libraryDir)
    await service.saveNote({ kind: 'library' }, 'Nota.', null)
    await service.close()
    const notesPath = notesFilePath(dataDirOf(libraryDir), libraryDir)
    await makeUnreadable(notesPath)
    expect(await service.start()).toBeNull()

    await libraryPage.open()
    await expect(libraryPage.alert).toContainText(notesPath)
    await expect(libraryPage.alert).toContainText('Check the file’s permissions')
    await expect(libraryPage.page.getByText('No library open')).toBeVisible()
    await libraryPage.screenshot('failed-start-banner')
  })

  test('on a full disk a note stays on screen, the user is told, and it is saved once it fits', async ({ service, libraryDir, libraryPage }) => {
    test.setTimeout(90_000)
    const dataDir = dataDirOf(libraryDir)
    await mkdir(dataDir, { recursive: true })
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', dataDir], { stdio: 'ignore' })
    } catch {
      test.skip(true, 'mounting a tmpfs needs root; the injected file system tests in src/main/hostile-inputs cover the write path')
    }
    try {
      await service.openFolder(libraryDir)
      await service.whenIndexed()
      await libraryPage.open()
      const libraryNotes = await NotesPanel.openLibraryNotes(libraryPage.page)
      const note = libraryNotes.textbox
      const tooLarge = `Appunti lunghi. ${'Le stime divergono. '.repeat(20_000)}`
      await note.fill(tooLarge)
      // A 400 KB note and its preview take a while to render on a loaded machine: wait longer, assert nothing about time.
      await expect(libraryPage.alert).toContainText('Disk full: your note is kept in memory', { timeout: 30_000 })
      await expect(libraryPage.page.getByText('Not saved: kept here, retrying')).toBeVisible({ timeout: 30_000 })
      await expect(libraryNotes.retryButton).toBeVisible({ timeout: 30_000 })
      await expect(note).toHaveValue(tooLarge, { timeout: 30_000 })
      await libraryPage.screenshot('disk-full-note')
      await expect(readFile(notesFilePath(dataDir, libraryDir), 'utf8')).rejects.toThrow()

      await note.fill('Appunti brevi: ora ci stanno.')
      await expect(libraryNotes.saved).toBeVisible({ timeout: 15_000 })
      expect(JSON.parse(await readFile(notesFilePath(dataDir, libraryDir), 'utf8')).notes[0].body).toBe('Appunti brevi: ora ci stanno.')
    } finally {
      await service.close()
      execFileSync('umount', ['-l', dataDir])
    }
  })
})
