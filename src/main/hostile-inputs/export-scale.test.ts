import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SOURCE_COLUMNS } from '../export/comparison-table'

/**
 * Issue 15: one padded column per source made 300 articles a 25 MB file and 1,000 a 223 MB one at
 * 2.5 GB of memory; 3,000 crashed. The table now keeps a bounded width. `npx tsx
 * bench/export-memory.bench.ts` prints the peak memory of 1,000 and 3,000 articles; this test
 * exports 300 in a child process and checks the shape and size of the file, and prints its peak.
 */

let workDir: string
let result: { articles: number; rows: number; bytes: number; maxRssMb: number }
let markdown: string

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-export-scale-'))
  const fixture = resolve('src/main/hostile-inputs/fixtures/export-library.ts')
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fixture, workDir, '300'])
  result = JSON.parse(stdout) as typeof result
  markdown = await readFile(join(workDir, 'libreria.md'), 'utf8')
  process.stdout.write(`300-article library export: ${(result.bytes / 2 ** 20).toFixed(1)} MB file, peak memory ${result.maxRssMb} MB\n`)
}, 120_000)

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('exports that scale', () => {
  it('past the column limit the table is long: a line per source of each quantity, never a column per source', () => {
    const header = markdown.split('\n').find((line) => line.startsWith('| Quantity'))
    expect(header?.split('|').length).toBe(6)
    expect(MAX_SOURCE_COLUMNS).toBeLessThan(300)
  })

  it('no line of the file grows with the number of sources', () => {
    const longest = Math.max(...markdown.split('\n').map((line) => line.length))
    expect(longest).toBeLessThan(2_000)
  })

  it('the file grows with the figures, not with sources × rows', () => {
    // 3,000 claims cited with their sentences: about 2 MB, where one column per source gave 25 MB.
    expect(result.bytes).toBeLessThan(4 * 2 ** 20)
    expect(markdown.match(/^\[\^c-/gm)).toHaveLength(3000)
  })
})
