import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryIndex, readFileBytes } from '../library/library-index'
import type { ParsePoolOptions } from '../library/parse-pool'

/**
 * Issue 15, item 4: no file can hang the library. Parsing runs on worker threads; a file whose
 * parsing passes the time limit has its worker terminated and replaced, is listed as over a limit
 * with what happened and what to do, and the files queued behind it are indexed by the new worker.
 * The fault is injected (a worker whose parser spins on one file), never measured as a speed.
 */

const stallingWorker = new URL('./fixtures/stalling-parse-worker.ts', import.meta.url)
let workDir: string
let libraryDir: string

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-parse-limit-'))
  libraryDir = join(workDir, 'library')
  await cp(resolve('resources/sample-library'), libraryDir, { recursive: true })
})

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true })
})

/** The fault lives in the worker's parser: every file goes to a worker, none is parsed while the first one starts. */
const onWorkersOnly = { parseWhileStarting: null }

async function indexWith(poolOptions: ParsePoolOptions): Promise<LibraryIndex> {
  const index = new LibraryIndex(libraryDir, join(workDir, 'data'), { onProgress: () => undefined, onChange: () => undefined }, readFileBytes, {
    ...onWorkersOnly,
    ...poolOptions
  })
  await index.index()
  await index.close()
  return index
}

describe('a file that hangs its parser', () => {
  it('is stopped at the time limit and listed as over a limit, and every other file indexes', async () => {
    // One worker: the sample articles queue behind the stuck file and must reach the replacement worker.
    await writeFile(join(libraryDir, '000_bloccato.txt'), 'Le truppe sono 11.000 secondo le stime.')
    const index = await indexWith({ threads: 1, timeLimitMs: 3000, workerUrl: stallingWorker })
    const stuck = index.summaries().find((summary) => summary.file === '000_bloccato.txt')
    expect(stuck).toMatchObject({ status: 'over-limit', reason: expect.stringMatching(/took longer than 3 s, so Riscontro stopped it and skipped the file/) })
    expect(index.summaries().filter((summary) => summary.status === 'ok')).toHaveLength(5)
  })

  it('a worker that dies on a file costs only that file', async () => {
    await writeFile(join(libraryDir, '000_schianto.txt'), 'Le truppe sono 11.000 secondo le stime.')
    const index = await indexWith({ threads: 1, workerUrl: stallingWorker })
    const crashed = index.summaries().find((summary) => summary.file === '000_schianto.txt')
    expect(crashed).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/exit code 3/) })
    expect(index.summaries().filter((summary) => summary.status === 'ok')).toHaveLength(5)
  })

  it('a file changed while the library is open is held to the same limit', async () => {
    const index = new LibraryIndex(libraryDir, join(workDir, 'data'), { onProgress: () => undefined, onChange: () => undefined }, readFileBytes, {
      threads: 1,
      timeLimitMs: 3000,
      workerUrl: stallingWorker,
      ...onWorkersOnly
    })
    await index.index()
    await writeFile(join(libraryDir, 'bloccato-nuovo.txt'), 'Le truppe sono 11.000 secondo le stime.')
    await index.refreshFile('bloccato-nuovo.txt')
    await writeFile(join(libraryDir, 'nuovo.txt'), 'Le truppe sono 12.000 secondo le stime.')
    await index.refreshFile('nuovo.txt')
    await index.close()
    expect(index.summaries().find((summary) => summary.file === 'bloccato-nuovo.txt')).toMatchObject({ status: 'over-limit' })
    expect(index.summaries().find((summary) => summary.file === 'nuovo.txt')).toMatchObject({ status: 'ok', claimCount: 1 })
  })
})
