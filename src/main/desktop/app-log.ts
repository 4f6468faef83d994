import { appendFile, mkdir, rename, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { SerialQueue } from '../storage/serial-queue'

export type LogLevel = 'info' | 'warn' | 'error'

/** One line per entry (later lines of a message or stack indented), so the file reads with `grep`. */
export function formatLogLine(time: Date, level: LogLevel, source: string, message: string): string {
  return `${time.toISOString()} ${level.toUpperCase().padEnd(5)} [${source}] ${message.replace(/\r?\n/g, '\n    ')}\n`
}

/** An error's stack when it has one (it names the message too), else its text. */
export function describeLoggedError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return String(error)
}

/**
 * The app's log file (`<data folder>/logs/riscontro.log`): errors from main and from the page, and
 * processes that stopped, for a user to attach to a report. Entries are appended in order; past
 * `maxBytes` the file is renamed to `riscontro.old.log` (replacing the previous one), so two files
 * at most are kept. Writing a log never throws: a log that cannot be written is not worth a crash.
 */
export class AppLog {
  private readonly queue = new SerialQueue()

  constructor(
    readonly path: string,
    private readonly options: { maxBytes: number; now?: () => Date } = { maxBytes: 1_000_000 }
  ) {}

  write(level: LogLevel, source: string, message: string): Promise<void> {
    const line = formatLogLine((this.options.now ?? (() => new Date()))(), level, source, message)
    return this.queue.run(async () => {
      try {
        await mkdir(dirname(this.path), { recursive: true })
        const size = await stat(this.path).then((info) => info.size, () => 0)
        if (size > 0 && size + Buffer.byteLength(line) > this.options.maxBytes) await rename(this.path, this.path.replace(/(\.log)?$/, '.old.log'))
        await appendFile(this.path, line)
      } catch {
        // Nowhere left to report it: the log is the report.
      }
    })
  }
}
