import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { requestChannels, type RiscontroRequests } from '../../src/shared/contract'
import { createRequestHandlers, settleRequest, type DesktopEffects } from '../../src/main/api/request-handlers'
import type { LibraryService } from '../../src/main/app/library-service'

/**
 * Electron cannot be downloaded on our CI machines, so end-to-end tests run the built renderer in
 * Chromium and stand in for the preload: this loopback server exposes the real main-process
 * request handlers and service events, and `installBridge` (page side) implements the same
 * `RiscontroApi` over fetch and server-sent events.
 */
export interface BridgeServer {
  url: string
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

export async function startBridgeServer(options: { service: LibraryService; rendererDir: string; effects: DesktopEffects }): Promise<BridgeServer> {
  const handlers = createRequestHandlers(options.service, options.effects)
  const requestNames = new Set(Object.keys(requestChannels))
  const eventStreams = new Set<ServerResponse>()
  const unsubscribe = options.service.subscribe((event) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`
    for (const stream of eventStreams) stream.write(frame)
  })

  const server: Server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error))
    })
  })

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      response.write(': connected\n\n')
      eventStreams.add(response)
      request.on('close', () => eventStreams.delete(response))
      return
    }
    if (url.pathname.startsWith('/api/') && request.method === 'POST') {
      const name = url.pathname.slice('/api/'.length)
      if (!requestNames.has(name)) {
        response.writeHead(404).end()
        return
      }
      const args = JSON.parse((await readBody(request)) || '[]') as unknown[]
      const handler: (...args: unknown[]) => Promise<unknown> = handlers[name as keyof RiscontroRequests]
      const outcome = await settleRequest(() => handler(...args))
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(outcome))
      return
    }
    await serveStatic(options.rendererDir, url.pathname, response)
  }

  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      unsubscribe()
      for (const stream of eventStreams) stream.end()
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()))
      // The page's keep-alive connections would hold close() open until they time out.
      server.closeAllConnections()
      await closed
    }
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const relativePath = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
  const path = resolve(join(root, relativePath))
  if (!path.startsWith(resolve(root))) {
    response.writeHead(403).end()
    return
  }
  const stats = await stat(path).catch(() => null)
  if (!stats?.isFile()) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' })
  createReadStream(path).pipe(response)
}
