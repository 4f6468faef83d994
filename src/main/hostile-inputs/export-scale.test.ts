import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SOURCE_COLUMNS } from '../export/comparison-table'
import { splitRegions } from '../export/export-regions'
import { splitFrontMatter } from '../export/front-matter'

/**
 * Issue 15: one padded column per source made 300 articles a 25 MB file and 1,000 a 223 MB one at
 * 2.5 GB of memory; 3,000 crashed. Then the Markdown was built as one string: 3,000 articles peaked
 * at 860 MB. The table now keeps a bounded width and the file is streamed region by region to the
 * durable write path. A child process exports a generated 3,000-article library, exports it again
 * over the first file (the merge path), and reports its peak resident memory: a memory bound, not a
 * timing (`npx tsx bench/export-memory.bench.ts` prints the same figure for other sizes).
 */

const ARTICLES = 3000
const PEAK_MEMORY_LIMIT_MB = 500

let workDir: string
let result: { articles: number; rows: number; bytes: number; maxRssMb: number }
let markdown: string

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-export-scale-'))
  const fixture = resolve('src/main/hostile-inputs/fixtures/export-library.ts')
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fixture, workDir, String(ARTICLES)])
  result = JSON.parse(stdout) as typeof result
  markdown = await readFile(join(workDir, 'libreria.md'), 'utf8')
  process.stdout.write(`${ARTICLES}-article library export and re-export: ${(result.bytes / 2 ** 20).toFixed(1)} MB file, peak memory ${result.maxRssMb} MB\n`)
}, 600_000)

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('exports that scale', () => {
  it(`exports and re-exports ${ARTICLES.toLocaleString('en')} articles within ${PEAK_MEMORY_LIMIT_MB} MB of peak memory`, () => {
    expect(result.articles).toBe(ARTICLES)
    expect(result.maxRssMb).toBeLessThanOrEqual(PEAK_MEMORY_LIMIT_MB)
  })

  it('past the column limit the table is long: a line per source of each quantity, never a column per source', () => {
    const header = markdown.split('\n').find((line) => line.startsWith('| Quantity'))
    expect(header?.split('|').length).toBe(6)
    expect(MAX_SOURCE_COLUMNS).toBeLessThan(ARTICLES)
  })

  it('no line of the file grows with the number of sources', () => {
    const longest = markdown.split('\n').reduce((widest, line) => Math.max(widest, line.length), 0)
    expect(longest).toBeLessThan(2_000)
  })

  it('the file grows with the figures, not with sources × rows: every claim cited once', () => {
    // 30,000 claims cited with their sentences: about 20 MB, where one column per source ran out of memory.
    expect(result.bytes).toBeLessThan(40 * 2 ** 20)
    expect(markdown.match(/^\[\^c-/gm)).toHaveLength(ARTICLES * 10)
  })

  it('the re-export updated the file in place: every region once, the changed note in it', () => {
    const ids = splitRegions(splitFrontMatter(markdown).body).flatMap((segment) => (segment.kind === 'region' ? [segment.id] : []))
    expect(new Set(ids).size).toBe(ids.length)
    // summary, table, a region per row, sources, and the footnotes in regions of 500.
    expect(ids).toHaveLength(2 + result.rows + 1 + (ARTICLES * 10) / 500)
    expect(markdown).toContain('Nota aggiornata dopo la prima esportazione.')
    expect(markdown).toContain('created: 2026-02-01')
  })
})
