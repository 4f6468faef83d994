/**
 * `riscontro://` links, which exports put in their citations so a reader of the CSV, the workbook or
 * the report can reopen the exact place a figure came from (issue 13).
 *
 *   riscontro://claim?library=<folder>&file=<path>&start=<n>&end=<n>
 *   riscontro://article?library=<folder>&file=<path>
 *
 * `library` is the library's absolute folder, `file` the article's path inside it with `/`
 * separators (for a feed item, `<feed file>#<item>`, percent-encoded like every value), `start` and
 * `end` the claim's offsets in the article's cleaned text. A link arrives from outside the app, so
 * parsing refuses anything else: other schemes, relative or NUL-holding folders, paths that climb
 * out of the library, offsets that are not whole numbers in order.
 */
export const DEEP_LINK_SCHEME = 'riscontro'

export type DeepLink =
  | { kind: 'claim'; library: string; file: string; start: number; end: number }
  | { kind: 'article'; library: string; file: string }

const MAX_PATH_LENGTH = 4096
const MAX_OFFSET = 1_000_000_000

export function buildDeepLink(link: DeepLink): string {
  const parameters = new URLSearchParams({ library: link.library, file: link.file })
  if (link.kind === 'claim') {
    parameters.set('start', String(link.start))
    parameters.set('end', String(link.end))
  }
  // URLSearchParams writes spaces as "+"; %20 reads the same everywhere a link may be pasted.
  return `${DEEP_LINK_SCHEME}://${link.kind}?${parameters.toString().replace(/\+/g, '%20')}`
}

/** The link's target, or null when it is not a well-formed Riscontro link. */
export function parseDeepLink(input: unknown): DeepLink | null {
  if (typeof input !== 'string' || input.length > 3 * MAX_PATH_LENGTH) return null
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return null
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:`) return null
  const kind = url.hostname
  const library = url.searchParams.get('library')
  const file = url.searchParams.get('file')
  if ((kind !== 'claim' && kind !== 'article') || !isLibraryFolder(library) || !isFileInLibrary(file)) return null
  if (kind === 'article') return { kind, library, file }
  const start = readOffset(url.searchParams.get('start'))
  const end = readOffset(url.searchParams.get('end'))
  if (start === null || end === null || end < start) return null
  return { kind, library, file, start, end }
}

function isLibraryFolder(folder: string | null): folder is string {
  if (!folder || folder.length > MAX_PATH_LENGTH || folder.includes('\0')) return false
  // POSIX absolute, or a Windows drive or UNC path.
  return folder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(folder) || folder.startsWith('\\\\')
}

function isFileInLibrary(file: string | null): file is string {
  if (!file || file.length > MAX_PATH_LENGTH || file.includes('\0') || file.includes('\\')) return false
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return false
  return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

function readOffset(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value)) return null
  const offset = Number(value)
  return offset <= MAX_OFFSET ? offset : null
}

/** The link among a launch's arguments (Windows and Linux pass it on the command line), or null. */
export function findDeepLinkArgument(argv: readonly string[]): string | null {
  return argv.find((argument) => argument.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null
}
