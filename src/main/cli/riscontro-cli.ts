import { once } from 'node:events'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LibraryService } from '../app/library-service'
import { exportFormatOf } from '../export/export-file'
import { resolveDataDir } from '../storage/data-dir'
import { describeIn, type Describer } from '../../shared/i18n/describe'
import { isUiLanguage, languageFromEnvironment } from '../../shared/i18n/languages'
import { sayMessage } from '../../shared/i18n/user-message'

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

/** A message on stderr, after the program's name. */
function printProblem(message: string): void {
  process.stderr.write(`riscontro: ${message}\n`)
}

/**
 * Opens the folder through the library service, as the app does, and waits for it to be indexed
 * (re-reading only what changed since the cached run). The progress line on a terminal speaks the
 * CLI's language; problems the service reports (a damaged file set aside, a failed index) go to
 * stderr. Null, with the reason printed, when the folder cannot be read; the caller closes the service.
 */
async function openLibrary(folderArgument: string, describe: Describer): Promise<LibraryService | null> {
  const folder = resolve(folderArgument)
  const stats = await stat(folder).catch(() => null)
  if (!stats?.isDirectory()) {
    printProblem(describe.t('cli.notAFolder', { folder }))
    return null
  }
  const showProgress = process.stderr.isTTY
  const service = new LibraryService({ dataDir: resolveDataDir(), watch: false })
  service.subscribe((event) => {
    if (event.name === 'indexProgress' && event.payload.phase === 'indexing' && showProgress) {
      process.stderr.write(`\r${describe.t('progress.indexing', { done: describe.number(event.payload.done), total: describe.number(event.payload.total) })}`)
    }
    if (event.name === 'libraryProblem') printProblem(sayMessage(describe.t, event.payload))
  })
  await service.openFolder(folder, { remember: false })
  const indexed = await service.whenIndexed()
  if (showProgress) process.stderr.write('\n')
  if (indexed) return service
  await service.close()
  return null
}

/** Runs a command on the opened library, closing it (its saves written) whatever happens. */
async function withLibrary(folderArgument: string, describe: Describer, command: (service: LibraryService) => Promise<number>): Promise<number> {
  const service = await openLibrary(folderArgument, describe)
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

function scan(folderArgument: string, json: boolean, withRows: boolean, describe: Describer): Promise<number> {
  const { t } = describe
  return withLibrary(folderArgument, describe, async (service) => {
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
      printLine(`${article.date ?? '          '}  ${article.language}  ${String(article.words).padStart(6)} ${t('cli.words')}  ${String(claims).padStart(4)} ${t('cli.claims')}  ${article.file}  ${article.title}`)
    }
    for (const skipped of report.skipped) {
      const reason = skipped.problem ? sayMessage(t, { ...skipped.problem, message: skipped.reason }) : skipped.reason
      printLine(`${t('cli.skipped')}  ${skipped.file}: ${reason}`)
    }
    const verdicts = { agree: t('cli.verdicts.agree'), differ: t('cli.verdicts.differ'), single: t('cli.verdicts.single') }
    const verdictWidth = Math.max(...Object.values(verdicts).map((word) => word.length))
    for (const row of report.rows.filter((row) => row.sourceCount > 1)) {
      printLine(`${t('cli.row')}  ${verdicts[row.verdict].padEnd(verdictWidth)}  ${t('cli.sources', { count: row.sourceCount })}  ${row.label}`)
    }
    const summary = t('cli.scanSummary', {
      articles: t('cli.articleCount', { count: report.articles.length }),
      claims: t('cli.claimCount', { count: report.claims.length }),
      rows: t('cli.rowCount', { count: report.rows.length }),
      skipped: t('cli.skippedCount', { count: report.skipped.length })
    })
    process.stdout.write(`${summary}\n`)
    return 0
  })
}

async function exportLibrary(folderArgument: string, out: string, flavour: string, force: boolean, describe: Describer): Promise<number> {
  const { t } = describe
  if (flavour !== 'plain' && flavour !== 'obsidian') {
    printProblem(t('cli.badFlavour', { flavour }))
    return 2
  }
  const format = exportFormatOf(out)
  if (format === null || format === 'pdf') {
    printProblem(format === 'pdf' ? t('cli.pdfByTheApp') : t('cli.badExtension', { out }))
    return 2
  }
  const target = resolve(out)
  const scope = { articleIds: [], language: describe.language }
  const exported = (paths: string[], outcome: string, counts: { rows: number; articles: number; notes: number }): string =>
    t('cli.exported', {
      paths: paths.join(', '),
      outcome,
      rows: t('cli.rowCount', { count: counts.rows }),
      articles: t('cli.articleCount', { count: counts.articles }),
      notes: t('cli.noteCount', { count: counts.notes })
    })
  return withLibrary(folderArgument, describe, async (service) => {
    if (format !== 'markdown') {
      const { paths, counts } = await service.writeExportFile(target, format, scope)
      process.stderr.write(`${exported(paths, t('cli.written'), counts)}\n`)
      return 0
    }
    const { written, counts } = await service.writeMarkdownExport(target, scope, flavour, force)
    if (!written.ok) {
      printProblem(t('cli.handEdited', { path: target, regions: written.userEditedRegions.join(', ') }))
      return 1
    }
    const outcome = written.unchanged ? t('cli.unchanged') : written.created ? t('cli.written') : t('cli.updated')
    process.stderr.write(`${exported([target], outcome, counts)}\n`)
    return 0
  })
}

function search(folderArgument: string, query: string, json: boolean, describe: Describer): Promise<number> {
  const { t } = describe
  return withLibrary(folderArgument, describe, async (service) => {
    const result = await service.searchLibrary(query)
    if (json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n')
      return 0
    }
    const files = new Map(service.getLibrary()!.articles.map((article) => [article.id, article.file]))
    for (const note of result.notes) printLine(`${t('cli.note')}  ${note.label}: ${note.excerpt.text}`)
    for (const article of result.articles) printLine(`${String(article.matchCount).padStart(4)}×  ${files.get(article.articleId)}: ${article.excerpt.text}`)
    const unlisted = result.articleTotal - result.articles.length
    const summary = t('cli.searchSummary', { notes: t('cli.noteCount', { count: result.notes.length }), articles: t('cli.articleCount', { count: result.articleTotal }) })
    process.stdout.write(`${summary}${unlisted > 0 ? t('cli.notListed', { count: unlisted }) : ''}\n`)
    return 0
  })
}

async function main(argv: string[]): Promise<number> {
  // Messages speak --lang's language, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English.
  const environment = describeIn(languageFromEnvironment(process.env))
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
    process.stderr.write(`riscontro: ${(error as Error).message}\n${environment.t('cli.usage')}\n`)
    return 2
  }
  const { lang } = parsed.values
  if (lang !== undefined && !isUiLanguage(lang)) {
    printProblem(environment.t('cli.badLanguage', { language: lang }))
    return 2
  }
  const describe = lang === undefined ? environment : describeIn(lang)
  const [command, folder, ...extra] = parsed.positionals
  if (parsed.values.help) {
    process.stdout.write(describe.t('cli.usage') + '\n')
    return 0
  }
  if (command === 'scan' && folder && extra.length === 0) return scan(folder, parsed.values.json, parsed.values.rows, describe)
  if (command === 'search' && folder && extra.length > 0) return search(folder, extra.join(' '), parsed.values.json, describe)
  if (command === 'export' && folder && extra.length === 0 && parsed.values.out) {
    return exportLibrary(folder, parsed.values.out, parsed.values.flavour, parsed.values.force, describe)
  }
  process.stderr.write(`${describe.t('cli.usage')}\n`)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    printProblem(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
)
