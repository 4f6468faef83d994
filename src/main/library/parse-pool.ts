import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { problemEntry, type FileToParse } from './file-entries'
import type { CachedEntry } from './index-cache'
import type { ParseRequest, ParseResponse } from './parse-worker-protocol'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'

/** A file whose parsing takes longer is stopped and listed as over a limit (issue 15): no article comes near it. */
export const PARSE_TIME_LIMIT_MS = 10_000
/** Heap one worker may use: a file needing more is stopped like a slow one, and the app lives on. */
const WORKER_HEAP_MB = 1024
/** Files handed to a worker beyond the one it parses, so it never waits on the main thread between two. */
const FILES_AHEAD_PER_WORKER = 2
/** Files waiting beyond which another worker is started (up to one per core). */
const FILES_BEFORE_ANOTHER_WORKER = 8
/**
 * Largest file parsed on the main thread while no worker is ready yet: an article's size (the
 * corpus averages 1.5 KB), far below the hostile inputs that took seconds (0.4 MB and up), and
 * the structure and figure limits still apply to it.
 */
const MAX_BYTES_WHILE_STARTING = 64 * 1024

export interface ParsePoolOptions {
  /** Worker threads at most; one per core by default. */
  threads?: number
  timeLimitMs?: number
  /** The worker's entry module; tests pass one with an injected parser. */
  workerUrl?: URL
  /**
   * Parses a small file on this thread while no worker is ready yet, so the first files of a library
   * never wait for a worker to start (seconds under load); null parses every file on a worker (tests
   * whose injected fault lives in the worker's parser).
   */
  parseWhileStarting?: ((task: FileToParse) => Promise<CachedEntry[]>) | null
}

export class ParsePoolClosedError extends Error {
  constructor() {
    super('The library was closed while its files were being read.')
    this.name = 'ParsePoolClosedError'
  }
}

interface PendingParse {
  id: number
  task: FileToParse
  resolve: (entries: CachedEntry[]) => void
  reject: (error: Error) => void
}

interface PoolWorker {
  thread: Worker
  /** Sent and not yet answered, in the order sent: the first is the one being parsed. */
  inFlight: PendingParse[]
  /** Parsers loaded: time counts only from then. */
  ready: boolean
  timer: NodeJS.Timeout | undefined
}

/**
 * Parsing and claim extraction on worker threads, off the main process: the app's window and the
 * index's progress stay responsive while a library indexes, both cores work, and a file that takes
 * longer than the time limit (a parser's worst case on hostile input) has its worker terminated and
 * replaced: the file is listed as over a limit and the files queued behind it go to the new worker.
 * Workers start on demand and, when idle, never keep the process alive.
 */
export class ParsePool {
  private readonly workers: PoolWorker[] = []
  private readonly waiting: PendingParse[] = []
  private nextId = 0
  private closed = false
  private readonly threads: number
  private readonly timeLimitMs: number
  private readonly workerUrl: URL
  private readonly parseWhileStarting: ((task: FileToParse) => Promise<CachedEntry[]>) | null

  constructor(options: ParsePoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? availableParallelism())
    this.timeLimitMs = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl()
    this.parseWhileStarting = options.parseWhileStarting ?? null
  }

  /** The file's index entries; over the time or memory limit, one entry saying so. */
  parse(task: FileToParse): Promise<CachedEntry[]> {
    if (this.closed) return Promise.reject(new ParsePoolClosedError())
    if (this.parseWhileStarting && task.bytes.byteLength <= MAX_BYTES_WHILE_STARTING && !this.workers.some((worker) => worker.ready)) {
      this.startOneWorker()
      const { file, size, mtimeMs } = task
      return this.parseWhileStarting(task).catch((error: unknown) => [parserFailedEntry(file, size, mtimeMs, error instanceof Error ? error.message : String(error))])
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject })
      this.dispatch()
    })
  }

  /** Starts a worker now if none runs, so the next file (the watcher's) does not wait for one to start. */
  startOneWorker(): void {
    if (!this.closed && this.workers.length === 0) this.startWorker()
  }

  /** Stops idle workers beyond `keep` (after bulk indexing, one stays for the watcher's updates). */
  releaseIdleWorkers(keep: number): void {
    for (const worker of this.workers.filter((candidate) => candidate.inFlight.length === 0).slice(keep)) this.retire(worker)
  }

  /** Terminates every worker; parses not finished are rejected with `ParsePoolClosedError`. */
  async close(): Promise<void> {
    this.closed = true
    const unfinished = [...this.waiting.splice(0), ...this.workers.flatMap((worker) => worker.inFlight)]
    const stopping = [...this.workers].map((worker) => this.retire(worker))
    for (const pending of unfinished) pending.reject(new ParsePoolClosedError())
    await Promise.all(stopping)
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.leastBusyWorker()
      if (worker.inFlight.length > FILES_AHEAD_PER_WORKER) return
      this.send(worker, this.waiting.shift()!)
    }
  }

  /**
   * The worker with the fewest files; a new one when all are busy, files are piling up and the pool
   * may grow (a worker costs a start-up and its own copy of the parsers: a handful of files, or the
   * watcher's one, do not need a second).
   */
  private leastBusyWorker(): PoolWorker {
    let best: PoolWorker | undefined
    for (const worker of this.workers) if (!best || worker.inFlight.length < best.inFlight.length) best = worker
    const pilingUp = this.waiting.length > FILES_BEFORE_ANOTHER_WORKER
    if (best && (best.inFlight.length === 0 || !pilingUp || this.workers.length >= this.threads)) return best
    return this.startWorker()
  }

  private send(worker: PoolWorker, pending: PendingParse): void {
    worker.inFlight.push(pending)
    if (worker.inFlight.length === 1) {
      worker.thread.ref()
      this.startClock(worker)
    }
    // A copy of just the file's bytes, moved to the worker: a pooled Buffer would send its whole pool,
    // and the original stays here in case the file must go to another worker.
    const bytes = new Uint8Array(pending.task.bytes)
    const request: ParseRequest = { id: pending.id, task: { ...pending.task, bytes } }
    worker.thread.postMessage(request, [bytes.buffer])
  }

  private startClock(worker: PoolWorker): void {
    clearTimeout(worker.timer)
    worker.timer = worker.ready && worker.inFlight.length > 0 ? setTimeout(() => this.stopStuckWorker(worker), this.timeLimitMs) : undefined
  }

  private startWorker(): PoolWorker {
    const thread = startParseThread(this.workerUrl)
    const worker: PoolWorker = { thread, inFlight: [], ready: false, timer: undefined }
    thread.on('message', (response: ParseResponse) => this.receive(worker, response))
    thread.on('error', (error) => this.replaceCrashedWorker(worker, error))
    thread.on('exit', (code) => this.replaceCrashedWorker(worker, new Error(`the reader stopped (exit code ${code})`)))
    thread.unref()
    this.workers.push(worker)
    return worker
  }

  private receive(worker: PoolWorker, response: ParseResponse): void {
    if ('ready' in response) {
      worker.ready = true
      this.startClock(worker)
      return
    }
    const pending = worker.inFlight.shift()
    if (!pending || pending.id !== response.id) return
    this.startClock(worker)
    if (worker.inFlight.length === 0) worker.thread.unref()
    const { file, size, mtimeMs } = pending.task
    pending.resolve('entriesJson' in response ? (JSON.parse(response.entriesJson) as CachedEntry[]) : [parserFailedEntry(file, size, mtimeMs, response.error)])
    this.dispatch()
  }

  private stopStuckWorker(worker: PoolWorker): void {
    const seconds = Math.round(this.timeLimitMs / 100) / 10
    this.failHead(worker, 'over-limit', userMessage('readTimeLimit', { seconds }))
  }

  private replaceCrashedWorker(worker: PoolWorker, error: Error): void {
    if (!this.workers.includes(worker)) return
    const outOfMemory = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY'
    this.failHead(
      worker,
      outOfMemory ? 'over-limit' : 'unreadable',
      outOfMemory ? userMessage('readMemoryLimit', { megabytes: WORKER_HEAP_MB }) : userMessage('readerFailed', { reason: error.message })
    )
  }

  /** The file being parsed is listed with the reason; the worker is replaced and the files queued on it go back to the queue. */
  private failHead(worker: PoolWorker, status: 'over-limit' | 'unreadable', problem: UserMessage): void {
    const [head, ...queued] = worker.inFlight
    worker.inFlight = []
    void this.retire(worker)
    this.waiting.unshift(...queued)
    if (head) head.resolve([problemEntry(head.task.file, status, problem, head.task.size, head.task.mtimeMs)])
    if (!this.closed) this.dispatch()
  }

  private retire(worker: PoolWorker): Promise<number> {
    clearTimeout(worker.timer)
    const at = this.workers.indexOf(worker)
    if (at !== -1) this.workers.splice(at, 1)
    return worker.thread.terminate()
  }
}

/** A parser bug on one odd file: the file is listed with it, the rest indexes. */
function parserFailedEntry(file: string, size: number, mtimeMs: number, error: string): CachedEntry {
  return problemEntry(file, 'unreadable', userMessage('readerFailed', { reason: error }), size, mtimeMs)
}

/** Bundled builds hold `parse-worker.js` beside the main entry; from source (tsx, vitest, Playwright) it is the `.ts` file. */
function defaultWorkerUrl(): URL {
  const entry = import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js'
  return new URL(entry, import.meta.url)
}

function startParseThread(workerUrl: URL): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB }
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, { resourceLimits })
  // From source, the worker compiles TypeScript through tsx as its parent does; a worker does not
  // inherit the parent's module hooks, so it loads them itself before the entry.
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`
  return new Worker(boot, { eval: true, resourceLimits })
}
