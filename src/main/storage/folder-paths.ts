import { relative, sep } from 'node:path'

/** Whether `candidate` is `folder` or lies below it: how paths are confined to the library (and exports kept out of it). */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const path = relative(folder, candidate)
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && path !== '..')
}
