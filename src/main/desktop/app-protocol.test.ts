import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_PAGE_URL, resolveAppRequest } from './app-protocol'

const root = resolve('/opt/Riscontro/resources/app.asar/out/renderer')

describe('app:// requests', () => {
  it('serves the page and its assets from the renderer folder, with their types', () => {
    expect(resolveAppRequest(APP_PAGE_URL, root)).toEqual({ status: 'file', path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' })
    expect(resolveAppRequest('app://riscontro/', root)).toMatchObject({ status: 'file', path: join(root, 'index.html') })
    expect(resolveAppRequest('app://riscontro/assets/index-S2tzJoVK.js?v=1#x', root)).toEqual({
      status: 'file',
      path: join(root, 'assets', 'index-S2tzJoVK.js'),
      contentType: 'text/javascript; charset=utf-8'
    })
    expect(resolveAppRequest('app://riscontro/assets/font%20name.woff2', root)).toMatchObject({ path: join(root, 'assets', 'font name.woff2') })
  })

  it.each([
    'app://riscontro/../../../etc/passwd.html',
    'app://riscontro/%2e%2e/%2e%2e/main/index.js',
    'app://riscontro/assets/..%2f..%2fmain%2findex.js',
    'app://riscontro/assets/..%5c..%5cmain%5cindex.js',
    'app://riscontro/assets\\..\\..\\secret.js',
    'app://riscontro/index.html%00.js',
    'app://riscontro/%2e/index.html'
  ])('never leaves the renderer folder: %s', (url) => {
    const resolution = resolveAppRequest(url, root)
    if (resolution.status === 'file') expect(resolution.path.startsWith(root + '/')).toBe(true)
    else expect(resolution.httpStatus).toBe(403)
  })

  it('refuses other hosts, other schemes, malformed escapes and file types the renderer has none of', () => {
    expect(resolveAppRequest('app://elsewhere/index.html', root)).toEqual({ status: 'refused', httpStatus: 403 })
    expect(resolveAppRequest('file:///etc/passwd', root)).toEqual({ status: 'refused', httpStatus: 403 })
    expect(resolveAppRequest('app://riscontro/%E0%A4%A.js', root)).toEqual({ status: 'refused', httpStatus: 400 })
    expect(resolveAppRequest('app://riscontro/notes.txt', root)).toEqual({ status: 'refused', httpStatus: 404 })
    expect(resolveAppRequest('not a url', root)).toEqual({ status: 'refused', httpStatus: 400 })
  })
})
