/**
 * Library indexing benchmark over the real-article corpus (../shared/corpus/scale, 17,182 articles).
 * Prints figures, never fails on time: timings on shared machines are noisy, so each figure is the
 * median of several runs where a run is cheap.
 *
 *   npm run bench                 # whole scale corpus
 *   npm run bench -- --limit 2000 # a quicker look
 *
 * It first indexes 200 generated PDFs next to the same text saved as .txt (no corpus needed), so the
 * cost of reading PDFs is seen against plain text measured in the same run.
 *
 * Measured when indexing was tuned (notes moved here from the sources' comments): linkedom took
 * about 120 ms to load, hence loaded on the first HTML file only (parse-html.ts); franc cost about
 * 0.5 ms an article, as much as the rest of reading a file, hence the function-word count that
 * settles plain Italian and English first (detect-language.ts).
 */
import { appendFile, cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { droughtNewsStory, droughtPressRelease, droughtReport, makeStoryPdf, makeStoryText, type StoryVersion } from '../src/main/articles/fixtures/document-fixtures'
import { LibraryIndex } from '../src/main/library/library-index'
import { LibraryService } from '../src/main/app/library-service'
import { benchHeader, median } from './support/bench-report'

const corpusDir = resolve(process.env.RISCONTRO_CORPUS ?? '../shared/corpus/scale')
const { values } = parseArgs({ options: { limit: { type: 'string' }, runs: { type: 'string', default: '5' } } })
const runs = Number(values.runs)

let peakRss = 0
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 20)

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

const silent = { onProgress: () => undefined, onChange: () => undefined }

const DOCUMENT_COUNT = 200

/** Story `index` of the generated set: the fixtures' paragraphs, varied so no two files are the same. */
function generatedStory(index: number): StoryVersion {
  const sources = [droughtReport, droughtPressRelease, droughtNewsStory]
  const paragraphs = sources.flatMap((source) => source.paragraphs).map((paragraph, position) => (position % 3 === index % 3 ? `${paragraph} Aggiornamento ${index}: ${index * 7 + 3} segnalazioni.` : paragraph))
  return { ...droughtReport, title: `${droughtReport.title} (${index + 1})`, paragraphs, pageBreakAfter: 4 }
}

/** Cold indexing of one folder, median of `count` runs, each with a fresh data folder. */
async function coldIndexMs(folder: string, workDir: string, count: number): Promise<{ ms: number; readable: number; claims: number }> {
  const times: number[] = []
  let readable = 0
  let claims = 0
  for (let run = 0; run < count; run++) {
    const runData = join(workDir, `documents-${run}`)
    const index = new LibraryIndex(folder, runData, silent)
    const [, ms] = await timed(() => index.index())
    readable = index.summaries().filter((summary) => summary.status === 'ok').length
    claims = index.claims().length
    times.push(ms)
    await index.close()
    await rm(runData, { recursive: true, force: true })
  }
  return { ms: median(times), readable, claims }
}

/** 200 generated PDFs against the same text as .txt: the price of reading PDFs (pdf.js) over plain text. */
async function benchmarkDocuments(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'riscontro-bench-documents-'))
  try {
    const pdfDir = join(workDir, 'pdf')
    const textDir = join(workDir, 'txt')
    await mkdir(pdfDir)
    await mkdir(textDir)
    let pdfBytes = 0
    for (let index = 0; index < DOCUMENT_COUNT; index++) {
      const story = generatedStory(index)
      const pdf = await makeStoryPdf(story)
      pdfBytes += pdf.length
      await writeFile(join(pdfDir, `rapporto-${index}.pdf`), pdf)
      await writeFile(join(textDir, `rapporto-${index}.txt`), makeStoryText(story))
    }
    console.log(`Documents: ${DOCUMENT_COUNT} generated two-page PDFs (${(pdfBytes / 2 ** 20).toFixed(1)} MB) and the same text as .txt`)
    const text = await coldIndexMs(textDir, workDir, Math.min(runs, 3))
    const pdf = await coldIndexMs(pdfDir, workDir, Math.min(runs, 3))
    const rate = (ms: number): string => `${((DOCUMENT_COUNT / ms) * 1000).toFixed(0)} files/s`
    console.log(`  .txt cold index:     ${text.ms.toFixed(0)} ms median → ${rate(text.ms)} (${text.readable} readable, ${text.claims} claims)`)
    console.log(`  .pdf cold index:     ${pdf.ms.toFixed(0)} ms median → ${rate(pdf.ms)} (${pdf.readable} readable, ${pdf.claims} claims) · ${(pdf.ms / text.ms).toFixed(1)}× the .txt time`)
    console.log(`  (medians of ${Math.min(runs, 3)} runs; the first PDF run also loads pdf.js)\n`)
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  console.log(benchHeader('library benchmark'))
  await benchmarkDocuments()
  const corpusPresent = await stat(corpusDir).then((s) => s.isDirectory(), () => false)
  if (!corpusPresent) {
    console.log(`Corpus not found at ${corpusDir}: the indexing benchmark needs ../shared/corpus/scale (set RISCONTRO_CORPUS to use another folder). Nothing measured.`)
    return
  }

  // Work on a private copy: the benchmark changes a file, and shared/ is never edited.
  const workDir = await mkdtemp(join(tmpdir(), 'riscontro-bench-'))
  const libraryDir = join(workDir, 'library')
  const dataDir = join(workDir, 'data')
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort()
  const chosen = values.limit ? names.slice(0, Number(values.limit)) : names
  if (values.limit) {
    await cp(corpusDir, libraryDir, { recursive: true, filter: (source) => source === corpusDir || chosen.includes(source.split('/').pop()!) })
  } else {
    await cp(corpusDir, libraryDir, { recursive: true })
  }
  let bytes = 0
  for (const name of chosen) bytes += (await stat(join(libraryDir, name))).size
  console.log(`Library: ${chosen.length} articles, ${(bytes / 2 ** 20).toFixed(1)} MB (copy of ${corpusDir})\n`)

  try {
    // 1. Cold index: nothing cached. Median of a few runs, each with a fresh data folder.
    const coldTimes: number[] = []
    let articleCount = 0
    for (let run = 0; run < Math.min(runs, 3); run++) {
      const runData = join(workDir, `cold-${run}`)
      const index = new LibraryIndex(libraryDir, runData, silent)
      const [, ms] = await timed(() => index.index())
      articleCount = index.summaries().filter((summary) => summary.status === 'ok').length
      coldTimes.push(ms)
      await index.close()
      await rm(runData, { recursive: true, force: true })
    }
    const coldMs = median(coldTimes)
    console.log(`Cold index:            ${coldMs.toFixed(0)} ms median of ${coldTimes.length} → ${((chosen.length / coldMs) * 1000).toFixed(0)} articles/s, ${((bytes / 2 ** 20 / coldMs) * 1000).toFixed(1)} MB/s (${articleCount} readable) · target ≥ 2,000 articles/s`)

    // 2. Restart, folder unchanged: time until the full list is known (cache load), then the full check.
    const seed = new LibraryIndex(libraryDir, dataDir, silent)
    await seed.index()
    await seed.close()
    const listTimes: number[] = []
    const verifyTimes: number[] = []
    for (let run = 0; run < runs; run++) {
      const index = new LibraryIndex(libraryDir, dataDir, silent)
      const [, listMs] = await timed(() => index.loadCache())
      if (index.summaries().length !== chosen.length) throw new Error('cache did not restore the full list')
      listTimes.push(listMs)
      const [, verifyMs] = await timed(() => index.index())
      verifyTimes.push(verifyMs)
      await index.close()
    }
    console.log(`Restart, full list:    ${median(listTimes).toFixed(0)} ms median of ${runs} (cached index) · target < 1,000 ms`)
    console.log(`Restart, re-verified:  ${median(verifyTimes).toFixed(0)} ms median of ${runs} (every file stat-ed, none re-read)`)

    // 3. One changed file while the app runs: watcher event → re-read → delta delivered.
    const service = new LibraryService({ dataDir, sampleFolder: libraryDir, watch: true })
    const snapshot = await service.openFolder(libraryDir)
    await service.whenIndexed()
    await service.whenWatching()
    const changeTimes: number[] = []
    let missed = 0
    const target = snapshot.articles.find((article) => article.status === 'ok')!
    for (let run = 0; run < runs; run++) {
      let unsubscribe = (): void => undefined
      // A change the watcher never reports must not hang the benchmark: it is counted as missed.
      const delivered = new Promise<number | null>((resolveDelta) => {
        const timeout = setTimeout(() => resolveDelta(null), 5000)
        unsubscribe = service.subscribe((event) => {
          if (event.name === 'libraryChanged' && event.payload.upserted.some((article) => article.id === target.id)) {
            clearTimeout(timeout)
            resolveDelta(performance.now())
          }
        })
      })
      const started = performance.now()
      await appendFile(join(libraryDir, target.file), `\nAggiornamento ${run}: 1.200 nuovi documenti.`)
      const deliveredAt = await delivered
      unsubscribe()
      if (deliveredAt === null) missed++
      else changeTimes.push(deliveredAt - started)
      // Let the watcher settle, so each run measures one change, not the tail of the previous one.
      await new Promise((resolveWait) => setTimeout(resolveWait, 200))
    }
    await service.close()
    const changeFigure = changeTimes.length ? `${median(changeTimes).toFixed(0)} ms median of ${changeTimes.length}` : 'no change delivered'
    console.log(`One file changed:      ${changeFigure} (write → watcher → re-read → delta)${missed ? `, ${missed} missed after 5 s` : ''} · target < 200 ms`)

    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    console.log(`Peak memory (RSS):     ${(peakRss / 2 ** 20).toFixed(0)} MB (sampled every 20 ms; max RSS reported by the OS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`)
  } finally {
    clearInterval(sampler)
    await rm(workDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
