import type { ArticleSummary, Claim } from '../../shared/model'
import type { ComparisonRow } from '../alignment/comparison-types'
import type { Describer } from '../../shared/i18n/describe'
import { claimLink, ExportIndex, formatColumnTitle, formatVerdict, toSingleLine } from './comparison-table'
import type { ExportData } from './export-types'

/**
 * The comparison as two tables of plain values, for the CSV and XLSX exports: one row per quantity
 * (label, unit, one column per source, verdict, spread, the user's verdict and note) and one row per
 * cited claim (its article, sentence, offsets and a `riscontro://` link back to it).
 */

export type SheetValue = string | number | null

export interface Sheet {
  name: string
  header: string[]
  /** The rows, made as they are read (each read makes them again): a library's claims sheet has tens of thousands. */
  rows: Iterable<SheetValue[]>
  /** Columns holding `riscontro://` links, which XLSX writes as hyperlinks. */
  linkColumns: number[]
}

export interface ExportSheets {
  table: Sheet
  claims: Sheet
}

/** The library's absolute folder, for the links in citations; null writes none. */
type LinkLibrary = string | null

export function buildExportSheets(data: ExportData): ExportSheets {
  const index = new ExportIndex(data)
  return { table: buildTableSheet(index), claims: buildClaimSheet(index, data.library ?? null) }
}

/** "Il Quotidiano del Lago: Garda, il lago più basso… (2025-08-06)", or the title and date when no outlet is known. */
export function formatSourceHeading(article: ArticleSummary, describe: Describer): string {
  return article.outlet ? `${toSingleLine(article.outlet)}: ${formatColumnTitle(article, describe)}` : formatColumnTitle(article, describe)
}

function buildTableSheet(index: ExportIndex): Sheet {
  const { describe } = index
  const { t } = describe
  const header = [
    t('exportWords.quantity'),
    t('exportWords.unit'),
    ...index.columns.map((column) => formatSourceHeading(column, describe)),
    t('exportWords.verdict'),
    t('exportWords.spread'),
    t('exportWords.yourVerdictColumn'),
    t('exportWords.yourNoteColumn')
  ]
  const rowValues = (row: ComparisonRow): SheetValue[] => {
    const verdict = index.noteVerdict(row)
    return [
      toSingleLine(row.label),
      row.unit,
      ...index.columns.map((column) => index.claimsIn(row, column.id).map((claim) => toSingleLine(claim.text)).join('; ') || null),
      formatVerdict(describe, row.verdict, undefined),
      row.spread === null ? null : Math.round(row.spread * 100) / 100,
      verdict ? describe.noteVerdict(verdict) : null,
      rowNoteText(index, row)
    ]
  }
  function* rows(): Generator<SheetValue[]> {
    for (const row of index.data.rows) yield rowValues(row)
  }
  return { name: t('exportWords.comparisonSheet'), header, rows: madeOnRead(rows), linkColumns: [] }
}

/** The row's own notes, then its claims' notes, as one text (the notes' Markdown kept as written). */
function rowNoteText(index: ExportIndex, row: ComparisonRow): string | null {
  const bodies = [...index.rowNotes(row), ...index.claimNotes(row)].map((note) => note.body.trim()).filter(Boolean)
  return bodies.length > 0 ? bodies.join('\n\n') : null
}

/** An iterable that makes its items again each time it is read. */
function madeOnRead<T>(make: () => Iterable<T>): Iterable<T> {
  return { [Symbol.iterator]: () => make()[Symbol.iterator]() }
}

const CLAIM_COLUMNS = [
  'quantity', 'source', 'outlet', 'date', 'file', 'pageColumn', 'claim', 'value', 'low', 'high', 'unit', 'qualifier', 'sentence', 'start', 'end', 'link'
] as const

function buildClaimSheet(index: ExportIndex, library: LinkLibrary): Sheet {
  const { t } = index.describe
  const header = CLAIM_COLUMNS.map((column) => t(`exportWords.${column}`))
  function* rows(): Generator<SheetValue[]> {
    for (const row of index.data.rows) {
      for (const column of index.columns) for (const claim of index.claimsIn(row, column.id)) yield claimRow(row, column, claim, library)
    }
  }
  return { name: t('exportWords.claimsSheet'), header, rows: madeOnRead(rows), linkColumns: library === null ? [] : [header.length - 1] }
}

function claimRow(row: ComparisonRow, article: ArticleSummary, claim: Claim, library: LinkLibrary): SheetValue[] {
  return [
    toSingleLine(row.label),
    toSingleLine(article.title),
    article.outlet,
    article.date,
    article.file,
    claim.page ?? null,
    toSingleLine(claim.text),
    claim.value,
    claim.low,
    claim.high,
    claim.unit,
    claim.qualifier,
    toSingleLine(claim.sentence),
    claim.start,
    claim.end,
    claimLink(library, article, claim)
  ]
}
