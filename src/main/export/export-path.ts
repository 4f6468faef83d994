import { dirname, join } from 'node:path'
import { isInsideFolder } from '../storage/folder-paths'

/**
 * Where the save dialog first proposes to write an export: the user's documents folder, unless that
 * is inside the library (a library opened at ~/Documents or the home folder), where an export would
 * be indexed as an article. Then the first of the home folder and the library's parent that is
 * outside it.
 */
export function suggestExportPath(candidateFolders: readonly string[], libraryFolder: string, fileName: string): string {
  const folder = [...candidateFolders, dirname(libraryFolder)].find((candidate) => !isInsideFolder(libraryFolder, candidate)) ?? dirname(libraryFolder)
  return join(folder, fileName)
}
