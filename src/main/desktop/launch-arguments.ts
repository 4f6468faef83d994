import { isAbsolute, resolve } from 'node:path'
import { DEEP_LINK_SCHEME } from '../../shared/deep-link'

/**
 * The folder a launch asks to open: `riscontro ~/Articoli`, a folder dropped on the app's icon
 * (Windows and Linux pass it as an argument), or the same arriving at the running app as
 * `second-instance`. Skipped: the executable (and, in a development run, the switches and the app's
 * own path that follow it), switches Chromium or the user added (`--no-sandbox`), and `riscontro://` links,
 * which open a claim instead. The last candidate wins; relative paths resolve against the folder the
 * launch was made from. Whether it is a folder is for the caller to check.
 */
export function findFolderArgument(argv: readonly string[], options: { isDevelopmentRun: boolean; workingDirectory: string }): string | null {
  const isSwitch = (argument: string): boolean => argument.startsWith('-')
  // A development run is `electron [switches] APP_PATH [arguments]`: the arguments start after the app path.
  const appPathAt = options.isDevelopmentRun ? argv.findIndex((argument, index) => index > 0 && !isSwitch(argument)) : 0
  if (appPathAt < 0) return null
  const candidates = argv
    .slice(appPathAt + 1)
    .filter((argument) => argument !== '' && !isSwitch(argument) && !argument.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`))
  const chosen = candidates.at(-1)
  if (chosen === undefined) return null
  return isAbsolute(chosen) ? resolve(chosen) : resolve(options.workingDirectory, chosen)
}
