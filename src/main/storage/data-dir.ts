import { createHash } from 'node:crypto'
import { rename, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** The product name is also the data folder name, matching Electron's `app.getPath('userData')`. */
export const APP_NAME = 'Riscontro'

/**
 * Where Riscontro keeps its index cache, settings and (later) notes. `RISCONTRO_DATA_DIR` wins, so
 * tests and benchmarks run in a fresh temporary folder; otherwise the platform's user data folder,
 * the same one the desktop app uses, so the CLI and the app share one index.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.RISCONTRO_DATA_DIR) return env.RISCONTRO_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** Names a library's files in the data folder: a hash of its path, the same for the cache, notes and corrections. */
export function libraryKey(folder: string): string {
  return createHash('sha1').update(folder).digest('hex').slice(0, 16)
}

/**
 * Moves a damaged file of the user's work aside as `<name>.damaged-<time>.json` beside it (never
 * deleting it, so it can be recovered by hand) and answers where it went.
 */
export async function moveAsideDamaged(path: string, now: Date): Promise<string> {
  // Colons are not allowed in Windows file names.
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  for (let attempt = 0; ; attempt++) {
    const target = path.replace(/(\.json)?$/, `.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}.json`)
    if (await stat(target).then(() => true, () => false)) continue
    await rename(path, target)
    return target
  }
}
