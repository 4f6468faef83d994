import type { ComparisonRow } from '../alignment/comparison-types'
import { buildComparisonTable, buildFootnoteDefinitions, ExportIndex } from './comparison-table'
import type { ExportData } from './export-types'
import { serializeMarkdown } from './markdown-tree'

/**
 * "Copy as Markdown" for the comparison table: the GFM table and the footnotes it cites, with no
 * front matter or region markers, ready to paste into any note. Same cells and footnote labels as
 * the exported file.
 */
export function tableToMarkdown(data: ExportData): string {
  return tableWithFootnotes(data, data.rows)
}

/** "Copy as Markdown" for one row: a one-row table with the columns of the sources it cites, and its footnotes. */
export function rowToMarkdown(row: ComparisonRow, data: ExportData): string {
  return tableWithFootnotes(data, [row])
}

function tableWithFootnotes(data: ExportData, rows: readonly ComparisonRow[]): string {
  const index = new ExportIndex({ ...data, rows })
  if (rows.length === 0) return ''
  const table = buildComparisonTable(index, rows, index.columns)
  return `${serializeMarkdown([table, ...buildFootnoteDefinitions(index, [...index.footnoteLabels.keys()])], { alignTables: !index.isLongTable })}\n`
}
