import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The README's folder layout names real paths: every path in the table's first column exists, and
 * every file or folder its second column names (`library-notes.ts`, `pages/`) exists under that
 * row's folder (or from the project's root). Prints what is missing and exits 1; run by `npm run lint`.
 */

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('\n## Folder layout'), readme.indexOf('\n## ', readme.indexOf('\n## Folder layout') + 1))
const codeSpans = (text) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1])
const looksLikePath = (token) => /^[\w.@-]+(\/[\w.@-]*)*$/.test(token) && (token.includes('/') || /\.\w+$/.test(token))

function exists(path) {
  try {
    statSync(join(root, path))
    return true
  } catch {
    return false
  }
}

/** Every file and folder under `folder`, relative to the root, folders ending in '/'. */
function tree(folder) {
  const found = []
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true, recursive: true })) {
    if (entry.parentPath.includes('node_modules')) continue
    const path = posix.join(posix.relative(root, entry.parentPath).split('\\').join('/'), entry.name)
    found.push(entry.isDirectory() ? `${path}/` : path)
  }
  return found
}

const missing = []
let checked = 0
for (const line of section.split('\n')) {
  const cells = line.split(' | ')
  if (!line.startsWith('| `') || cells.length < 2) continue
  const rowPaths = []
  for (const token of codeSpans(cells[0])) {
    // A bare name after a path ("`resources/icon.svg`, `icon.ico`") sits in that path's folder.
    const path = token.includes('/') || rowPaths.length === 0 ? token : posix.join(posix.dirname(rowPaths.at(-1)), token)
    rowPaths.push(path)
    checked++
    if (!exists(path)) missing.push(`${path} (named in the first column)`)
  }
  const folders = rowPaths.map((path) => (exists(path) && statSync(join(root, path)).isDirectory() ? path : dirname(path)))
  const under = folders.flatMap((folder) => tree(folder))
  // `out/` is what a build writes, absent from a fresh clone.
  for (const token of codeSpans(cells.slice(1).join(' | ')).filter((token) => looksLikePath(token) && !token.startsWith('out/'))) {
    checked++
    if (!exists(token) && !under.some((path) => path === token || path.endsWith(`/${token}`))) missing.push(`${token} (named for ${rowPaths.join(', ')})`)
  }
}

if (missing.length > 0) {
  process.stderr.write(`README.md's folder layout names paths that do not exist:\n${missing.map((path) => `  ${path}`).join('\n')}\n`)
  process.exit(1)
}
process.stdout.write(`README.md's folder layout: ${checked} paths, all present.\n`)
