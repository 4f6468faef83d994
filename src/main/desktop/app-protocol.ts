import { extname, isAbsolute, join, relative, resolve } from 'node:path'

/**
 * The app's page is served from `app://riscontro/…` rather than `file://`, as Electron's security
 * guide recommends (https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols):
 * a `file://` page may read any file on disk, while this scheme answers only for the built renderer.
 * Registered as standard and secure, so the page has an origin of its own and the CSP's `'self'`
 * means exactly these files.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'riscontro'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`

/** The file types the built renderer holds; anything else is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8'
}

export type AppRequestResolution = { status: 'file'; path: string; contentType: string } | { status: 'refused'; httpStatus: 400 | 403 | 404 }

/**
 * Maps an `app://` request to a file inside `rendererRoot`, or refuses it: another host, a path that
 * leaves the folder however it is spelled (`..`, `%2e%2e`, encoded or back slashes), NUL bytes, and
 * file types the renderer does not have. `/` is the page itself.
 */
export function resolveAppRequest(url: string, rendererRoot: string): AppRequestResolution {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { status: 'refused', httpStatus: 400 }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 'refused', httpStatus: 403 }
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return { status: 'refused', httpStatus: 400 }
  }
  // The URL parser already folds plain `..` segments; what is left after decoding was smuggled in encoded.
  if (/[\\\0]/.test(pathname) || pathname.split('/').some((segment) => segment === '..' || segment === '.')) return { status: 'refused', httpStatus: 403 }
  const root = resolve(rendererRoot)
  const path = resolve(join(root, pathname === '/' ? 'index.html' : pathname))
  const inside = relative(root, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 'refused', httpStatus: 403 }
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()]
  if (!contentType) return { status: 'refused', httpStatus: 404 }
  return { status: 'file', path, contentType }
}
