import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The Electron binary `npm ci` installed, or null where it could not be downloaded
 * (ELECTRON_SKIP_BINARY_DOWNLOAD): the specs of the real app skip themselves then.
 */
export function installedElectron(): string | null {
  // Not `require('electron')`: since Electron 42 that starts downloading a missing binary.
  const electronPackage = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(electronPackage, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist'), readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}
