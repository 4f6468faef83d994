import type { FootnoteDefinition, PhrasingContent, Table, TableCell, TableRow } from 'mdast'
import type { ArticleSummary, Claim } from '../../shared/model'
import { buildDeepLink } from '../../shared/deep-link'
import { describeIn, type Describer } from '../../shared/i18n/describe'
import type { ComparisonRow, RowVerdict } from '../alignment/comparison-types'
import type { Note, NoteVerdict } from '../notes/note-types'
import type { ExportData } from './export-types'
import { paragraph, text } from './markdown-tree'

/** Lookups over the exported data, shared by the table, the row sections and the copy functions. */
export class ExportIndex {
  readonly articlesById: ReadonlyMap<string, ArticleSummary>
  readonly claimsById: ReadonlyMap<string, Claim>
  /** Articles with a claim in the rows, in the order of `data.articles`: the table's columns. */
  readonly columns: readonly ArticleSummary[]
  /** Claim id → footnote label, for every claim the table cites, in citation order. */
  readonly footnoteLabels: ReadonlyMap<string, string>
  /** Article id → its column's position. */
  private readonly columnPosition: ReadonlyMap<string, number>
  /** The export's words and number formats, in its language. */
  readonly describe: Describer

  constructor(readonly data: ExportData) {
    this.describe = describeIn(data.language ?? 'en')
    this.articlesById = new Map(data.articles.map((article) => [article.id, article]))
    this.claimsById = new Map(data.claims.map((claim) => [claim.id, claim]))
    const cited = new Set(data.rows.flatMap((row) => this.claimsOf(row).map((claim) => claim.articleId)))
    this.columns = data.articles.filter((article) => cited.has(article.id))
    this.columnPosition = new Map(this.columns.map((column, position) => [column.id, position]))
    this.footnoteLabels = assignFootnoteLabels(data.rows.flatMap((row) => this.claimsInColumnOrder(row).map((claim) => claim.id)))
  }

  /**
   * The row's claims, source by source in column order (a source's own claims in the row's order).
   * Sorted once per row rather than looked up per column: a library export has thousands of columns.
   */
  claimsInColumnOrder(row: ComparisonRow): Claim[] {
    const position = (claim: Claim): number => this.columnPosition.get(claim.articleId) ?? -1
    return this.claimsOf(row)
      .filter((claim) => position(claim) !== -1)
      .map((claim, order) => ({ claim, order }))
      .sort((a, b) => position(a.claim) - position(b.claim) || a.order - b.order)
      .map(({ claim }) => claim)
  }

  /** Whether the table is wide (a column per source) or long (a line per source of each quantity). */
  get isLongTable(): boolean {
    return this.columns.length > MAX_SOURCE_COLUMNS
  }

  /** The row's member claims that are known, in the row's order. */
  claimsOf(row: ComparisonRow): Claim[] {
    return row.claimIds.map((id) => this.claimsById.get(id)).filter((claim): claim is Claim => claim !== undefined)
  }

  claimsIn(row: ComparisonRow, articleId: string): Claim[] {
    return this.claimsOf(row).filter((claim) => claim.articleId === articleId)
  }

  /** Current (not orphaned) notes on the row itself. */
  rowNotes(row: ComparisonRow): Note[] {
    return this.data.notes.filter((note) => !note.orphaned && note.target.kind === 'row' && note.target.rowId === row.id)
  }

  /** Current notes on the row's member claims, in the row's claim order. */
  claimNotes(row: ComparisonRow): Note[] {
    return row.claimIds.flatMap((id) =>
      this.data.notes.filter((note) => !note.orphaned && note.target.kind === 'claim' && note.target.claimId === id)
    )
  }

  /** The user's verdict on the row: the first row note that gives one. */
  noteVerdict(row: ComparisonRow): NoteVerdict | undefined {
    return this.rowNotes(row).find((note) => note.verdict)?.verdict
  }

  /** Sources disagree, or the user says they do. */
  isConflicting(row: ComparisonRow): boolean {
    return row.verdict === 'differ' || this.noteVerdict(row) === 'conflicting'
  }
}

/**
 * Up to this many sources, one column each; past it the table turns long (a line per source of each
 * quantity): one padded column per source made a 223 MB file from 1,000 articles and ran 3,000 out
 * of memory (issue 15), and no reader scrolls a table that wide.
 */
export const MAX_SOURCE_COLUMNS = 8

/**
 * The comparison as a GFM table: the row label, one right-aligned column per source, the verdict;
 * or, past `MAX_SOURCE_COLUMNS` sources, a long table with a line per quantity and source.
 */
export function buildComparisonTable(index: ExportIndex, rows: readonly ComparisonRow[], columns: readonly ArticleSummary[]): Table {
  if (columns.length > MAX_SOURCE_COLUMNS) return buildLongTable(index, rows)
  const { t } = index.describe
  const header: TableRow = {
    type: 'tableRow',
    children: [cell(text(t('exportWords.quantity'))), ...columns.map((column) => cell(text(formatColumnTitle(column, index.describe)))), cell(text(t('exportWords.verdict')))]
  }
  const body = rows.map(
    (row): TableRow => ({
      type: 'tableRow',
      children: [
        cell(text(toSingleLine(row.label))),
        ...columns.map((column) => cell(...claimCitations(index, index.claimsIn(row, column.id)))),
        cell(text(formatVerdict(index.describe, row.verdict, index.noteVerdict(row))))
      ]
    })
  )
  return { type: 'table', align: ['left', ...columns.map(() => 'right' as const), 'left'], children: [header, ...body] }
}

/** Quantity | Source | Figures | Verdict, a line for each source of each quantity, in column order. */
function buildLongTable(index: ExportIndex, rows: readonly ComparisonRow[]): Table {
  const { t } = index.describe
  const header: TableRow = {
    type: 'tableRow',
    children: [t('exportWords.quantity'), t('exportWords.source'), t('exportWords.figures'), t('exportWords.verdict')].map((word) => cell(text(word)))
  }
  const body = rows.flatMap((row): TableRow[] => {
    const label = toSingleLine(row.label)
    const verdict = formatVerdict(index.describe, row.verdict, index.noteVerdict(row))
    const bySource = new Map<string, Claim[]>()
    for (const claim of index.claimsInColumnOrder(row)) bySource.set(claim.articleId, [...(bySource.get(claim.articleId) ?? []), claim])
    return [...bySource].map(([articleId, claims]) => {
      const article = index.articlesById.get(articleId)
      return {
        type: 'tableRow',
        children: [cell(text(label)), cell(text(article ? formatColumnTitle(article, index.describe) : articleId)), cell(...claimCitations(index, claims)), cell(text(verdict))]
      }
    })
  })
  return { type: 'table', align: ['left', 'left', 'right', 'left'], children: [header, ...body] }
}

/** One footnote per cited claim: the article's title, date and file, and the sentence with the claim in bold. */
export function buildFootnoteDefinitions(index: ExportIndex, claimIds: readonly string[]): FootnoteDefinition[] {
  return claimIds.flatMap((id) => {
    const claim = index.claimsById.get(id)
    const label = index.footnoteLabels.get(id)
    if (!claim || !label) return []
    const article = index.articlesById.get(claim.articleId)
    const link = article ? claimLink(index.data.library ?? null, article, claim) : null
    return [{ type: 'footnoteDefinition', identifier: label, label, children: [paragraph(...buildCitation(index.describe, claim, article, link))] }]
  })
}

/** "*Title* (2026-01-10), `file`, p. 4: “sentence with **claim**” ([open](riscontro://…))". */
export function buildCitation(describe: Describer, claim: Claim, article: ArticleSummary | undefined, link: string | null = null): PhrasingContent[] {
  const { t } = describe
  const sentence = toSingleLine(claim.sentence)
  const quote = toSingleLine(claim.text)
  const at = sentence.indexOf(quote)
  const quoted: PhrasingContent[] =
    at === -1 || quote === ''
      ? [text(sentence)]
      : [text(sentence.slice(0, at)), { type: 'strong', children: [text(quote)] }, text(sentence.slice(at + quote.length))]
  return [
    ...buildArticleReference(describe, article),
    ...(claim.page === undefined ? [] : [text(`, ${t('exportWords.page', { page: claim.page })}`)]),
    text(': “'),
    ...quoted.filter((node) => node.type !== 'text' || node.value !== ''),
    text('”'),
    ...(link === null ? [] : [text(' ('), { type: 'link' as const, url: link, children: [text(t('exportWords.openInRiscontro'))] }, text(')')])
  ]
}

/** The `riscontro://` link reopening a claim in its article, or null without a library to name. */
export function claimLink(library: string | null, article: Pick<ArticleSummary, 'file'>, claim: Pick<Claim, 'start' | 'end'>): string | null {
  return library === null ? null : buildDeepLink({ kind: 'claim', library, file: article.file, start: claim.start, end: claim.end })
}

/** "*Title* (2026-01-10), `file`", or "an article no longer in the library". */
export function buildArticleReference(describe: Describer, article: ArticleSummary | undefined): PhrasingContent[] {
  if (!article) return [text(describe.t('exportWords.goneArticle'))]
  return [{ type: 'emphasis', children: [text(toSingleLine(article.title))] }, text(` (${article.date ?? describe.t('exportWords.undated')}), `), { type: 'inlineCode', value: article.file }]
}

/** Claims as written, each with its footnote reference, separated by semicolons. */
function claimCitations(index: ExportIndex, claims: readonly Claim[]): PhrasingContent[] {
  return claims.flatMap((claim, position) => {
    const label = index.footnoteLabels.get(claim.id)
    const reference: PhrasingContent[] = label ? [{ type: 'footnoteReference', identifier: label, label }] : []
    return [...(position > 0 ? [text('; ')] : []), text(toSingleLine(claim.text)), ...reference]
  })
}

/** The machine's verdict word, and the user's beside it: "Differ · Conflicting". */
export function formatVerdict(describe: Describer, verdict: RowVerdict, noteVerdict: NoteVerdict | undefined): string {
  const label = describe.verdictWord(verdict)
  return noteVerdict ? `${label} · ${describe.noteVerdict(noteVerdict)}` : label
}

const COLUMN_TITLE_LENGTH = 32

/** A column header short enough for a table: the title cut at a word, and the date. */
export function formatColumnTitle(article: ArticleSummary, describe: Describer): string {
  const title = toSingleLine(article.title).replace(/…$/, '')
  let short = title
  if (title.length > COLUMN_TITLE_LENGTH) {
    const cut = title.slice(0, COLUMN_TITLE_LENGTH + 1)
    const space = cut.lastIndexOf(' ')
    short = `${(space > 0 ? cut.slice(0, space) : cut.slice(0, COLUMN_TITLE_LENGTH)).replace(/[\s,;:.]+$/, '')}…`
  }
  return `${short} (${article.date ?? describe.t('exportWords.undated')})`
}

/** Table cells and footnotes hold one line: line breaks inside them would end the table row. */
export function toSingleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Footnote labels from claim ids: lower case letters, digits and dashes, unique, stable across exports. */
function assignFootnoteLabels(claimIds: readonly string[]): Map<string, string> {
  const labels = new Map<string, string>()
  const used = new Set<string>()
  for (const id of claimIds) {
    if (labels.has(id)) continue
    const base = `c-${toSafeId(id)}`
    let label = base
    for (let suffix = 2; used.has(label); suffix++) label = `${base}-${suffix}`
    used.add(label)
    labels.set(id, label)
  }
  return labels
}

/** Letters, digits and dashes only: valid as a footnote label, a region id and an Obsidian block id. */
export function toSafeId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x'
}

function cell(...children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children }
}
