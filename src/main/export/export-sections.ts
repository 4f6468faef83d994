import { createHash } from 'node:crypto'
import type { Blockquote, Heading, Nodes, PhrasingContent, RootContent } from 'mdast'
import type { ArticleSummary } from '../../shared/api'
import type { ComparisonRow } from '../alignment/comparison-types'
import type { Note } from '../notes/note-types'
import { buildArticleReference, capitalize, formatColumnTitle, type ExportIndex, toSafeId, toSingleLine } from './comparison-table'
import type { ExportFlavour } from './export-types'
import { getChildren, type FlowContent, paragraph, parseMarkdown, rawSyntax, text } from './markdown-tree'

/** Row sections are `##`; headings inside a note body start below them. */
const ROW_HEADING_DEPTH = 2

/** A row's section: heading, what the figures say, a conflict call-out, the user's verdict and notes. */
export function buildRowSection(index: ExportIndex, row: ComparisonRow, flavour: ExportFlavour): RootContent[] {
  const statement = paragraph(text(describeRow(row)))
  if (flavour === 'obsidian') statement.children.push(text(` ^${toRowBlockId(row)}`))
  const section: RootContent[] = [heading(ROW_HEADING_DEPTH, toSingleLine(row.label)), statement]
  if (index.isConflicting(row)) section.push(buildConflictCallout(index, row, flavour))
  for (const note of index.rowNotes(row)) {
    if (note.verdict) section.push(paragraph(strong('Your verdict:'), text(` ${capitalize(note.verdict)}`)))
    section.push(...convertNoteBody(note, ROW_HEADING_DEPTH))
  }
  for (const note of index.claimNotes(row)) {
    const claim = note.target.kind === 'claim' ? index.claimsById.get(note.target.claimId) : undefined
    const article = claim ? index.articlesById.get(claim.articleId) : undefined
    section.push(paragraph(strong(`Your note on “${toSingleLine(claim?.text ?? note.anchor?.quote ?? '')}”`), text(' ('), ...formatShortTitle(article, note), text(')')))
    section.push(...convertNoteBody(note, ROW_HEADING_DEPTH))
  }
  return section
}

/** "Sources" section: every column article with its file, and the user's note on it. */
export function buildSourcesSection(index: ExportIndex, articles: readonly ArticleSummary[]): RootContent[] {
  if (articles.length === 0) return []
  const items = articles.map((article) => {
    const notes = index.data.notes.filter((note) => !note.orphaned && note.target.kind === 'article' && note.target.articleId === article.id)
    return {
      type: 'listItem' as const,
      spread: notes.length > 0,
      children: [paragraph(...buildArticleReference(article)), ...notes.flatMap((note) => convertNoteBody(note, ROW_HEADING_DEPTH))]
    }
  })
  return [heading(ROW_HEADING_DEPTH, 'Sources'), { type: 'list', ordered: true, start: 1, spread: false, children: items }]
}

/** Notes whose target left the index, with the quote they were attached to, so nothing the user wrote is hidden. */
export function buildOrphanedSection(notes: readonly Note[]): RootContent[] {
  if (notes.length === 0) return []
  const section: RootContent[] = [
    heading(ROW_HEADING_DEPTH, 'Notes on text no longer in the sources'),
    paragraph(text('These notes were attached to figures or articles that have since changed or been removed.'))
  ]
  for (const note of notes) {
    const anchor = note.anchor
    const subject = anchor?.quote ? `Your note on “${toSingleLine(anchor.quote)}”` : 'Your note'
    const where: PhrasingContent[] = anchor
      ? [text(' ('), { type: 'emphasis', children: [text(toSingleLine(anchor.articleTitle) || 'untitled')] }, text(', '), { type: 'inlineCode', value: anchor.file || '?' }, text(')')]
      : []
    section.push(paragraph(strong(subject), ...where))
    if (anchor?.sentence) section.push({ type: 'blockquote', children: [paragraph(text(toSingleLine(anchor.sentence)))] })
    if (note.verdict) section.push(paragraph(strong('Your verdict:'), text(` ${capitalize(note.verdict)}`)))
    section.push(...convertNoteBody(note, ROW_HEADING_DEPTH))
  }
  return section
}

/** The library note, under its own heading. */
export function buildLibraryNoteSection(notes: readonly Note[]): RootContent[] {
  if (notes.length === 0) return []
  return [heading(ROW_HEADING_DEPTH, 'Notes'), ...notes.flatMap((note) => convertNoteBody(note, ROW_HEADING_DEPTH))]
}

/** `row-<id>`: the row's region id, and its Obsidian block id. */
export function toRowBlockId(row: ComparisonRow): string {
  return `row-${toSafeId(row.id)}`
}

/** "The sources differ. Figures from 11,000 to 12,000 soldier (spread ×1.09), 3 sources." */
export function describeRow(row: ComparisonRow): string {
  const verdict = { agree: 'The sources agree.', differ: 'The sources differ.', single: 'One source only.' }[row.verdict]
  const unit = row.unit ? ` ${row.unit}` : ''
  let figures = ''
  if (row.low !== null && row.high !== null && row.low === row.high) figures = `Figure: ${formatNumber(row.low)}${unit}`
  else if (row.low !== null && row.high !== null) figures = `Figures from ${formatNumber(row.low)} to ${formatNumber(row.high)}${unit}`
  else if (row.low !== null) figures = `Figures from ${formatNumber(row.low)}${unit}`
  else if (row.high !== null) figures = `Figures up to ${formatNumber(row.high)}${unit}`
  if (figures && row.spread !== null) figures += ` (spread ×${row.spread.toFixed(2)})`
  const sources = row.verdict === 'single' ? '' : `${row.sourceCount} sources`
  const tail = [figures, sources].filter((part) => part !== '').join(', ')
  return tail ? `${verdict} ${tail}.` : verdict
}

/** Deterministic, locale-independent: `11,000`, `1,700,000,000`, `1.99`. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '')).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/**
 * Plain: a quote starting "**Conflicting:**". Obsidian: a `[!warning]` callout. Same words either way:
 * the figures each source gives, and whether the user marked the row conflicting.
 */
function buildConflictCallout(index: ExportIndex, row: ComparisonRow, flavour: ExportFlavour): Blockquote {
  const content: PhrasingContent[] = []
  if (row.verdict === 'differ') {
    const claims = index.claimsInColumnOrder(row)
    content.push(text('The sources give different figures: '))
    claims.forEach((claim, position) => {
      const article = index.articlesById.get(claim.articleId)
      if (position > 0) content.push(text(position === claims.length - 1 ? ' and ' : ', '))
      content.push(text(`“${toSingleLine(claim.text)}” (`), ...formatShortTitle(article, undefined), text(')'))
    })
    content.push(text('.'))
  } else {
    const figures = row.verdict === 'single' ? 'Only one source gives this figure' : 'The figures agree'
    content.push(text(`${figures}, but your verdict marks this row conflicting.`))
  }
  const lead: PhrasingContent[] = flavour === 'obsidian' ? [rawSyntax('[!warning] Conflicting'), text('\n')] : [strong('Conflicting:'), text(' ')]
  return { type: 'blockquote', children: [paragraph(...lead, ...content)] }
}

/** The article as its table column is headed: "*La guerra in Ucraina ha assunto… (2026-01-10)*". */
function formatShortTitle(article: ArticleSummary | undefined, note: Note | undefined): PhrasingContent[] {
  const title = article ? formatColumnTitle(article) : toSingleLine(note?.anchor?.articleTitle ?? 'an article no longer in the library')
  return [{ type: 'emphasis', children: [text(title)] }]
}

/**
 * The note's Markdown, parsed so it nests inside the export: its headings start below the
 * section's, its footnote labels are prefixed so they cannot collide with the table's, and any
 * text that looks like an export region marker is defused so it cannot break the next merge.
 */
export function convertNoteBody(note: Note, sectionDepth: number): FlowContent[] {
  if (note.body.trim() === '') return []
  const tree = parseMarkdown(note.body)
  const prefix = `n-${createHash('sha1').update(note.id).digest('hex').slice(0, 6)}-`
  visitTree(tree, (node) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + sectionDepth) as Heading['depth']
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      node.identifier = prefix + node.identifier
      node.label = prefix + (node.label ?? node.identifier)
    }
    if (node.type === 'html' && /riscontro:(begin|end)/i.test(node.value)) node.value = node.value.replace(/riscontro:(begin|end)/gi, 'riscontro-$1')
  })
  // A parsed document's top level is flow content; mdast's Root type is wider only to allow fragments.
  return tree.children as FlowContent[]
}

function visitTree(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node)
  for (const child of getChildren(node)) visitTree(child, visit)
}

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] }
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] }
}
