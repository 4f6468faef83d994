import type { ArticleSummary, ScanReport } from '../../shared/api'

/** The `cli scan --json` document: readable articles, and every other file with the reason it was skipped. */
export function buildScanReport(summaries: ArticleSummary[]): ScanReport {
  const report: ScanReport = { articles: [], skipped: [] }
  for (const summary of summaries) {
    if (summary.status === 'ok') {
      const { id, file, title, date, language, words, truncated, status } = summary
      report.articles.push({ id, file, title, date, language, words, truncated, status })
    } else {
      report.skipped.push({ file: summary.file, reason: summary.reason ?? summary.status })
    }
  }
  return report
}
