import type { Sheet, SheetValue } from './export-sheets'

/**
 * A sheet as CSV, a line at a time (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break). It starts with a UTF-8 byte-order mark, without which Excel reads
 * "è" as "Ã¨". A text cell starting with `=`, `+`, `-`, `@` or a tab gets a leading `'`: an article's
 * words must never run as a spreadsheet formula (OWASP, "CSV injection").
 */
export function* streamCsv(sheet: Sheet): Generator<string> {
  yield `\uFEFF${formatCsvLine(sheet.header)}`
  for (const row of sheet.rows) yield formatCsvLine(row)
}

function formatCsvLine(row: readonly SheetValue[]): string {
  return `${row.map(formatCsvField).join(',')}\r\n`
}

function formatCsvField(value: SheetValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The claims file beside the table's: `confronto.csv` → `confronto.claims.csv`. */
export function claimsCsvPath(tablePath: string): string {
  return tablePath.replace(/(\.csv)?$/i, '.claims.csv')
}
