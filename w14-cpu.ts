import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFileEntries } from './src/main/library/parse-file-entries'
import { ParsePool } from './src/main/library/parse-pool'
import { pathToFileURL } from 'node:url'
const dir = '../shared/corpus/scale'
const names = readdirSync(dir).sort().slice(0, Number(process.argv[3] ?? 3000))
const tasks = names.map((file) => { const bytes = readFileSync(join(dir, file)); return { file, bytes, size: bytes.byteLength, mtimeMs: 1 } })
const mode = process.argv[2]
const c0 = process.cpuUsage(); const t0 = performance.now()
if (mode === 'inthread') { for (const t of tasks) await parseFileEntries(t) }
else {
  const pool = new ParsePool({ threads: Number(process.argv[4] ?? 1), workerUrl: pathToFileURL('out/main/parse-worker.js') })
  await Promise.all(tasks.map((t) => pool.parse(t)))
  await pool.close()
}
const c = process.cpuUsage(c0)
console.log(mode, names.length, 'files', Math.round(performance.now() - t0), 'ms wall', Math.round((c.user + c.system) / 1000), 'ms cpu')
