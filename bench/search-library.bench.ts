/**
 * Library search benchmark (issue 5: notes are searchable together with article text). Indexes
 * ../shared/corpus/scale (17,182 articles, about 25 MB) into a fresh data folder, then times
 * searches as the app makes them: the first search after indexing (which folds every text once)
 * and repeated searches (medians). Prints figures, never fails on time.
 *
 *   npx tsx bench/search-library.bench.ts [--runs 7]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LibraryService } from '../src/main/app/library-service'
import { benchHeader, median } from './support/bench-report'

const corpusDir = resolve(process.env.RISCONTRO_CORPUS ?? '../shared/corpus/scale')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } })
const runs = Number(values.runs)
/** Common and rare words, Italian and English, one word and several, and a query nothing matches. */
const queries = ['soldati', 'the', 'Kim Jong Un', 'città ucraine', 'inflazione banca centrale', 'zzyzx']

async function main(): Promise<void> {
  if (!(await stat(corpusDir).then((found) => found.isDirectory(), () => false))) {
    console.log(`Corpus not found at ${corpusDir}: the search benchmark needs ../shared/corpus/scale (set RISCONTRO_CORPUS to use another folder). Nothing measured.`)
    return
  }
  console.log(benchHeader('library search benchmark'))
  const dataDir = await mkdtemp(join(tmpdir(), 'riscontro-search-bench-'))
  const service = new LibraryService({ dataDir, sampleFolder: corpusDir, watch: false })
  try {
    const indexing = performance.now()
    await service.openFolder(corpusDir)
    await service.whenIndexed()
    console.log(`Library: ${corpusDir}, indexed in ${((performance.now() - indexing) / 1000).toFixed(1)} s (not part of the figures)`)

    const first = performance.now()
    const firstResult = await service.searchLibrary(queries[0]!)
    console.log(`First search (folds every text once): ${(performance.now() - first).toFixed(0)} ms · "${queries[0]}" in ${firstResult.articleTotal} articles`)
    for (const query of queries) {
      const samples: number[] = []
      let total = 0
      for (let run = 0; run < runs; run++) {
        const started = performance.now()
        total = (await service.searchLibrary(query)).articleTotal
        samples.push(performance.now() - started)
      }
      console.log(`"${query}": median ${median(samples).toFixed(1)} ms over ${runs} runs (min ${Math.min(...samples).toFixed(1)}) · ${total} articles`)
    }
    console.log(`Heap: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`)
  } finally {
    await service.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
