/**
 * Claim extraction speed over real articles (../shared/corpus/scale: 3,000 files unless --limit says
 * otherwise, taken evenly across the name-sorted list so Italian and English sources are both in;
 * the first 3,000 by name would all be English newswires). Prints figures, never fails on time: each
 * figure is the median of several runs, timed on one core.
 *
 * Compared on the same text:
 * - extractClaims (target ≥ 5 MB/s);
 * - a bare /\d+/g scan, the floor any number finder pays;
 * - @microsoft/recognizers-text-suite's recognizeNumber and recognizeCurrency (Spanish culture for
 *   Italian text, whose separators it shares; English for English). They are slow, so they run on a
 *   subset (--subset files for numbers, --currency-subset for currencies, which is slower still) and
 *   their MB/s is extrapolated from it.
 *
 *   npx tsx bench/claims-speed.bench.ts
 *   npx tsx bench/claims-speed.bench.ts --limit 5000 --runs 7 --subset 150 --currency-subset 20
 *
 * Measured when the extractor was tuned (notes moved here from the sources' comments; figures of
 * their day, on the corpus):
 * - sentence splitting (split-sentences.ts): the lookbehind placed after the stop made the split
 *   about six times faster;
 * - page furniture (refine-rejections.ts): one alternation of the cues is about twice as fast as a
 *   search per cue, and one-character cues left in it made the scan about 30% slower;
 * - claim ids (extract-claims.ts): one-shot `hash` is about three times faster than `createHash`.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { Culture, recognizeCurrency, recognizeNumber } from '@microsoft/recognizers-text-suite'
import { extractClaims } from '../src/main/claims/extract-claims'
import { benchHeader, median } from './support/bench-report'

const corpusDir = resolve(process.env.RISCONTRO_CORPUS ?? '../shared/corpus/scale')
const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '5' },
    subset: { type: 'string', default: '100' },
    'currency-subset': { type: 'string', default: '12' }
  }
})
const runs = Number(values.runs)

interface Article {
  name: string
  text: string
  language: string
  bytes: number
}

/** Median wall time of `work` over `count` runs, after one warm-up run (JIT, caches). */
function timeMedian(count: number, work: () => number): { ms: number; result: number } {
  let result = work()
  const samples: number[] = []
  for (let run = 0; run < count; run += 1) {
    const started = performance.now()
    result = work()
    samples.push(performance.now() - started)
  }
  return { ms: median(samples), result }
}

async function loadArticles(limit: number): Promise<Article[]> {
  const manifest = await readFile(join(corpusDir, '..', 'scale_manifest.tsv'), 'utf8').catch(() => '')
  const languages = new Map(manifest.split('\n').slice(1).map((line) => line.split('\t')).map(([file, language]) => [file ?? '', language ?? 'und']))
  const names = spread((await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort(), limit)
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(corpusDir, name), 'utf8')
      return { name, text, language: languages.get(name) ?? (name.startsWith('it_') ? 'it' : 'en'), bytes: Buffer.byteLength(text) }
    })
  )
}

/** An even spread of `count` articles, so the subset has the corpus's mix of sources and languages. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items
  const step = items.length / count
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)]!)
}

async function main(): Promise<void> {
  const present = await stat(corpusDir).then((found) => found.isDirectory(), () => false)
  if (!present) {
    console.log(`Corpus not found at ${corpusDir}: the claims speed benchmark needs ../shared/corpus/scale (set RISCONTRO_CORPUS to use another folder). Nothing measured.`)
    return
  }
  const articles = await loadArticles(Number(values.limit))
  const megabytes = articles.reduce((sum, article) => sum + article.bytes, 0) / 1e6
  const italian = articles.filter((article) => article.language === 'it').length
  console.log(benchHeader('claims speed benchmark'))
  console.log(`${articles.length} articles (spread over the corpus; ${italian} Italian) · ${megabytes.toFixed(2)} MB · median of ${runs} runs\n`)

  const ours = timeMedian(runs, () => {
    let claims = 0
    for (const article of articles) claims += extractClaims(article.text, { articleId: article.name, language: article.language }).length
    return claims
  })
  const regex = timeMedian(runs, () => {
    let matches = 0
    for (const article of articles) for (const _ of article.text.matchAll(/\d+/g)) matches += 1
    return matches
  })

  const subset = spread(articles, Number(values.subset))
  const subsetMegabytes = subset.reduce((sum, article) => sum + article.bytes, 0) / 1e6
  const currencySubset = spread(articles, Number(values['currency-subset']))
  const currencyMegabytes = currencySubset.reduce((sum, article) => sum + article.bytes, 0) / 1e6
  const cultureOf = (article: Article): string => (article.language === 'it' ? Culture.Spanish : Culture.English)
  const recognizerRuns = Math.max(1, Math.min(3, runs))
  const numbers = timeMedian(recognizerRuns, () => subset.reduce((sum, article) => sum + recognizeNumber(article.text, cultureOf(article)).length, 0))
  const currencies = timeMedian(recognizerRuns, () => currencySubset.reduce((sum, article) => sum + recognizeCurrency(article.text, cultureOf(article)).length, 0))
  const oursOnSubset = timeMedian(runs, () =>
    subset.reduce((sum, article) => sum + extractClaims(article.text, { articleId: article.name, language: article.language }).length, 0)
  )

  const rate = (mb: number, ms: number): number => mb / (ms / 1000)
  const rows: Array<[string, number, string]> = [
    ['extractClaims (all)', rate(megabytes, ours.ms), `${ours.result} claims in ${ours.ms.toFixed(0)} ms`],
    ['bare /\\d+/g scan (all)', rate(megabytes, regex.ms), `${regex.result} digit runs in ${regex.ms.toFixed(0)} ms`],
    ['extractClaims (subset)', rate(subsetMegabytes, oursOnSubset.ms), `${oursOnSubset.result} claims in ${oursOnSubset.ms.toFixed(0)} ms`],
    ['recognizeNumber (subset)', rate(subsetMegabytes, numbers.ms), `${numbers.result} numbers in ${numbers.ms.toFixed(0)} ms`],
    ['recognizeCurrency (small subset)', rate(currencyMegabytes, currencies.ms), `${currencies.result} amounts in ${currencies.ms.toFixed(0)} ms`]
  ]
  console.log(`Subsets for recognizers-text (MB/s extrapolated): numbers ${subset.length} articles, ${subsetMegabytes.toFixed(2)} MB; ` +
    `currencies ${currencySubset.length} articles, ${currencyMegabytes.toFixed(3)} MB\n`)
  console.log(`${'what'.padEnd(32)} ${'MB/s'.padStart(9)}  ${'vs extractClaims'.padStart(16)}  detail`)
  const baseline = rate(megabytes, ours.ms)
  for (const [label, megabytesPerSecond, detail] of rows) {
    console.log(`${label.padEnd(32)} ${megabytesPerSecond.toPrecision(3).padStart(9)}  ${(megabytesPerSecond / baseline).toPrecision(3).padStart(15)}×  ${detail}`)
  }
  console.log(`\nextractClaims is ${(baseline / rate(subsetMegabytes, numbers.ms)).toFixed(0)}× as fast as recognizeNumber and ` +
    `${(baseline / rate(currencyMegabytes, currencies.ms)).toFixed(0)}× as fast as recognizeCurrency; ` +
    `the bare digit scan is ${(rate(megabytes, regex.ms) / baseline).toFixed(0)}× extractClaims.`)
}

await main()
