import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { benchHeader } from './support/bench-report'

/**
 * Peak memory of exporting a whole library (issue 15: 1,000 articles took 2.5 GB, 3,000 crashed):
 * each size runs in its own process (the export, then a re-export merged into the first file), which
 * reports its peak resident memory. Memory is a figure here, never an assertion; nothing is timed.
 * What it led to: serializing the 30,000 footnotes of 3,000 articles in one mdast-util-to-markdown
 * call took 250 MB and most of a 900 MB peak, so export-markdown.ts serializes SERIALIZE_BATCH nodes at a time.
 */
const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0)
const fixture = resolve('src/main/hostile-inputs/fixtures/export-library.ts')

console.log(benchHeader('whole-library export memory'))
for (const articles of sizes.length > 0 ? sizes : [1000, 3000]) {
  const workDir = await mkdtemp(join(tmpdir(), 'riscontro-export-bench-'))
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fixture, workDir, String(articles)], { maxBuffer: 1 << 20 })
    const result = JSON.parse(stdout) as { rows: number; bytes: number; maxRssMb: number }
    console.log(
      `${articles} articles, ${result.rows} rows: file ${(result.bytes / 2 ** 20).toFixed(1)} MB · peak memory ${result.maxRssMb} MB · load average ${loadavg()[0]!.toFixed(1)}`
    )
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}
