import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/**
 * The CLI ships built (issue 14): `out/cli/riscontro-cli.js` and its parse worker, run with plain
 * `node`, so no TypeScript compiler runs at start-up. Packages stay in node_modules (not bundled).
 * `npm run build` (through electron-vite's config) builds it; `npm run cli` builds it first when it
 * is missing or older than the sources (`--if-stale`), so a fresh clone works after `npm ci`.
 */

const root = fileURLToPath(new URL('..', import.meta.url))
export const cliOutDir = join(root, 'out', 'cli')
const cliEntry = join(cliOutDir, 'riscontro-cli.js')
const sourceFolders = ['src/main', 'src/shared'].map((folder) => join(root, folder))

/**
 * Bundles entry points for plain `node` as the CLI ships: ESM, split into shared chunks, packages left
 * in node_modules (so `outdir` must lie in the project). The scan benchmark bundles its app figures so.
 */
export async function bundleForNode(entryPoints, outdir) {
  await build({ entryPoints, outdir, bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' })
}

export async function buildCli() {
  // Chunk names carry a hash: a fresh folder leaves no chunk of an earlier build behind.
  rmSync(cliOutDir, { recursive: true, force: true })
  await bundleForNode(
    {
      'riscontro-cli': join(root, 'src/main/cli/riscontro-cli.ts'),
      // Started by the parse pool from beside the entry that holds it (parse-pool.ts).
      'parse-worker': join(root, 'src/main/library/parse-worker.ts')
    },
    cliOutDir
  )
}

function newestSourceTime() {
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs
  for (const folder of sourceFolders) {
    for (const name of readdirSync(folder, { recursive: true })) newest = Math.max(newest, statSync(join(folder, name)).mtimeMs)
  }
  return newest
}

function isStale() {
  try {
    return statSync(cliEntry).mtimeMs < newestSourceTime()
  } catch {
    return true
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || isStale()) {
    // stderr only: `npm run --silent cli -- scan FOLDER --json` keeps stdout for the document.
    process.stderr.write('riscontro: building the CLI (out/cli)…\n')
    await buildCli()
  }
}
