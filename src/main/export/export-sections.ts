import { createHash } from 'node:crypto'
import type { Blockquote, Heading, Nodes, PhrasingContent, RootContent } from 'mdast'
import type { ArticleSummary } from '../../shared/model'
import type { ComparisonRow } from '../alignment/comparison-types'
import type { Note } from '../notes/note-types'
import type { Describer } from '../../shared/i18n/describe'
import { buildArticleReference, formatColumnTitle, type ExportIndex, toSafeId, toSingleLine } from './comparison-table'
import type { ExportFlavour } from './export-types'
import { getChildren, type FlowContent, paragraph, parseMarkdown, rawSyntax, text } from './markdown-tree'

/** Row sections are `##`; headings inside a note body start below them. */
const ROW_HEADING_DEPTH = 2

/** A row's section: heading, what the figures say, a conflict call-out, the user's verdict and notes. */
export function buildRowSection(index: ExportIndex, row: ComparisonRow, flavour: ExportFlavour): RootContent[] {
  const { describe } = index
  const { t } = describe
  const statement = paragraph(text(describeRow(describe, row)))
  if (flavour === 'obsidian') statement.children.push(text(` ^${toRowBlockId(row)}`))
  const section: RootContent[] = [heading(ROW_HEADING_DEPTH, toSingleLine(row.label)), statement]
  if (index.isConflicting(row)) section.push(buildConflictCallout(index, row, flavour))
  for (const note of index.rowNotes(row)) {
    if (note.verdict) section.push(paragraph(strong(t('exportWords.yourVerdict')), text(` ${describe.noteVerdict(note.verdict)}`)))
    section.push(...convertNoteBody(note, ROW_HEADING_DEPTH))
  }
  for (const note of index.claimNotes(row)) {
    const claim = note.target.kind === 'claim' ? index.claimsById.get(note.target.claimId) : undefined
    const article = claim ? index.articlesById.get(claim.articleId) : undefined
    section.push(paragraph(strong(t('exportWords.yourNoteOn', { quote: toSingleLine(claim?.text ?? note.anchor?.quote ?? '') })), text(' ('), ...formatShortTitle(describe, article, note), text(')')))
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
      children: [paragraph(...buildArticleReference(index.describe, article)), ...notes.flatMap((note) => convertNoteBody(note, ROW_HEADING_DEPTH))]
    }
  })
  return [heading(ROW_HEADING_DEPTH, index.describe.t('exportWords.sources')), { type: 'list', ordered: true, start: 1, spread: false, children: items }]
}

/** Notes whose target left the index, with the quote they were attached to, so nothing the user wrote is hidden. */
export function buildOrphanedSection(describe: Describer, notes: readonly Note[]): RootContent[] {
  if (notes.length === 0) return []
  const { t } = describe
  const section: RootContent[] = [heading(ROW_HEADING_DEPTH, t('exportWords.orphanedHeading')), paragraph(text(t('exportWords.orphanedIntro')))]
  for (const note of notes) {
    const anchor = note.anchor
    const subject = anchor?.quote ? t('exportWords.yourNoteOn', { quote: toSingleLine(anchor.quote) }) : t('exportWords.yourNote')
    const where: PhrasingContent[] = anchor
      ? [text(' ('), { type: 'emphasis', children: [text(toSingleLine(anchor.articleTitle) || t('exportWords.untitled'))] }, text(', '), { type: 'inlineCode', value: anchor.file || '?' }, text(')')]
      : []
    section.push(paragraph(strong(subject), ...where))
    if (anchor?.sentence) section.push({ type: 'blockquote', children: [paragraph(text(toSingleLine(anchor.sentence)))] })
    if (note.verdict) section.push(paragraph(strong(t('exportWords.yourVerdict')), text(` ${describe.noteVerdict(note.verdict)}`)))
    section.push(...convertNoteBody(note, ROW_HEADING_DEPTH))
  }
  return section
}

/** The library note, under its own heading. */
export function buildLibraryNoteSection(describe: Describer, notes: readonly Note[]): RootContent[] {
  if (notes.length === 0) return []
  return [heading(ROW_HEADING_DEPTH, describe.t('exportWords.notes')), ...notes.flatMap((note) => convertNoteBody(note, ROW_HEADING_DEPTH))]
}

/** `row-<id>`: the row's region id, and its Obsidian block id. */
export function toRowBlockId(row: ComparisonRow): string {
  return `row-${toSafeId(row.id)}`
}

/** "The sources differ. Figures from 11,000 to 12,000 soldiers (spread ×1.09), 3 sources." */
export function describeRow(describe: Describer, row: ComparisonRow): string {
  const { t } = describe
  const verdict = { agree: t('exportWords.rowAgree'), differ: t('exportWords.rowDiffer'), single: t('exportWords.rowSingle') }[row.verdict]
  const withUnit = (figures: string, count: number): string => (row.unit ? `${figures} ${describe.countedThing(row.unit, count)}` : figures)
  let figures = ''
  if (row.low !== null && row.high !== null && row.low === row.high) figures = withUnit(t('exportWords.figure', { value: describe.number(row.low) }), row.low)
  else if (row.low !== null && row.high !== null) figures = withUnit(t('exportWords.figuresRange', { low: describe.number(row.low), high: describe.number(row.high) }), row.high)
  else if (row.low !== null) figures = withUnit(t('exportWords.figuresFrom', { low: describe.number(row.low) }), row.low)
  else if (row.high !== null) figures = withUnit(t('exportWords.figuresUpTo', { high: describe.number(row.high) }), row.high)
  if (figures && row.spread !== null) figures += t('exportWords.spreadNote', { spread: describe.spread(row.spread) })
  const sources = row.verdict === 'single' ? '' : t('exportWords.sourceCount', { count: row.sourceCount })
  const tail = [figures, sources].filter((part) => part !== '').join(', ')
  return tail ? `${verdict} ${tail}.` : verdict
}

/**
 * Plain: a quote starting "**Conflicting:**". Obsidian: a `[!warning]` callout. Same words either way:
 * the figures each source gives, and whether the user marked the row conflicting.
 */
function buildConflictCallout(index: ExportIndex, row: ComparisonRow, flavour: ExportFlavour): Blockquote {
  const { describe } = index
  const { t } = describe
  const content: PhrasingContent[] = []
  if (row.verdict === 'differ') {
    const claims = index.claimsInColumnOrder(row)
    content.push(text(t('exportWords.differentFigures')))
    claims.forEach((claim, position) => {
      const article = index.articlesById.get(claim.articleId)
      if (position > 0) content.push(text(position === claims.length - 1 ? t('exportWords.and') : ', '))
      content.push(text(`“${toSingleLine(claim.text)}” (`), ...formatShortTitle(describe, article, undefined), text(')'))
    })
    content.push(text('.'))
  } else {
    const figures = row.verdict === 'single' ? t('exportWords.onlyOne') : t('exportWords.figuresAgree')
    content.push(text(t('exportWords.markedConflicting', { figures })))
  }
  const lead: PhrasingContent[] =
    flavour === 'obsidian' ? [rawSyntax(`[!warning] ${t('exportWords.conflicting')}`), text('\n')] : [strong(t('exportWords.conflictingLead')), text(' ')]
  return { type: 'blockquote', children: [paragraph(...lead, ...content)] }
}

/** The article as its table column is headed: "*La guerra in Ucraina ha assunto… (2026-01-10)*". */
function formatShortTitle(describe: Describer, article: ArticleSummary | undefined, note: Note | undefined): PhrasingContent[] {
  const title = article ? formatColumnTitle(article, describe) : toSingleLine(note?.anchor?.articleTitle ?? describe.t('exportWords.goneArticle'))
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
