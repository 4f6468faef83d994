import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { installedElectron } from './support/installed-electron'

/**
 * The real app, where Electron's binary is installed (`npm ci` without ELECTRON_SKIP_BINARY_DOWNLOAD):
 * `npx electron-vite build && npx playwright test --project electron-app`. Skipped on our CI, which
 * cannot download it; the renderer-with-bridge project covers the UI there.
 */
const electronPath = installedElectron()
const sandboxArgs = process.env.CI ? ['--no-sandbox'] : []
const sampleFolder = resolve('resources', 'sample-library')

test.describe('the real app', () => {
  test.skip(electronPath === null, 'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD on this machine); the renderer-with-bridge project covers the UI.')
  let dataDir = ''
  const launch = (...args: string[]): Promise<ElectronApplication> =>
    electron.launch({ executablePath: electronPath!, args: ['.', ...sandboxArgs, ...args], env: { ...process.env, RISCONTRO_DATA_DIR: dataDir } })

  test.beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'riscontro-electron-'))
  })
  test.afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  test('opens the sample articles in a secure window served from app://', async () => {
    const app = await launch()
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('option')).toHaveCount(5)
      expect(window.url()).toBe('app://riscontro/index.html')
      // The page sees the bridge and nothing of Node or Electron, and cannot read files.
      const page = await window.evaluate(async () => {
        const scope = globalThis as { require?: unknown; process?: unknown; riscontro?: Record<string, unknown> }
        const fileRead = await fetch('file:///etc/hostname').then(() => 'read', () => 'refused')
        const outside = await fetch('app://riscontro/../main/index.js').then((response) => response.status, () => 'refused')
        return { require: typeof scope.require, process: typeof scope.process, bridge: Object.keys(scope.riscontro ?? {}).sort(), fileRead, outside }
      })
      expect(page.require).toBe('undefined')
      expect(page.process).toBe('undefined')
      expect(page.bridge).toContain('readArticle')
      expect(page.bridge).not.toContain('invoke')
      expect(page.fileRead).toBe('refused')
      expect(page.outside).not.toBe(200)
      // Spellcheck is on for the notes.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.session.isSpellCheckerEnabled())).toBe(true)
    } finally {
      await app.close()
    }
    expect(await readFile(join(dataDir, 'logs', 'riscontro.log'), 'utf8')).toMatch(/INFO {2}\[main\] Riscontro .* started[\s\S]*quit after pending writes finished/)
  })

  test('remembers the window’s size and position', async () => {
    const first = await launch()
    const window = await first.firstWindow()
    await expect(window.getByRole('option')).toHaveCount(5)
    await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 50, width: 1000, height: 700 }))
    await first.close()
    const second = await launch()
    try {
      await (await second.firstWindow()).getByRole('option').first().waitFor()
      const bounds = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())
      expect(bounds).toMatchObject({ width: 1000, height: 700 })
    } finally {
      await second.close()
    }
  })

  test('a second launch with a folder hands it to the running app, which opens it in its one window', async () => {
    const folder = join(dataDir, 'rassegna')
    await cp(sampleFolder, folder, { recursive: true })
    const app = await launch()
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('option')).toHaveCount(5)
      // The second process finds the lock taken, passes its arguments on and exits.
      await promisify(execFile)(electronPath!, ['.', ...sandboxArgs, folder], { env: { ...process.env, RISCONTRO_DATA_DIR: dataDir }, timeout: 30_000 })
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
      await expect(window.getByText('rassegna', { exact: false }).first()).toBeVisible()
    } finally {
      await app.close()
    }
  })
})
