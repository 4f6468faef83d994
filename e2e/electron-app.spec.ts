import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** The path of the Electron binary npm installed, or null where its download was skipped (our CI). */
function installedElectron(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const electronPath = installedElectron()

test('the real app opens the sample articles in a secure window', async () => {
  test.skip(
    electronPath === null,
    'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD on this machine); the renderer-with-bridge project covers the UI.'
  )
  const dataDir = await mkdtemp(join(tmpdir(), 'riscontro-electron-'))
  const app = await electron.launch({
    executablePath: electronPath!,
    args: ['.', ...(process.env.CI ? ['--no-sandbox'] : [])],
    env: { ...process.env, RISCONTRO_DATA_DIR: dataDir }
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('option')).toHaveCount(5)
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const prefs = BrowserWindow.getAllWindows()[0]!.webContents.getLastWebPreferences()
      return { contextIsolation: prefs?.contextIsolation, sandbox: prefs?.sandbox, nodeIntegration: prefs?.nodeIntegration }
    })
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
