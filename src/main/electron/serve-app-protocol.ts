import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME, resolveAppRequest } from '../desktop/app-protocol'

/** Must run before the app is ready: a standard, secure scheme gets an origin, `'self'` and the Fetch API. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Answers `app://` requests with the built renderer's files, and nothing else (see resolveAppRequest). */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolution = resolveAppRequest(request.url, rendererRoot)
    if (resolution.status === 'refused') return new Response(null, { status: resolution.httpStatus })
    try {
      const body = await readFile(resolution.path)
      return new Response(body, { headers: { 'content-type': resolution.contentType, 'x-content-type-options': 'nosniff' } })
    } catch {
      return new Response(null, { status: 404 })
    }
  })
}
