import { afterEach, describe, expect, it } from 'vitest'
import { problemEntry, type FileToParse } from './file-entries'
import { ParsePool } from './parse-pool'
import { userMessage } from '../../shared/i18n/user-message'

const article = 'Secondo il ministero, gli sfollati sono 11.000 e le scuole chiuse 37.'

function task(file: string, text: string): FileToParse {
  const bytes = new TextEncoder().encode(text)
  return { file, bytes, size: bytes.byteLength, mtimeMs: 1 }
}

let pool: ParsePool | undefined

afterEach(async () => {
  await pool?.close()
})

describe('ParsePool', () => {
  it('parses small files on its own thread until a worker is ready, then every file on workers', async () => {
    const onThisThread: string[] = []
    pool = new ParsePool({
      threads: 1,
      parseWhileStarting: async ({ file }) => {
        onThisThread.push(file)
        return [problemEntry(file, 'empty', userMessage('fileBlank'))]
      }
    })
    // No worker has started yet: the first file does not wait for one.
    expect((await pool.parse(task('primo.txt', article)))[0]!.summary.reason).toBe(userMessage('fileBlank').message)
    // A large file always goes to a worker (only a worker can be stopped at the time limit); once it answers, a worker is ready.
    const large = await pool.parse(task('lungo.txt', `${article}\n\n`.repeat(2000)))
    expect(large[0]!.summary).toMatchObject({ status: 'ok', claimCount: 4000 })
    const later = await pool.parse(task('secondo.txt', article))
    expect(later[0]!.summary).toMatchObject({ status: 'ok', claimCount: 2 })
    expect(onThisThread).toEqual(['primo.txt'])
  })

  it('lists a file its in-thread parser fails on, as a worker would', async () => {
    pool = new ParsePool({
      threads: 1,
      parseWhileStarting: async () => {
        throw new Error('unexpected token')
      }
    })
    expect((await pool.parse(task('strano.txt', article)))[0]!.summary).toMatchObject({
      status: 'unreadable',
      reason: expect.stringMatching(/failed to read this file \(unexpected token\)/)
    })
  })
})
