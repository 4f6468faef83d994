import type { ArticleSummary, Claim, ComparisonRow, ScanReport, Story } from '../../shared/api'

/** The `cli scan --json` document: readable articles, every other file with the reason it was skipped, claims and rows. */
export function buildScanReport(summaries: ArticleSummary[], claims: Claim[], stories: Story[], rows: ComparisonRow[]): ScanReport {
  const report: ScanReport = { articles: [], skipped: [], claims, stories, rows }
  for (const summary of summaries) {
    if (summary.status === 'ok') {
      const { id, file, title, date, outlet, author, url, language, words, truncated, status } = summary
      report.articles.push({ id, file, title, date, outlet, author, url, language, words, truncated, status })
    } else {
      report.skipped.push({ file: summary.file, reason: summary.reason ?? summary.status })
    }
  }
  return report
}
