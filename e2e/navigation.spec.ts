import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { NotesPanel } from './pages/notes-panel'

/**
 * Hostile links and redirects never take the page away from the app nor reach the OS. Here, in the
 * renderer with the bridge, what the page itself offers: notes and articles put no scriptable link,
 * no new-window link and no raw HTML on screen. Electron's own refusals (navigation, new windows,
 * `riscontro://` links with a bad path) are tried in `electron-app.spec.ts`, where Electron is installed.
 */
const hostileNote = [
  '[script](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '[file](file:///etc/passwd)',
  '[link](riscontro://claim?library=%2F&file=..%2F..%2Fetc%2Fpasswd&start=0&end=4)',
  '<a href="https://example.com" target="_blank">raw html</a>',
  '<iframe src="https://example.com"></iframe>',
  '[web](https://example.com/fonte)'
].join('\n\n')

test.describe('hostile links in what the page shows', () => {
  test('a note’s links are plain web links at most: no script, data, file or app link, no new window, no raw HTML', async ({ service, libraryDir, libraryPage }) => {
    const { page } = libraryPage
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const popups: string[] = []
    page.context().on('page', (popup) => popups.push(popup.url()))
    await service.openFolder(libraryDir)
    await libraryPage.open()
    const appUrl = page.url()

    const notes = await NotesPanel.openLibraryNotes(page)
    await notes.write(hostileNote)
    await expect(notes.saved).toBeVisible()
    const links = await notes.preview.locator('a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ text: anchor.textContent, href: anchor.getAttribute('href'), target: anchor.getAttribute('target') }))
    )
    for (const link of links) {
      expect(link.target, link.text ?? '').toBeNull()
      expect(['', 'https:']).toContain(link.href ? new URL(link.href, appUrl).protocol : '')
      if (link.href) expect(link.text).toBe('web')
    }
    expect(links.map((link) => link.text)).toEqual(['script', 'data', 'vb', 'file', 'link', 'web'])
    // Raw HTML is shown as text, never made into elements.
    await expect(notes.preview.locator('iframe')).toHaveCount(0)
    await expect(notes.preview).toContainText('<a href="https://example.com" target="_blank">raw html</a>')
    await libraryPage.screenshot('navigation-hostile-note')

    // Nothing in the note ran or opened, and the page is where it was.
    expect(dialogs).toEqual([])
    expect(popups).toEqual([])
    expect(page.url()).toBe(appUrl)
    await expect(libraryPage.articles).toHaveCount(5)
  })

  test('an article’s stated address is shown as text, never as a link', async ({ service, libraryDir, libraryPage }) => {
    await writeFile(
      join(libraryDir, 'redirect.md'),
      '---\ntitle: Un indirizzo ostile\nurl: https://example.com/redirect?to=file:///etc/passwd\n---\n\nSecondo il ministero, 11.000 soldati sono al fronte.\n'
    )
    await service.openFolder(libraryDir)
    await libraryPage.open()
    await libraryPage.openArticle(/Un indirizzo ostile/)
    const header = libraryPage.readingPane.locator('.article-url')
    await expect(header).toHaveText('https://example.com/redirect?to=file:///etc/passwd')
    await expect(libraryPage.readingPane.locator('a')).toHaveCount(0)
  })
})
