import { parentPort } from 'node:worker_threads'
import type { FileToParse } from './file-entries'
import type { CachedEntry } from './index-cache'

/** The messages between the parse pool (main thread) and a parse worker. */
export interface ParseRequest {
  id: number
  task: FileToParse
}

/**
 * `ready` once the worker has loaded its parsers: a file's time limit counts from then, not from
 * start-up. A file's entries travel as one JSON string: the main thread parses it in about half the
 * time it took to rebuild their many small objects (every claim's fields) from a structured clone,
 * and the stringifying is done on the worker (issue 14: the main thread must not be the bottleneck).
 */
export type ParseResponse = { ready: true } | { id: number; entriesJson: string } | { id: number; error: string }

/**
 * Runs on a worker: parses each file it is sent with `parse` and answers with its entries, one
 * answer per file in the order they came. An error thrown by the parser is an answer too (the pool
 * lists the file as unreadable), so one odd file never takes the worker down.
 */
export function serveParseRequests(parse: (task: FileToParse) => Promise<CachedEntry[]>): void {
  const port = parentPort
  if (!port) throw new Error('serveParseRequests runs on a worker thread.')
  // Requests are answered one at a time, in order: the pool times each file from the previous answer.
  let queue = Promise.resolve()
  port.on('message', (request: ParseRequest) => {
    queue = queue.then(async () => {
      let response: ParseResponse
      try {
        response = { id: request.id, entriesJson: JSON.stringify(await parse(request.task)) }
      } catch (error) {
        response = { id: request.id, error: error instanceof Error ? error.message : String(error) }
      }
      port.postMessage(response)
    })
  })
  port.postMessage({ ready: true } satisfies ParseResponse)
}
