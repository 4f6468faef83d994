/**
 * Run by bench/scan-scale.bench.ts in a fresh process (`node --import tsx`), on a library already
 * indexed into DATA_DIR; prints one JSON line. Two figures of the app's own path (LibraryService):
 *
 *   restart FOLDER DATA_DIR   ms from opening the library until its snapshot lists every file
 *                             (the cached index, corrections and notes read; what a restart shows)
 *   update FOLDER DATA_DIR    ms from writing one changed file until its new claim is in the
 *                             whole library's rows (watcher → re-read on the worker → delta →
 *                             re-align its story); the median of a few edits
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LibraryService } from '../../src/main/app/library-service'
import { median } from './bench-report'

const [mode, folder, dataDir] = process.argv.slice(2)
if ((mode !== 'restart' && mode !== 'update') || !folder || !dataDir) throw new Error('usage: library-timings restart|update FOLDER DATA_DIR')

const UPDATES = 5

async function restart(): Promise<{ ms: number; articles: number }> {
  // An empty library opened first loads the modules an open needs: run from source, tsx compiles
  // each on first import, which the built app never does.
  const empty = await mkdtemp(join(tmpdir(), 'riscontro-restart-'))
  const warmUp = new LibraryService({ dataDir: join(empty, 'data'), sampleFolder: empty, watch: false })
  await warmUp.openFolder(empty)
  await warmUp.close()
  await rm(empty, { recursive: true, force: true })
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

const result = mode === 'restart' ? await restart() : await update()
process.stdout.write(JSON.stringify(result) + '\n')
