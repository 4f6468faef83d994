/**
 * Stories and alignment benchmark (issue 9), on real articles. Prints figures, never fails on
 * time; each figure is the median of several runs, printed with the machine load and a floor
 * measured in the same run (a bare pass that splits every claim sentence into words once).
 *
 * - grouping every article of the folder into stories (target: 17,182 articles under 3 s);
 * - aligning the claims of the first N articles (default 10,000) story by story (target under 2 s);
 * - aligning again after one article changed: only its story is aligned again.
 *
 *   npx tsx bench/align-claims.bench.ts                                   # ../shared/corpus/scale
 *   npx tsx bench/align-claims.bench.ts --corpus FOLDER --articles 2000 --runs 3
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ComparisonRow, Story } from '../src/shared/model'
import { Aligner, type ArticleClaims } from '../src/main/alignment/align-claims'
import { groupStories, type StoryArticle } from '../src/main/alignment/stories'
import { extractClaims } from '../src/main/claims/extract-claims'
import { benchHeader, median } from './support/bench-report'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'scale') }
  }
})
const articleCount = Number(values.articles)
const runs = Number(values.runs)

interface CorpusArticle {
  story: StoryArticle
  claims: ArticleClaims
}

async function readCorpus(folder: string): Promise<CorpusArticle[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort()
  const articles: CorpusArticle[] = []
  for (const name of names) {
    const raw = await readFile(join(folder, name), 'utf8')
    const date = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/.exec(raw)
    const text = date ? raw.slice(date[0].length) : raw
    // The scale corpus names Italian files it_*; everything else is English.
    const language = name.startsWith('it_') ? 'it' : 'en'
    const title = text.split('\n', 1)[0]!.slice(0, 200)
    articles.push({
      story: { id: name, title, date: date?.[1] ?? null, language, text },
      claims: { articleId: name, language, date: date?.[1] ?? null, claims: extractClaims(text, { articleId: name, language }) }
    })
  }
  return articles
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = work()
  return { value, ms: performance.now() - started }
}

function describe(label: string, samples: readonly number[], target?: string): string {
  return `${label}: median ${(median(samples) / 1000).toFixed(2)} s over ${samples.length} runs (min ${(Math.min(...samples) / 1000).toFixed(2)}, max ${(Math.max(...samples) / 1000).toFixed(2)})${target ? ` · target ${target}` : ''}`
}

async function main(): Promise<void> {
  console.log(benchHeader('stories and alignment benchmark'))
  const folder = resolve(values.corpus)
  if (!(await stat(folder).then((entry) => entry.isDirectory(), () => false))) {
    console.log(`Corpus not found at ${folder}. Nothing measured.`)
    return
  }
  const read = timed(() => readCorpus(folder))
  const corpus = await read.value
  const aligned = corpus.slice(0, articleCount)
  const claimCount = aligned.reduce((sum, article) => sum + article.claims.claims.length, 0)
  console.log(`Read and extracted ${corpus.length} articles of ${folder} (not part of the figures); aligning the first ${aligned.length}: ${claimCount} claims`)

  const floor: number[] = []
  const grouping: number[] = []
  const alignment: number[] = []
  const realignment: number[] = []
  let digest = ''
  let stories: Story[] = []
  let rows: ComparisonRow[] = []
  for (let run = 0; run < runs; run += 1) {
    // Floor: one bare pass over the same claim sentences, split into words.
    floor.push(timed(() => aligned.reduce((sum, article) => sum + article.claims.claims.reduce((words, claim) => words + claim.sentence.split(/\s+/).length, 0), 0)).ms)
    grouping.push(timed(() => groupStories(corpus.map((article) => article.story))).ms)
    const alignedStories = groupStories(aligned.map((article) => article.story))
    const byId = new Map(aligned.map((article) => [article.claims.articleId, { ...article.claims, claims: article.claims.claims.map((claim) => ({ ...claim })) }]))
    const aligner = new Aligner()
    const first = timed(() => aligner.align(alignedStories, byId))
    alignment.push(first.ms)
    stories = alignedStories
    rows = first.value
    const runDigest = createHash('sha1').update(JSON.stringify(rows)).digest('hex').slice(0, 12)
    if (digest && runDigest !== digest) console.log(`!! run ${run + 1} gave different rows (${runDigest} vs ${digest})`)
    digest = runDigest
    // One article changes (new Claim objects, same content): only its story is aligned again, and the rows stay the same.
    const changed = aligned[Math.floor(((run + 0.5) / runs) * aligned.length)]!.claims
    byId.set(changed.articleId, { ...changed, claims: changed.claims.map((claim) => ({ ...claim })) })
    const again = timed(() => aligner.align(alignedStories, byId))
    realignment.push(again.ms)
    if (createHash('sha1').update(JSON.stringify(again.value)).digest('hex').slice(0, 12) !== digest) console.log(`!! aligning again after a change gave different rows (run ${run + 1})`)
  }
  const multiArticle = stories.filter((story) => story.articleIds.length > 1).length
  const multiSource = rows.filter((row) => row.sourceCount > 1).length
  console.log(`Stories of the ${aligned.length} articles: ${stories.length} (${multiArticle} with 2+ articles) · rows ${rows.length} (${multiSource} with 2+ sources) · digest ${digest}`)
  console.log(describe('Floor (split every claim sentence into words)', floor))
  console.log(describe(`Group ${corpus.length} articles into stories`, grouping, '< 3 s for 17,182'))
  console.log(describe(`Align ${aligned.length} articles story by story`, alignment, '< 2 s for 10,000') + ` · ${(median(alignment) / median(floor)).toFixed(0)}× the floor`)
  console.log(describe('Align again after one article changed', realignment))
  console.log(`Heap after: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`)
}

await main()
