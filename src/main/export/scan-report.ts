import type { ArticleSummary, Claim, ComparisonRow, ScanReport, Story } from '../../shared/model'

/** The `cli scan --json` document: readable articles, every other file with the reason it was skipped, claims and rows. */
export function buildScanReport(summaries: ArticleSummary[], claims: Claim[], stories: Story[], rows: ComparisonRow[]): ScanReport {
  return { ...splitSummaries(summaries), claims, stories, rows }
}

function splitSummaries(summaries: readonly ArticleSummary[]): Pick<ScanReport, 'articles' | 'skipped'> {
  const split: Pick<ScanReport, 'articles' | 'skipped'> = { articles: [], skipped: [] }
  for (const summary of summaries) {
    if (summary.status === 'ok') {
      const { id, file, title, date, outlet, author, url, language, words, truncated, status } = summary
      split.articles.push({ id, file, title, date, outlet, author, url, language, words, truncated, status })
    } else {
      const problem = summary.problem && { code: summary.problem.code, params: summary.problem.params }
      split.skipped.push({ file: summary.file, reason: summary.reason ?? summary.status, problem })
    }
  }
  return split
}

/** Pieces of output are gathered up to about this many characters before they are handed on. */
const CHUNK_CHARS = 64 * 1024

/**
 * The same text as `JSON.stringify(buildScanReport(…), null, 2)` and a newline, a piece at a time (articles, then
 * claims, then stories and rows), so the CLI never holds the whole document: at 17k articles it was
 * a 75 MB string. Without `comparison` (`scan --json --no-rows`) the document has no `stories` and
 * `rows`.
 */
export function* scanReportChunks(
  summaries: readonly ArticleSummary[],
  claims: readonly Claim[],
  comparison: { stories: readonly Story[]; rows: readonly ComparisonRow[] } | null
): Generator<string> {
  const { articles, skipped } = splitSummaries(summaries)
  const sections: Array<[name: string, items: readonly unknown[]]> = [
    ['articles', articles],
    ['skipped', skipped],
    ['claims', claims]
  ]
  if (comparison) sections.push(['stories', comparison.stories], ['rows', comparison.rows])
  yield '{\n'
  for (const [at, [name, items]] of sections.entries()) {
    const after = at === sections.length - 1 ? '\n' : ',\n'
    if (items.length === 0) {
      yield `  ${JSON.stringify(name)}: []${after}`
      continue
    }
    let chunk = `  ${JSON.stringify(name)}: [\n`
    for (const [index, item] of items.entries()) {
      chunk += `    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}${index === items.length - 1 ? '\n' : ',\n'}`
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk
        chunk = ''
      }
    }
    yield `${chunk}  ]${after}`
  }
  yield '}\n'
}
