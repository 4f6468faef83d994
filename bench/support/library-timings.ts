/**
 * Run by bench/scan-scale.bench.ts in a fresh process, bundled as the app is (esbuild, with its parse
 * worker beside it) so no TypeScript is compiled while it runs; prints one JSON line. Figures of the
 * app's own path (LibraryService), on a library already indexed into DATA_DIR but for `cold`:
 *
 *   restart FOLDER DATA_DIR   ms from opening the library until its snapshot lists every file
 *                             (the cached index, corrections and notes read; what a restart shows)
 *   update FOLDER DATA_DIR    ms from writing one changed file until its new claim is in the
 *                             whole library's rows (watcher → re-read on the worker → delta →
 *                             re-align its story); the median of a few edits
 *   cold FOLDER DATA_DIR      ms to index the library from nothing (DATA_DIR fresh), and how busy
 *                             the main thread was meanwhile (event-loop utilization): the workers
 *                             parse, so the main thread must not be what everything waits on
 */
import { appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance as perfHooks } from 'node:perf_hooks'
import { LibraryService } from '../../src/main/app/library-service'
import { median } from './bench-report'

const [mode, folder, dataDir] = process.argv.slice(2)
if ((mode !== 'restart' && mode !== 'update' && mode !== 'cold') || !folder || !dataDir) throw new Error('usage: library-timings restart|update|cold FOLDER DATA_DIR')

const UPDATES = 5

async function restart(): Promise<{ ms: number; articles: number }> {
  const service = new LibraryService({ dataDir: dataDir!, sampleFolder: folder!, watch: false })
  const started = performance.now()
  const snapshot = await service.openFolder(folder!)
  const ms = performance.now() - started
  await service.close()
  return { ms, articles: snapshot.articles.length }
}

async function update(): Promise<{ ms: number; articles: number; missed: number }> {
  const service = new LibraryService({ dataDir: dataDir!, sampleFolder: folder!, watch: true })
  const snapshot = await service.openFolder(folder!)
  await service.whenIndexed()
  await service.whenWatching()
  // The comparison as the app holds it before the edit: every story's rows computed (or kept).
  await service.getComparison([])
  const targets = snapshot.articles.filter((article) => article.status === 'ok').slice(0, UPDATES)
  const times: number[] = []
  let missed = 0
  for (const [run, target] of targets.entries()) {
    const figure = 4_000 + run * 111
    const changed = new Promise<boolean>((resolveChange) => {
      const timeout = setTimeout(() => resolveChange(false), 10_000)
      const unsubscribe = service.subscribe((event) => {
        if (event.name === 'libraryChanged' && event.payload.upserted.some((article) => article.id === target.id && article.status === 'ok')) {
          clearTimeout(timeout)
          unsubscribe()
          resolveChange(true)
        }
      })
    })
    const started = performance.now()
    await appendFile(join(folder!, target.file), `\n\nNel frattempo sono arrivati ${figure.toLocaleString('it')} nuovi volontari.\n`)
    const delivered = await changed
    const comparison = await service.getComparison([])
    const inRows = comparison.claims.some((claim) => claim.articleId === target.id && claim.value === figure)
    if (delivered && inRows) times.push(performance.now() - started)
    else missed++
    // Let the watcher settle, so each run measures one change, not the tail of the previous one.
    await new Promise((resolveWait) => setTimeout(resolveWait, 300))
  }
  await service.close()
  return { ms: times.length > 0 ? median(times) : NaN, articles: snapshot.articles.length, missed }
}

async function cold(): Promise<{ ms: number; articles: number; mainThreadBusy: number }> {
  const service = new LibraryService({ dataDir: dataDir!, sampleFolder: folder!, watch: false })
  const started = performance.now()
  const before = perfHooks.eventLoopUtilization()
  await service.openFolder(folder!)
  await service.whenIndexed()
  const busy = perfHooks.eventLoopUtilization(before)
  const ms = performance.now() - started
  const articles = service.getLibrary()?.articles.length ?? 0
  await service.close()
  return { ms, articles, mainThreadBusy: busy.utilization }
}

const result = mode === 'restart' ? await restart() : mode === 'update' ? await update() : await cold()
process.stdout.write(JSON.stringify(result) + '\n')
