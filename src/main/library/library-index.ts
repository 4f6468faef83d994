import { close, constants, fstat, open, read } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { compareText } from '../../shared/compare-text'
import type { ArticleSummary, ArticleView, Claim, IndexProgress } from '../../shared/model'
import { articleFormatOf } from '../articles/article-format'
import { isInsideFolder } from '../storage/folder-paths'
import { LibraryError } from '../storage/library-error'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'
import { entryBeforeReading, entryBeingRead, megabytes, MAX_ARTICLE_BYTES, problemEntry } from './file-entries'
import { loadIndexCache, saveIndexCache, type CachedEntry } from './index-cache'
import type { FileToParse } from './file-entries'
import { ParsePool, ParsePoolClosedError, type ParsePoolOptions } from './parse-pool'
import { describeFileError, describeSpecialFile, isErrorCode, walkFolder, type WalkedEntry } from './walk-folder'

/**
 * The readers and the claim extractor (and the packages they use), loaded when this thread first
 * needs them: a start that finds nothing changed, or a CLI search, never loads them; parsing
 * happens on the workers (issue 14: loading them was a good part of a warm run).
 */
const loadParsers = async () => {
  const [{ parseFileEntries, extractArticleClaims }, { readArticleFile }] = await Promise.all([import('./parse-file-entries'), import('../articles/parse-article')])
  return { parseFileEntries, extractArticleClaims, readArticleFile }
}

async function parseOnThisThread(task: FileToParse): Promise<CachedEntry[]> {
  return (await loadParsers()).parseFileEntries(task)
}

/** Files read at once while indexing: enough to keep the disk busy, few enough to bound memory. */
const READ_CONCURRENCY = 16
/** Deltas are sent in batches so the renderer is not flooded with one message per file. */
const DELTA_FLUSH_MS = 100
const DELTA_FLUSH_SIZE = 500
/** Progress is reported at most this often (and always at the end). */
const PROGRESS_EVERY_MS = 50

export type IndexPhase = IndexProgress['phase']

export interface LibraryIndexListener {
  onProgress(progress: { phase: IndexPhase; done: number; total: number }): void
  onChange(change: { upserted: ArticleSummary[]; removed: string[] }): void
}

/**
 * File reading, injectable so tests can simulate permission errors and files vanishing mid-read.
 * `size` is the file's size when the folder walk saw it, if known.
 */
export type ReadFileBytes = (absolutePath: string, size?: number) => Promise<Uint8Array>

/** What the file turned out to be when opened: not a regular file, or over the size limit while read. */
export class UnreadableKindError extends Error {
  constructor(
    readonly code: 'ESPECIAL' | 'ETOOLARGE',
    readonly problem: UserMessage
  ) {
    super(problem.message)
    this.name = 'UnreadableKindError'
  }
}

/** O_NONBLOCK: opening a FIFO swapped in after the walk returns at once instead of waiting for a writer. */
const OPEN_FLAGS = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK

/**
 * Reads a whole regular file, at most `MAX_ARTICLE_BYTES`. What is opened is checked with fstat on
 * the open descriptor, so a FIFO, socket or device swapped in after the walk is refused, never read
 * (a FIFO hung the scan until kill -9, issue 15), and the limit is enforced while reading, so a file
 * growing during the scan stops at it. Three requests for a small file (open and fstat, one read,
 * close) through the callback API: `fs.promises.readFile` makes more, each with its promise, and on
 * the small files of a library that overhead cost a third as much as parsing the article. A file that
 * grew since the walk is read on to its end: the first read asks for one byte more than the walk saw.
 */
export function readFileBytes(absolutePath: string, size?: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    open(absolutePath, OPEN_FLAGS, (openError, fd) => {
      if (openError) {
        reject(openError)
        return
      }
      const chunks: Buffer[] = []
      let total = 0
      // As fs.promises.readFile does: a read error wins over a close error.
      const finish = (readError: Error | null): void =>
        close(fd, (closeError) => {
          const error = readError ?? closeError
          if (error) reject(error)
          else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))
        })
      const readChunk = (capacity: number): void => {
        const buffer = Buffer.allocUnsafe(capacity)
        read(fd, buffer, 0, capacity, null, (readError, bytesRead) => {
          if (readError) {
            finish(readError)
            return
          }
          chunks.push(buffer.subarray(0, bytesRead))
          total += bytesRead
          if (total > MAX_ARTICLE_BYTES) finish(tooLargeWhileRead())
          else if (bytesRead < capacity) finish(null)
          else readChunk(Math.min(capacity * 2, MAX_ARTICLE_BYTES + 1 - total))
        })
      }
      fstat(fd, (statError, stats) => {
        if (statError) finish(statError)
        else if (!stats.isFile()) finish(new UnreadableKindError('ESPECIAL', describeSpecialFile(stats)))
        else if (stats.size > MAX_ARTICLE_BYTES) finish(tooLargeWhileRead())
        else readChunk(Math.min((size ?? stats.size) + 1, MAX_ARTICLE_BYTES + 1))
      })
    })
  })
}

function tooLargeWhileRead(): UnreadableKindError {
  return new UnreadableKindError('ETOOLARGE', userMessage('fileGrewTooLarge', { limit: megabytes(MAX_ARTICLE_BYTES) }))
}

export class ArticleNotFoundError extends LibraryError {
  override name = 'ArticleNotFoundError'

  constructor(articleId: string) {
    super('articleNotFound', { id: articleId })
  }
}

/**
 * The index of one library folder: what each file is, kept current file by file.
 * Pure Node: the app, the CLI and the tests use it alike.
 */
export class LibraryIndex {
  private readonly entries = new Map<string, CachedEntry>()
  private readonly fileById = new Map<string, string>()
  /** For a file holding several articles (a feed), the entry keys of its articles. */
  private readonly partsBySource = new Map<string, Set<string>>()
  private pendingUpserts = new Map<string, ArticleSummary>()
  private pendingRemovals = new Set<string>()
  private flushTimer: NodeJS.Timeout | undefined
  private saveTimer: NodeJS.Timeout | undefined
  private closed = false
  private readonly refreshing = new Map<string, Promise<void>>()
  /** Entries changed since the cache was last written. */
  private dirty = false
  /** Counts changes to the entries, so work derived from them (aligned rows) knows when to redo itself. */
  private changeCount = 0
  /** What `claimsById` answers, and the `changeCount` it was built for. */
  private claimLookup: { revision: number; claims: Map<string, Claim> } | null = null
  /**
   * Files the walk in progress has found, or null outside a walk: every batch of the list sent
   * during the walk is followed by the count, so "N found" never lags the files listed.
   */
  private walkedCount: number | null = null
  /** Cache writes run one after another; close() waits for the last, so no write outlives the index. */
  private lastSave: Promise<void> = Promise.resolve()

  /** Parses files on worker threads, each within a time limit; owned by this index and closed with it. */
  private readonly pool: ParsePool

  constructor(
    readonly folder: string,
    private readonly dataDir: string,
    private readonly listener: LibraryIndexListener,
    private readonly readBytes: ReadFileBytes = readFileBytes,
    poolOptions: ParsePoolOptions = {}
  ) {
    this.pool = new ParsePool({ parseWhileStarting: parseOnThisThread, ...poolOptions })
  }

  /** Every file of the library, in path order (deterministic). */
  summaries(): ArticleSummary[] {
    return [...this.entries.values()].map((entry) => entry.summary).sort((a, b) => compareText(a.file, b.file))
  }

  revision(): number {
    return this.changeCount
  }

  /** The claims of one article, in text order; none for an unknown id. */
  claimsOf(articleId: string): Claim[] {
    const file = this.fileById.get(articleId)
    return (file === undefined ? undefined : this.entries.get(file)?.claims) ?? []
  }

  /** The cleaned text of one article; empty for an unknown id. */
  textOf(articleId: string): string {
    const file = this.fileById.get(articleId)
    return (file === undefined ? undefined : this.entries.get(file)?.text) ?? ''
  }

  /** What the article was read from, as a digest (`CachedEntry.digest`); empty for an unknown id or an unread file. */
  contentKeyOf(articleId: string): string {
    const file = this.fileById.get(articleId)
    return (file === undefined ? undefined : this.entries.get(file)?.digest) ?? ''
  }

  /** Every claim by id, built once per revision: notes look their targets up on every autosave. */
  claimsById(): ReadonlyMap<string, Claim> {
    if (this.claimLookup?.revision !== this.changeCount) {
      const claims = new Map<string, Claim>()
      for (const entry of this.entries.values()) for (const claim of entry.claims) claims.set(claim.id, claim)
      this.claimLookup = { revision: this.changeCount, claims }
    }
    return this.claimLookup.claims
  }

  articlesById(): ReadonlyMap<string, ArticleSummary> {
    return new Map([...this.entries.values()].map((entry) => [entry.summary.id, entry.summary]))
  }

  /** Every entry with its cleaned text (empty for files that are not readable articles), in no set order. */
  articlesWithText(): Iterable<{ summary: ArticleSummary; text: string }> {
    return this.entries.values()
  }

  /** Every claim of the library's readable articles, in path then text order (deterministic). */
  claims(): Claim[] {
    return [...this.entries.values()]
      .sort((a, b) => compareText(a.summary.file, b.summary.file))
      .flatMap((entry) => entry.claims)
  }

  /** Fills the index from the last run's cache, so a restart shows the list before anything is re-read. */
  async loadCache(): Promise<void> {
    const wasDirty = this.dirty
    for (const entry of await loadIndexCache(this.dataDir, this.folder)) this.setEntry(entry)
    // Entries just read from the cache are already in it: a restart that finds nothing changed need not rewrite it.
    this.dirty = wasDirty
  }

  /**
   * Brings the index in line with the folder: re-reads only files whose size or modification time
   * changed since the cache, drops files that are gone, and reports progress and changes as it goes.
   */
  async index(): Promise<void> {
    const walked: WalkedEntry[] = []
    // With no cache every file will be parsed: a worker starts while the folder is walked.
    if (this.entries.size === 0) this.pool.startOneWorker()
    // Progress by time, not by count, so a page that connects mid-walk soon hears where indexing is.
    let lastProgressAt = 0
    const reportProgress = (phase: IndexPhase, done: number, total: number): void => {
      const now = Date.now()
      if (now - lastProgressAt < PROGRESS_EVERY_MS && !(phase === 'indexing' && done === total)) return
      lastProgressAt = now
      this.listener.onProgress({ phase, done, total })
    }
    reportProgress('scanning', 0, 0)
    this.walkedCount = 0
    try {
      // The data folder may lie inside the library (a library opened at the home folder): never index it.
      for await (const entry of walkFolder(this.folder, { excludedFolders: [this.dataDir] })) {
        if (this.closed) return
        this.walkedCount = walked.push(entry)
        // Listed as found, before any worker reads it: the list never waits for parsing to show a file.
        if (entry.kind === 'file' && this.keysOf(entry.file).length === 0) {
          this.setEntry(entryBeforeReading(entry.file, entry.size, entry.mtimeMs) ?? entryBeingRead(entry.file, entry.size, entry.mtimeMs))
        }
        reportProgress('scanning', walked.length, 0)
      }

      const seen = new Set(walked.map((entry) => entry.file))
      for (const [file, entry] of [...this.entries]) if (!seen.has(entry.sourceFile ?? file)) this.deleteEntry(file)
      this.flushChanges()
    } finally {
      this.walkedCount = null
    }

    let done = 0
    const total = walked.length
    lastProgressAt = 0
    reportProgress('indexing', done, total)

    let next = 0
    const worker = async (): Promise<void> => {
      while (next < walked.length && !this.closed) {
        const entry = walked[next++]!
        const cachedKey = this.keysOf(entry.file)[0]
        const cached = cachedKey === undefined ? undefined : this.entries.get(cachedKey)
        const read = cached !== undefined && cached.summary.status !== 'indexing'
        if (entry.kind === 'problem') {
          this.replaceEntries(entry.file, [problemEntry(entry.file, entry.status, entry.problem)])
        } else if (!read || cached.size !== entry.size || cached.mtimeMs !== entry.mtimeMs) {
          const entries = await readEntries(this.readBytes, this.pool, entry.file, entry.absolutePath, entry.size, entry.mtimeMs).catch(whenOpen)
          if (entries === undefined) return
          this.replaceEntries(entry.file, entries ?? [])
        }
        done++
        reportProgress('indexing', done, total)
      }
    }
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker))
    if (this.closed) return
    // One worker stays for the watcher's one-file updates; the others' memory goes back.
    this.pool.releaseIdleWorkers(1)
    this.flushChanges()
    this.listener.onProgress({ phase: 'ready', done: total, total })
    if (this.dirty) await this.saveCache()
  }

  /**
   * Re-reads one file after the watcher saw it added or changed; a file now gone is removed.
   * Refreshes of one file run one after another, so a slow read of a half-written file can never
   * land after the read of its final version.
   */
  refreshFile(file: string): Promise<void> {
    const previous = this.refreshing.get(file) ?? Promise.resolve()
    const next = previous.then(() => this.rereadFile(file))
    this.refreshing.set(file, next)
    void next.finally(() => {
      if (this.refreshing.get(file) === next) this.refreshing.delete(file)
    })
    return next
  }

  private async rereadFile(file: string): Promise<void> {
    const absolutePath = join(this.folder, file)
    let indexed: CachedEntry[] | null
    try {
      const real = await realpath(absolutePath)
      if (!isInsideFolder(await realpath(this.folder), real)) {
        indexed = [problemEntry(file, 'link-outside-library', userMessage('linkOutside'))]
      } else {
        const stats = await stat(absolutePath)
        indexed = stats.isFile()
          ? await readEntries(this.readBytes, this.pool, file, absolutePath, stats.size, stats.mtimeMs)
          : stats.isDirectory()
            ? null
            : [problemEntry(file, 'special-file', describeSpecialFile(stats))]
      }
    } catch (error) {
      if (error instanceof ParsePoolClosedError) return
      indexed = isErrorCode(error, 'ENOENT') ? null : [problemEntry(file, 'unreadable', describeFileError(error))]
    }
    if (this.closed) return
    this.replaceEntries(file, indexed ?? [])
    // A single change is shown at once; only bulk indexing batches its deltas.
    this.flushChanges()
    this.scheduleSave()
  }

  /**
   * Has a parse worker ready for the watcher's one-file updates: after a start that found nothing
   * changed, none was needed yet, and starting one takes longer than parsing a file.
   */
  prepareForChanges(): void {
    this.pool.startOneWorker()
  }

  /** Removes a file, or every file below `fileOrFolder` when it names a deleted folder. */
  removeFiles(fileOrFolder: string): void {
    const prefix = fileOrFolder.endsWith('/') ? fileOrFolder : fileOrFolder + '/'
    for (const [key, entry] of [...this.entries]) {
      const file = entry.sourceFile ?? key
      if (file === fileOrFolder || file.startsWith(prefix)) this.deleteEntry(key)
    }
    this.flushChanges()
    this.scheduleSave()
  }

  /** Reads an article for the reading pane, fresh from disk so the view always matches the file. */
  async readArticle(articleId: string): Promise<ArticleView> {
    const file = this.fileById.get(articleId)
    const entry = file === undefined ? undefined : this.entries.get(file)
    if (file === undefined || !entry) throw new ArticleNotFoundError(articleId)
    const emptyView: ArticleView = {
      summary: entry.summary,
      encoding: '',
      warnings: [],
      document: { text: '', blocks: [], boilerplate: [], restoredQuotes: [], sourceMap: [] },
      claims: []
    }
    if (entry.summary.status !== 'ok') return emptyView

    const sourceFile = entry.sourceFile ?? file
    const absolutePath = join(this.folder, sourceFile)
    // Confine reads to the library even if a link was swapped after indexing.
    const real = await realpath(absolutePath).catch(() => absolutePath)
    if (!isInsideFolder(await realpath(this.folder), real)) throw new ArticleNotFoundError(articleId)
    let bytes: Uint8Array
    try {
      bytes = await this.readBytes(absolutePath)
    } catch (error) {
      await this.refreshFile(sourceFile)
      if (isErrorCode(error, 'ENOENT')) throw new ArticleNotFoundError(articleId)
      throw new Error(`${sourceFile}: ${describeFileError(error).message}`, { cause: error })
    }
    const format = articleFormatOf(sourceFile)
    if (!format) return emptyView
    const { readArticleFile, extractArticleClaims } = await loadParsers()
    const reading = await readArticleFile(bytes, format, basename(sourceFile))
    const part = entry.sourceFile === undefined ? null : file.slice(entry.sourceFile.length + 1)
    const parsed = reading.ok ? reading.articles.find((article) => article.part === part) : undefined
    if (!parsed) {
      await this.refreshFile(sourceFile)
      return { ...emptyView, summary: this.entries.get(file)?.summary ?? entry.summary }
    }
    const claims = extractArticleClaims(parsed, articleId)
    return { summary: entry.summary, encoding: parsed.encoding, warnings: parsed.warnings, document: parsed.document, claims }
  }

  /** Stops work in progress and timers; pending changes are saved. */
  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.flushTimer)
    clearTimeout(this.saveTimer)
    await this.pool.close()
    await Promise.allSettled(this.refreshing.values())
    // Work done before a close (even mid-index) is kept, so the next start need not redo it.
    if (this.dirty) await this.saveCache()
    await this.lastSave
  }

  /** The entry keys of a file: its own, or its articles' when it holds several. */
  private keysOf(file: string): string[] {
    const parts = this.partsBySource.get(file)
    const keys = parts ? [...parts] : []
    if (this.entries.has(file)) keys.push(file)
    return keys
  }

  /** A file read again: its articles replace those it held before (a feed's items come and go). */
  private replaceEntries(file: string, entries: readonly CachedEntry[]): void {
    const fresh = new Set(entries.map((entry) => entry.summary.file))
    for (const key of this.keysOf(file)) if (!fresh.has(key)) this.deleteEntry(key)
    for (const entry of entries) this.setEntry(entry)
  }

  private setEntry(entry: CachedEntry): void {
    if (entry.sourceFile !== undefined) {
      const parts = this.partsBySource.get(entry.sourceFile) ?? new Set<string>()
      parts.add(entry.summary.file)
      this.partsBySource.set(entry.sourceFile, parts)
    }
    const previous = this.entries.get(entry.summary.file)
    this.entries.set(entry.summary.file, entry)
    this.fileById.set(entry.summary.id, entry.summary.file)
    this.dirty = true
    this.changeCount++
    if (previous && sameSummary(previous.summary, entry.summary)) return
    this.pendingRemovals.delete(entry.summary.id)
    this.pendingUpserts.set(entry.summary.id, entry.summary)
    this.scheduleFlush()
  }

  private deleteEntry(file: string): void {
    const entry = this.entries.get(file)
    if (!entry) return
    this.entries.delete(file)
    if (entry.sourceFile !== undefined) {
      const parts = this.partsBySource.get(entry.sourceFile)
      parts?.delete(file)
      if (parts?.size === 0) this.partsBySource.delete(entry.sourceFile)
    }
    this.fileById.delete(entry.summary.id)
    this.dirty = true
    this.changeCount++
    this.pendingUpserts.delete(entry.summary.id)
    this.pendingRemovals.add(entry.summary.id)
    this.scheduleFlush()
  }

  private scheduleFlush(): void {
    if (this.pendingUpserts.size + this.pendingRemovals.size >= DELTA_FLUSH_SIZE) {
      this.flushChanges()
      return
    }
    this.flushTimer ??= setTimeout(() => this.flushChanges(), DELTA_FLUSH_MS)
  }

  private flushChanges(): void {
    clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    if (this.closed || (this.pendingUpserts.size === 0 && this.pendingRemovals.size === 0)) return
    const upserted = [...this.pendingUpserts.values()]
    const removed = [...this.pendingRemovals]
    this.pendingUpserts = new Map()
    this.pendingRemovals = new Set()
    this.listener.onChange({ upserted, removed })
    if (this.walkedCount !== null) this.listener.onProgress({ phase: 'scanning', done: this.walkedCount, total: 0 })
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined
      void this.saveCache()
    }, 500)
  }

  private saveCache(): Promise<void> {
    this.dirty = false
    const entries = [...this.entries.values()].filter((entry) => entry.summary.status !== 'indexing')
    // The cache only speeds up the next start; failing to write it must never break the library.
    this.lastSave = this.lastSave.then(() => saveIndexCache(this.dataDir, this.folder, entries).catch(() => undefined))
    return this.lastSave
  }
}

/** A parse cut short by closing the index is no result (undefined); any other failure is an error. */
function whenOpen(error: unknown): undefined {
  if (error instanceof ParsePoolClosedError) return undefined
  throw error
}

function sameSummary(a: ArticleSummary, b: ArticleSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Reads one file and parses it on the pool into its index entries (one per article: a feed holds
 * several); null when the file vanished meanwhile.
 */
async function readEntries(
  readBytes: ReadFileBytes,
  pool: ParsePool,
  file: string,
  absolutePath: string,
  size: number,
  mtimeMs: number
): Promise<CachedEntry[] | null> {
  const unread = entryBeforeReading(file, size, mtimeMs)
  if (unread) return [unread]
  let bytes: Uint8Array
  try {
    bytes = await readBytes(absolutePath, size)
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return null
    if (error instanceof UnreadableKindError) return [problemEntry(file, error.code === 'ESPECIAL' ? 'special-file' : 'too-large', error.problem, size, mtimeMs)]
    return [problemEntry(file, 'unreadable', describeFileError(error), size, mtimeMs)]
  }
  return pool.parse({ file, bytes, size, mtimeMs })
}
