import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { resolveDataDir } from '../library/data-dir'
import { LibraryIndex } from '../library/library-index'
import { buildScanReport } from '../library/scan-report'

const USAGE = `Usage: riscontro scan FOLDER [--json]

  scan FOLDER     Index the articles in FOLDER and list them.
  --json          Print one JSON document ({"articles":[…],"skipped":[…],"claims":[…]}) on stdout.

Data (the index cache) lives in RISCONTRO_DATA_DIR when set, else in the user's data folder.`

async function scan(folderArgument: string, json: boolean): Promise<number> {
  const folder = resolve(folderArgument)
  const stats = await stat(folder).catch(() => null)
  if (!stats?.isDirectory()) {
    process.stderr.write(`riscontro: ${folder} is not a folder. Give the path of a folder of articles.\n`)
    return 1
  }
  const showProgress = process.stderr.isTTY
  const index = new LibraryIndex(folder, resolveDataDir(), {
    onProgress: ({ phase, done, total }) => {
      if (showProgress && phase === 'indexing') process.stderr.write(`\rIndexing ${done} / ${total} files`)
    },
    onChange: () => undefined
  })
  await index.loadCache()
  await index.index()
  await index.close()
  if (showProgress) process.stderr.write('\n')

  const report = buildScanReport(index.summaries(), index.claims())
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    return 0
  }
  for (const article of report.articles) {
    const claims = report.claims.filter((claim) => claim.articleId === article.id).length
    process.stdout.write(`${article.date ?? '          '}  ${article.language}  ${String(article.words).padStart(6)} words  ${String(claims).padStart(4)} claims  ${article.file}  ${article.title}\n`)
  }
  for (const skipped of report.skipped) process.stdout.write(`skipped  ${skipped.file}: ${skipped.reason}\n`)
  process.stdout.write(`${report.articles.length} articles, ${report.claims.length} claims, ${report.skipped.length} skipped\n`)
  return 0
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    process.stderr.write(`riscontro: ${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  const [command, folder, ...extra] = parsed.positionals
  if (parsed.values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (command === 'scan' && folder && extra.length === 0) return scan(folder, parsed.values.json)
  process.stderr.write(`${USAGE}\n`)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`riscontro: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
