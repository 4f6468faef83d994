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
    // The page sees the bridge and nothing of Node or Electron.
    const globals = await window.evaluate(() => {
      const page = globalThis as { require?: unknown; process?: unknown; riscontro?: Record<string, unknown> }
      return { require: typeof page.require, process: typeof page.process, bridge: Object.keys(page.riscontro ?? {}).sort() }
    })
    expect(globals.require).toBe('undefined')
    expect(globals.process).toBe('undefined')
    expect(globals.bridge).toContain('readArticle')
    expect(globals.bridge).not.toContain('invoke')
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
