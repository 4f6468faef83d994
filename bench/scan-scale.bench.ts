/**
 * Scanning at scale, as a user runs it (issue 14): the built CLI (`node out/cli/riscontro-cli.js`)
 * in a child process, against a bare pass measured in the same run: a child that walks the folder,
 * reads every file and runs a number regex over it, the least any indexer must do. For each library
 * size (a copy of the corpus in a temporary folder, deleted after): the bare pass, a cold scan
 * (fresh data folder), a warm scan (nothing changed), with and without rows, and a warm `search`,
 * beside ripgrep on the same folder when `rg` is installed. Each figure is the median of `--runs`
 * runs (at least 3) with its wall time, CPU time (user + system, every thread) and peak RSS (from
 * `/usr/bin/time -v`). Then the app's own path (LibraryService, `support/library-timings.ts`, each
 * in a fresh process): indexing from nothing with how busy the main thread was, a restart until the
 * list is whole, and one file edited until its new claim is in the rows. The machine's load is printed before and after. Never fails on time.
 *
 *   npm run bench:scan                     # 1k and 17k (../shared/corpus/scale)
 *   npm run bench:scan -- --sizes 1000,17182,68728 --runs 3   # 68k: the corpus copied 4×
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { bundleForNode } from '../scripts/build-cli.mjs'
import { benchHeader, median } from './support/bench-report'

const corpusDir = resolve(process.env.RISCONTRO_CORPUS ?? '../shared/corpus/scale')
const cli = resolve('out/cli/riscontro-cli.js')
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,17182' }, runs: { type: 'string', default: '3' } } })
const runs = Math.max(3, Number(values.runs))
const sizes = values.sizes.split(',').map(Number)
const searchQuery = 'million'

interface Measure {
  wallMs: number
  cpuMs: number
  peakRssMb: number
}

/** Runs a command under `/usr/bin/time -v`; its output goes to /dev/null. `ok`: the exit codes that mean success. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}, ok: readonly number[] = [0]): Measure {
  const started = performance.now()
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const wallMs = performance.now() - started
  if (!ok.includes(result.status ?? -1)) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`)
  const field = (name: string): number => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN)
  return { wallMs, cpuMs: (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000, peakRssMb: field('Maximum resident set size \\(kbytes\\)') / 1024 }
}

function medians(samples: Measure[]): Measure {
  return { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)), peakRssMb: median(samples.map((s) => s.peakRssMb)) }
}

/** The bare pass: walk, read, count numbers — in a child, like the scans, so start-up is paid alike. */
const barePass = `
const { readdirSync, readFileSync } = require('node:fs')
const { join } = require('node:path')
let numbers = 0
const walk = (folder) => { for (const entry of readdirSync(folder, { withFileTypes: true })) {
  const path = join(folder, entry.name)
  if (entry.isDirectory()) walk(path)
  else if (entry.isFile()) numbers += (readFileSync(path, 'latin1').match(/\\d+(?:[.,]\\d+)*/g) ?? []).length
} }
walk(process.argv[1])
`

/** A copy of the corpus (the last figure edits files in it): past the corpus's size, whole copies in subfolders (68k = the corpus 4×). */
async function libraryOf(size: number, workDir: string): Promise<string> {
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort()
  const folder = join(workDir, `library-${size}`)
  await mkdir(folder, { recursive: true })
  for (let copy = 0; copy * names.length < size; copy++) {
    const target = join(folder, `copia-${copy}`)
    const take = Math.min(names.length, size - copy * names.length)
    if (take === names.length) {
      await cp(corpusDir, target, { recursive: true, filter: (source) => source === corpusDir || source.endsWith('.txt') })
      continue
    }
    await mkdir(target)
    for (const name of names.slice(0, take)) await cp(join(corpusDir, name), join(target, name))
  }
  return folder
}

/**
 * `support/library-timings.ts` bundled as the CLI is (scripts/build-cli.mjs), with the parse worker
 * beside it, into out/ (where its packages resolve): run from source, tsx would compile the parsers in
 * every worker and every module an open imports, which the built app never does.
 */
async function buildLibraryTimings(): Promise<string> {
  const outdir = resolve('out/bench-library-timings')
  await rm(outdir, { recursive: true, force: true })
  await bundleForNode({ 'library-timings': resolve('bench/support/library-timings.ts'), 'parse-worker': resolve('src/main/library/parse-worker.ts') }, outdir)
  return join(outdir, 'library-timings.js')
}

interface LibraryTiming {
  ms: number
  articles: number
  missed?: number
  mainThreadBusy?: number
}

/** A figure of the app's path from `support/library-timings.ts`, in a fresh process. */
function libraryTiming(script: string, mode: 'restart' | 'update' | 'cold', folder: string, dataDir: string): LibraryTiming {
  const output = execFileSync(process.execPath, [script, mode, folder, dataDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  return JSON.parse(output.trim().split('\n').at(-1)!) as LibraryTiming
}

const format = (m: Measure): string => `${(m.wallMs / 1000).toFixed(2)} s wall · ${(m.cpuMs / 1000).toFixed(2)} s CPU · ${m.peakRssMb.toFixed(0)} MB peak RSS`
const load = (): string => loadavg().map((value) => value.toFixed(1)).join(' ')

async function main(): Promise<void> {
  execFileSync(process.execPath, [resolve('scripts/build-cli.mjs'), '--if-stale'], { stdio: 'inherit' })
  console.log(benchHeader('scan at scale (built CLI, child processes)'))
  console.log(`runs per figure: ${runs} (medians)`)
  if (!existsSync(corpusDir)) {
    console.log(`No corpus at ${corpusDir}: set RISCONTRO_CORPUS or add ../shared/corpus/scale. Skipped.`)
    return
  }
  const hasRipgrep = spawnSync('rg', ['--version']).status === 0
  const timings = await buildLibraryTimings()
  const workDir = await mkdtemp(join(tmpdir(), 'riscontro-scan-bench-'))
  try {
    for (const size of sizes) {
      const folder = await libraryOf(size, workDir)
      console.log(`\n── ${size.toLocaleString('en')} articles (the corpus copied into a temporary folder) · load before ${load()}`)
      const bare = medians(Array.from({ length: runs }, () => measure(process.execPath, ['-e', barePass, folder])))
      const cold: Measure[] = []
      const warm: Measure[] = []
      const warmClaims: Measure[] = []
      const search: Measure[] = []
      let dataDir = ''
      for (let run = 0; run < runs; run++) {
        if (dataDir) await rm(dataDir, { recursive: true, force: true })
        dataDir = await mkdtemp(join(workDir, 'data-'))
        const env = { RISCONTRO_DATA_DIR: dataDir }
        cold.push(measure(process.execPath, [cli, 'scan', folder, '--json'], env))
        warm.push(measure(process.execPath, [cli, 'scan', folder, '--json'], env))
        warmClaims.push(measure(process.execPath, [cli, 'scan', folder, '--json', '--no-rows'], env))
        search.push(measure(process.execPath, [cli, 'search', folder, searchQuery], env))
      }
      const coldMedian = medians(cold)
      const warmMedian = medians(warm)
      const warmClaimsMedian = medians(warmClaims)
      const searchMedian = medians(search)
      const ratio = (m: Measure): string => `${(m.wallMs / bare.wallMs).toFixed(1)}× the bare pass`
      console.log(`bare pass (walk + read + number regex): ${format(bare)}`)
      console.log(`cold scan --json:  ${format(coldMedian)} · ${((size / coldMedian.wallMs) * 1000).toFixed(0)} articles/s · ${ratio(coldMedian)}`)
      console.log(`warm scan --json:  ${format(warmMedian)} · ${ratio(warmMedian)}`)
      console.log(`warm scan --json --no-rows:  ${format(warmClaimsMedian)} · ${ratio(warmClaimsMedian)}`)
      let searchLine = `warm search "${searchQuery}": ${format(searchMedian)}`
      if (hasRipgrep) {
        const ripgrep = medians(Array.from({ length: runs }, () => measure('rg', ['-i', '-l', '-e', searchQuery, folder], {}, [0, 1])))
        searchLine += ` · ripgrep ${(ripgrep.wallMs / 1000).toFixed(3)} s · ${(searchMedian.wallMs / ripgrep.wallMs).toFixed(1)}× ripgrep`
      } else searchLine += ' · ripgrep not installed (apt-get install ripgrep) for the comparison'
      console.log(searchLine)
      // The app's path: indexing from nothing, then on the last run's data folder (as a warm start finds it).
      const appCold = libraryTiming(timings, 'cold', folder, await mkdtemp(join(workDir, 'data-')))
      console.log(`app, cold index (LibraryService): ${(appCold.ms / 1000).toFixed(2)} s · main thread busy ${((appCold.mainThreadBusy ?? NaN) * 100).toFixed(0)}% of it (event-loop utilization)`)
      const restarts = Array.from({ length: runs }, () => libraryTiming(timings, 'restart', folder, dataDir))
      console.log(`restart to the full list (cached index, corrections, notes): ${median(restarts.map((r) => r.ms)).toFixed(0)} ms · ${restarts[0]!.articles.toLocaleString('en')} listed`)
      const update = libraryTiming(timings, 'update', folder, dataDir)
      console.log(`one file edited → its new claim in the rows: ${update.ms.toFixed(0)} ms median of ${5 - (update.missed ?? 0)} edits${update.missed ? ` (${update.missed} missed after 10 s)` : ''}`)
      await rm(folder, { recursive: true, force: true })
      console.log(`load after ${load()}`)
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

await main()
