import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppLog, describeLoggedError, formatLogLine } from './app-log'

const noon = new Date('2026-03-02T12:00:00.000Z')

describe('the log file', () => {
  let folder = ''
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('writes one entry per line, stack lines indented, with time, level and source', () => {
    expect(formatLogLine(noon, 'error', 'renderer', 'TypeError: x is undefined\nat App (index.js:3:9)')).toBe(
      '2026-03-02T12:00:00.000Z ERROR [renderer] TypeError: x is undefined\n    at App (index.js:3:9)\n'
    )
    expect(describeLoggedError('plain')).toBe('plain')
    expect(describeLoggedError(new RangeError('out of range'))).toMatch(/^RangeError: out of range\n\s+at /)
  })

  it('appends in order, creating its folder, and keeps one older file once it grows past its size', async () => {
    folder = await mkdtemp(join(tmpdir(), 'riscontro-log-'))
    const path = join(folder, 'logs', 'riscontro.log')
    const log = new AppLog(path, { maxBytes: 200, now: () => noon })
    await Promise.all([log.write('info', 'main', 'started Riscontro 0.1.0'), log.write('warn', 'main', 'settings.json damaged, set aside')])
    expect(await readFile(path, 'utf8')).toBe(
      '2026-03-02T12:00:00.000Z INFO  [main] started Riscontro 0.1.0\n2026-03-02T12:00:00.000Z WARN  [main] settings.json damaged, set aside\n'
    )
    await log.write('error', 'renderer', 'Uncaught Error: the table could not be drawn')
    expect(await readFile(join(folder, 'logs', 'riscontro.old.log'), 'utf8')).toContain('started Riscontro')
    expect(await readFile(path, 'utf8')).toBe('2026-03-02T12:00:00.000Z ERROR [renderer] Uncaught Error: the table could not be drawn\n')
  })

  it('never throws when the file cannot be written', async () => {
    folder = await mkdtemp(join(tmpdir(), 'riscontro-log-'))
    const log = new AppLog(join(folder, 'missing\0name.log'), { maxBytes: 100 })
    await expect(log.write('error', 'main', 'lost')).resolves.toBeUndefined()
  })
})
