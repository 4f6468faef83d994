import type { Note } from './note-types'

export interface NotesAutosaverOptions {
  /** Quiet time after the last change before saving. */
  delayMs?: number
  /** Longest a change waits while the user keeps typing, so a crash loses at most this much. */
  maxWaitMs?: number
  /** A save started by the timer failed; the notes stay pending and are retried on the next change or flush. */
  onError?: (error: unknown) => void
}

/**
 * Saves the notes shortly after the user stops typing, and at least once a second while they keep
 * typing. Saves never overlap: a change made during a save is written right after it. Call
 * `flush()` before quitting or switching library, and `dispose()` when done.
 */
export class NotesAutosaver {
  private readonly delayMs: number
  private readonly maxWaitMs: number
  private readonly onError: (error: unknown) => void
  private pending: readonly Note[] | null = null
  private firstPendingAt: number | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private disposed = false

  constructor(
    private readonly save: (notes: readonly Note[]) => Promise<void>,
    options: NotesAutosaverOptions = {}
  ) {
    this.delayMs = options.delayMs ?? 300
    this.maxWaitMs = Math.max(options.maxWaitMs ?? 1000, this.delayMs)
    this.onError = options.onError ?? (() => undefined)
  }

  /** True while a change is waiting to be written or being written. */
  get busy(): boolean {
    return this.pending !== null || this.inFlight !== null
  }

  /** Records the latest notes; only the newest version is written. */
  schedule(notes: readonly Note[]): void {
    if (this.disposed) throw new Error('The notes autosaver was disposed; open the library again to edit notes.')
    const now = Date.now()
    this.pending = notes
    this.firstPendingAt ??= now
    this.clearTimer()
    const wait = Math.min(this.delayMs, this.maxWaitMs - (now - this.firstPendingAt))
    this.timer = setTimeout(() => {
      this.timer = null
      this.write().catch(this.onError)
    }, Math.max(0, wait))
  }

  /** Writes what is pending now and waits until everything scheduled so far is on disk. Rejects if a save fails. */
  async flush(): Promise<void> {
    this.clearTimer()
    await this.write()
  }

  /** Flushes, then refuses further changes. */
  async dispose(): Promise<void> {
    this.disposed = true
    await this.flush()
  }

  private write(): Promise<void> {
    if (this.inFlight) {
      // The running drain picks the pending notes up; wait for it, then for anything left over.
      return this.inFlight.then(() => (this.pending ? this.write() : undefined))
    }
    if (!this.pending) return Promise.resolve()
    this.inFlight = this.drain().finally(() => {
      this.inFlight = null
    })
    return this.inFlight
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const notes = this.pending
      this.pending = null
      this.firstPendingAt = null
      this.clearTimer()
      try {
        await this.save(notes)
      } catch (error) {
        // Keep the unsaved notes unless newer ones arrived meanwhile, so nothing typed is lost.
        if (!this.pending) {
          this.pending = notes
          this.firstPendingAt = Date.now()
        }
        throw error
      }
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
