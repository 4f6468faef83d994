import { once } from 'node:events'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LibraryService } from '../app/library-service'
import { exportFormatOf } from '../export/export-file'
import { resolveDataDir } from '../storage/data-dir'
import { describeIn } from '../../shared/i18n/describe'
import { isUiLanguage, languageFromEnvironment, type UiLanguage } from '../../shared/i18n/languages'

const USAGE = `Usage: riscontro scan FOLDER [--json] [--no-rows]
       riscontro export FOLDER --out FILE.{md,csv,xlsx,json,html} [--flavour plain|obsidian] [--force] [--lang it|en]
       riscontro search FOLDER QUERY [--json]

  scan FOLDER     Index the articles in FOLDER and list them.
  --json          Print one JSON document ({"articles":[…],"skipped":[…],"claims":[…],"stories":[…],"rows":[…]}) on stdout.
  --no-rows       Do not compare: no "stories" and "rows" (and no time spent aligning), for callers that want claims.
  export FOLDER   Write the whole library's comparison, with your saved notes and corrections.
  --out FILE      Where to write; the extension picks the format. .md: Markdown (an earlier export there
                  is updated, your own text in it kept); .csv: the table, and its claims in FILE.claims.csv;
                  .xlsx: a workbook of both; .json: the scan --json document; .html: a printable report.
  --flavour       plain (CommonMark + GFM, the default) or obsidian (callouts, block ids).
  --force         Overwrite generated parts you edited by hand (otherwise the export stops and says which).
  --lang          The language of the export's own words (headings, column names, verdicts): it or en;
                  by default the environment's (LC_ALL, LC_MESSAGES, LANG), else en.
  search FOLDER QUERY
                  Find the notes and the articles whose text hold every word of QUERY (case, accents
                  and typographic quotes ignored); --json prints {"query","notes":[…],"articles":[…],"articleTotal"}.

Data (the index cache) lives in RISCONTRO_DATA_DIR when set, else in the user's data folder.`

/**
 * Text from the library (titles, file names, excerpts, notes) made safe for a terminal: escape
 * sequences in a title must not move the cursor, rewrite the screen or set the window title
 * (issue 15). C0 and C1 controls, DEL and bidirectional overrides become spaces or go.
 */
function toTerminalText(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
}

/** Writes one line of human-readable output, every field of it made safe for the terminal. */
function printLine(line: string): void {
  process.stdout.write(`${toTerminalText(line)}\n`)
}

/**
 * Opens the folder through the library service, as the app does, and waits for it to be indexed
 * (re-reading only what changed since the cached run). The progress line on a terminal speaks
 * `language` (the locale's, or `--lang`'s for an export); problems the service reports (a damaged
 * file set aside, a failed index) go to stderr. Null, with the reason printed, when the folder
 * cannot be read; the caller closes the service.
 */
async function openLibrary(folderArgument: string, language: UiLanguage = languageFromEnvironment(process.env)): Promise<LibraryService | null> {
  const folder = resolve(folderArgument)
  const stats = await stat(folder).catch(() => null)
  if (!stats?.isDirectory()) {
    process.stderr.write(`riscontro: ${folder} is not a folder. Give the path of a folder of articles.\n`)
    return null
  }
  const showProgress = process.stderr.isTTY
  const describe = describeIn(language)
  const service = new LibraryService({ dataDir: resolveDataDir(), watch: false })
  service.subscribe((event) => {
    if (event.name === 'indexProgress' && event.payload.phase === 'indexing' && showProgress) {
      process.stderr.write(`\r${describe.t('progress.indexing', { done: describe.number(event.payload.done), total: describe.number(event.payload.total) })}`)
    }
    if (event.name === 'libraryProblem') process.stderr.write(`riscontro: ${event.payload.message}\n`)
  })
  await service.openFolder(folder, { remember: false })
  const indexed = await service.whenIndexed()
  if (showProgress) process.stderr.write('\n')
  if (indexed) return service
  await service.close()
  return null
}

/** Runs a command on the opened library, closing it (its saves written) whatever happens. */
async function withLibrary(folderArgument: string, language: UiLanguage | undefined, command: (service: LibraryService) => Promise<number>): Promise<number> {
  const service = await openLibrary(folderArgument, language)
  if (!service) return 1
  try {
    return await command(service)
  } finally {
    await service.close()
  }
}

/** Writes the pieces to stdout as the pipe takes them, so a slow reader never makes the CLI hold the whole output. */
async function writeChunks(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain')
  }
}

function scan(folderArgument: string, json: boolean, withRows: boolean): Promise<number> {
  return withLibrary(folderArgument, undefined, async (service) => {
    const scanned = await service.scanLibrary(withRows)
    if (json) {
      await writeChunks(scanned.chunks())
      return 0
    }
    const report = scanned.report()
    const claimCounts = new Map<string, number>()
    for (const claim of report.claims) claimCounts.set(claim.articleId, (claimCounts.get(claim.articleId) ?? 0) + 1)
    for (const article of report.articles) {
      const claims = claimCounts.get(article.id) ?? 0
      printLine(`${article.date ?? '          '}  ${article.language}  ${String(article.words).padStart(6)} words  ${String(claims).padStart(4)} claims  ${article.file}  ${article.title}`)
    }
    for (const skipped of report.skipped) printLine(`skipped  ${skipped.file}: ${skipped.reason}`)
    for (const row of report.rows.filter((row) => row.sourceCount > 1)) {
      printLine(`row  ${row.verdict.padEnd(6)}  ${row.sourceCount} sources  ${row.label}`)
    }
    process.stdout.write(`${report.articles.length} articles, ${report.claims.length} claims, ${report.rows.length} rows, ${report.skipped.length} skipped\n`)
    return 0
  })
}

async function exportLibrary(folderArgument: string, out: string, flavour: string, force: boolean, lang: string | undefined): Promise<number> {
  if (flavour !== 'plain' && flavour !== 'obsidian') {
    process.stderr.write(`riscontro: --flavour is plain or obsidian, not ${flavour}.\n`)
    return 2
  }
  const language: UiLanguage | null = lang === undefined ? languageFromEnvironment(process.env) : isUiLanguage(lang) ? lang : null
  if (language === null) {
    process.stderr.write(`riscontro: --lang is it or en, not ${lang}.\n`)
    return 2
  }
  const format = exportFormatOf(out)
  if (format === null || format === 'pdf') {
    const why = format === 'pdf' ? 'PDF is printed by the app (Export… → PDF report); here, export .html and print it.' : `--out ends in .md, .csv, .xlsx, .json or .html, which picks the format; ${out} does not.`
    process.stderr.write(`riscontro: ${why}\n`)
    return 2
  }
  const target = resolve(out)
  const scope = { articleIds: [], language }
  return withLibrary(folderArgument, language, async (service) => {
    if (format !== 'markdown') {
      const { paths, counts } = await service.writeExportFile(target, format, scope)
      process.stderr.write(`${paths.join(', ')}: written · ${counts.rows} rows, ${counts.articles} articles, ${counts.notes} notes\n`)
      return 0
    }
    const { written, counts } = await service.writeMarkdownExport(target, scope, flavour, force)
    if (!written.ok) {
      process.stderr.write(
        `riscontro: ${target} has hand edits inside generated parts (${written.userEditedRegions.join(', ')}). Nothing was written. Move your text outside the riscontro:begin/end markers, or run again with --force to replace those parts.\n`
      )
      return 1
    }
    const what = written.unchanged ? 'unchanged' : written.created ? 'written' : 'updated (your own text kept)'
    process.stderr.write(`${target}: ${what} · ${counts.rows} rows, ${counts.articles} articles, ${counts.notes} notes\n`)
    return 0
  })
}

function search(folderArgument: string, query: string, json: boolean): Promise<number> {
  return withLibrary(folderArgument, undefined, async (service) => {
    const result = await service.searchLibrary(query)
    if (json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n')
      return 0
    }
    const files = new Map(service.getLibrary()!.articles.map((article) => [article.id, article.file]))
    for (const note of result.notes) printLine(`note  ${note.label}: ${note.excerpt.text}`)
    for (const article of result.articles) printLine(`${String(article.matchCount).padStart(4)}×  ${files.get(article.articleId)}: ${article.excerpt.text}`)
    const unlisted = result.articleTotal - result.articles.length
    process.stdout.write(`${result.notes.length} notes, ${result.articleTotal} articles${unlisted > 0 ? ` (${unlisted} not listed)` : ''}\n`)
    return 0
  })
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        json: { type: 'boolean', default: false },
        rows: { type: 'boolean', default: true },
        out: { type: 'string' },
        flavour: { type: 'string', default: 'plain' },
        force: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    process.stderr.write(`riscontro: ${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  const [command, folder, ...extra] = parsed.positionals
  if (parsed.values.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (command === 'scan' && folder && extra.length === 0) return scan(folder, parsed.values.json, parsed.values.rows)
  if (command === 'search' && folder && extra.length > 0) return search(folder, extra.join(' '), parsed.values.json)
  if (command === 'export' && folder && extra.length === 0 && parsed.values.out) {
    return exportLibrary(folder, parsed.values.out, parsed.values.flavour, parsed.values.force, parsed.values.lang)
  }
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
