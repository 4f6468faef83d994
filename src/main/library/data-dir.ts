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
