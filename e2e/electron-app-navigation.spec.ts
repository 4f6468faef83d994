import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { installedElectron } from './support/installed-electron'

/**
 * Hostile links and redirects in the real app (where Electron is installed; skipped on our CI, as
 * `electron-app.spec.ts`): whatever the page tries, it stays on app://riscontro/index.html in its one
 * window, and nothing is handed to the OS (`shell.openExternal`). Electron's security checklist §12–14,
 * applied by `src/main/electron/harden-window.ts`. What the page itself shows is tried in `navigation.spec.ts`.
 */
const electronPath = installedElectron()
const sandboxArgs = process.env.CI ? ['--no-sandbox'] : []
const APP_PAGE = 'app://riscontro/index.html'

test.describe('the real app refuses hostile links and redirects', () => {
  test.skip(electronPath === null, 'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD on this machine); navigation.spec.ts covers the page.')
  let dataDir = ''
  let app: ElectronApplication
  let appWindow: Page

  test.beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'riscontro-electron-'))
    app = await electron.launch({ executablePath: electronPath!, args: ['.', ...sandboxArgs], env: { ...process.env, RISCONTRO_DATA_DIR: dataDir } })
    appWindow = await app.firstWindow()
    await expect(appWindow.getByRole('option')).toHaveCount(5)
    // Record anything handed to the OS instead of opening it.
    await app.evaluate(({ shell }) => {
      const opened: string[] = []
      ;(globalThis as { openedExternally?: string[] }).openedExternally = opened
      shell.openExternal = async (url: string) => void opened.push(url)
    })
  })
  test.afterEach(async () => {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  const expectStillHome = async (): Promise<void> => {
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    expect(appWindow.url()).toBe(APP_PAGE)
    expect(await app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally)).toEqual([])
    await expect(appWindow.getByRole('option')).toHaveCount(5)
  }

  test('window.open and target=_blank links open no window', async () => {
    await appWindow.evaluate(() => {
      window.open('https://example.com/')
      window.open('file:///etc/passwd')
      const link = document.createElement('a')
      link.href = 'https://example.com/fonte'
      link.target = '_blank'
      link.textContent = 'fonte'
      document.body.append(link)
      link.click()
    })
    await expectStillHome()
  })

  test('location changes, a meta refresh and a form post leave the page where it is', async () => {
    for (const target of ['https://example.com/', 'file:///etc/passwd', 'riscontro://claim?library=%2F&file=x.md&start=0&end=1', 'app://riscontro/../main/index.js']) {
      await appWindow.evaluate((url) => void (window.location.href = url), target)
      await expectStillHome()
    }
    await appWindow.evaluate(() => {
      const refresh = document.createElement('meta')
      refresh.httpEquiv = 'refresh'
      refresh.content = '0;url=https://example.com/'
      document.head.append(refresh)
      const form = document.createElement('form')
      form.action = 'https://example.com/'
      form.method = 'post'
      document.body.append(form)
      form.submit()
    })
    // A refresh would fire after its delay; give it the moment it asked for before looking.
    await appWindow.waitForTimeout(500)
    await expectStillHome()
  })

  test('a riscontro:// link with a bad path, handed to the running app, is refused with a message', async () => {
    const badLink = `riscontro://claim?library=${encodeURIComponent(dataDir)}&file=..%2F..%2Fetc%2Fpasswd&start=0&end=4`
    await promisify(execFile)(electronPath!, ['.', ...sandboxArgs, badLink], { env: { ...process.env, RISCONTRO_DATA_DIR: dataDir }, timeout: 30_000 })
    await expect(appWindow.getByRole('alert')).toContainText('That riscontro:// link is damaged or not one Riscontro writes')
    await expectStillHome()
  })
})
