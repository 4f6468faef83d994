import type { Claim } from '../../shared/model'
import { buildDeepLink } from '../../shared/deep-link'
import { layoutInterval } from '../../shared/interval-scale'
import type { ComparisonRow } from '../alignment/comparison-types'
import type { Note } from '../notes/note-types'
import type { Describer } from '../../shared/i18n/describe'
import { claimLink, ExportIndex, formatVerdict, toSingleLine } from './comparison-table'
import { describeRow } from './export-sections'
import { formatSourceHeading } from './export-sheets'
import type { ExportData } from './export-types'

/**
 * The comparison as one self-contained HTML report (no script, no external file): the sources, the
 * table with each row's figures drawn as an inline SVG chart, the user's verdicts and notes, and a
 * numbered citation per figure quoting its sentence, with a `riscontro://` link back to it. Print
 * styles lay it out for paper; the app prints it to PDF (Electron's `printToPDF`). Notes are shown
 * as the Markdown the user typed, as text: nothing from a note or an article becomes markup.
 */

export interface HtmlReportInput extends ExportData {
  title: string
  /** Written as is, so the output is deterministic (`2026-01-12`). */
  createdAt: string
}

type LinkLibrary = string | null

/** The report as one string, for printing to PDF. */
export function buildHtmlReport(input: HtmlReportInput): string {
  return [...streamHtmlReport(input)].join('')
}

/** The report in pieces (a table row or a citation at a time), as the HTML export writes it. */
export function* streamHtmlReport(input: HtmlReportInput): Generator<string> {
  const index = new ExportIndex(input)
  const citations = new Map<string, number>()
  for (const row of input.rows) {
    for (const column of index.columns) {
      for (const claim of index.claimsIn(row, column.id)) if (!citations.has(claim.id)) citations.set(claim.id, citations.size + 1)
    }
  }
  const conflicting = input.rows.filter((row) => index.isConflicting(row)).length
  const libraryNotes = input.notes.filter((note) => !note.orphaned && note.target.kind === 'library')
  const rowsWithNotes = input.rows.filter((row) => index.rowNotes(row).length + index.claimNotes(row).length > 0)
  const { t } = index.describe
  const summary = t('exportWords.summary', {
    date: input.createdAt,
    rows: t('exportWords.rows', { count: input.rows.length }),
    sources: t('exportWords.sourceCount', { count: index.columns.length }),
    conflicting
  })

  yield `<!DOCTYPE html>
<html lang="${index.describe.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Riscontro">
<title>${escapeHtml(input.title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="summary">${escapeHtml(summary)}</p>
</header>
${buildSources(index, input.library ?? null)}
${libraryNotes.length > 0 ? `<section class="notes"><h2>${escapeHtml(t('exportWords.notes'))}</h2>${libraryNotes.map(renderNoteBody).join('')}</section>` : ''}
<section class="comparison">
<h2>${escapeHtml(t('exportWords.comparison'))}</h2>
`
  if (input.rows.length === 0) yield `<p>${escapeHtml(t('exportWords.noFigures'))}</p>`
  else yield* streamTable(index, citations)
  yield `
</section>
${rowsWithNotes.length > 0 ? `<section class="row-notes"><h2>${escapeHtml(t('exportWords.yourRowNotes'))}</h2>${rowsWithNotes.map((row) => buildRowNotes(index, row)).join('\n')}</section>` : ''}
<section class="citations">
<h2>${escapeHtml(t('exportWords.citations'))}</h2>
<ol>
`
  let first = true
  for (const [claimId, number] of citations) {
    yield `${first ? '' : '\n'}${buildCitation(index, index.claimsById.get(claimId)!, number, input.library ?? null)}`
    first = false
  }
  yield `
</ol>
</section>
</body>
</html>
`
}

function buildSources(index: ExportIndex, library: LinkLibrary): string {
  if (index.columns.length === 0) return ''
  const { t } = index.describe
  const items = index.columns.map((article) => {
    const credit = [article.outlet, article.author].filter(Boolean).map((part) => escapeHtml(part!)).join(' · ')
    const address = article.url ? ` · <a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>` : ''
    const open = library === null ? '' : ` · ${openLink(index.describe, buildDeepLink({ kind: 'article', library, file: article.file }))}`
    return `<li><cite>${escapeHtml(toSingleLine(article.title))}</cite>${credit ? ` — ${credit}` : ''} (${escapeHtml(article.date ?? t('exportWords.undated'))}) <code>${escapeHtml(article.file)}</code>${address}${open}</li>`
  })
  return `<section class="sources"><h2>${escapeHtml(t('exportWords.sources'))}</h2><ol>${items.join('')}</ol></section>`
}

function openLink(describe: Describer, href: string): string {
  return `<a class="open-link" href="${escapeHtml(href)}">${escapeHtml(describe.t('exportWords.openInRiscontro'))}</a>`
}

function* streamTable(index: ExportIndex, citations: ReadonlyMap<string, number>): Generator<string> {
  const { describe } = index
  const { t } = describe
  const header = `<tr><th scope="col">${escapeHtml(t('exportWords.quantity'))}</th><th scope="col">${escapeHtml(t('exportWords.figures'))}</th>${index.columns
    .map((article) => `<th scope="col" title="${escapeHtml(toSingleLine(article.title))}">${escapeHtml(formatSourceHeading(article, describe))}</th>`)
    .join('')}<th scope="col">${escapeHtml(t('exportWords.verdict'))}</th></tr>`
  yield `<table>\n<thead>${header}</thead>\n<tbody>\n`
  let first = true
  for (const row of index.data.rows) {
    const claims = index.claimsOf(row)
    const cells = index.columns.map((column) => {
      const inColumn = index.claimsIn(row, column.id)
      return `<td>${inColumn.map((claim) => `${escapeHtml(toSingleLine(claim.text))}<sup><a href="#cite-${citations.get(claim.id)}">${citations.get(claim.id)}</a></sup>`).join('; ')}</td>`
    })
    const verdictClass = index.isConflicting(row) ? 'verdict conflicting' : 'verdict'
    const spread = row.spread === null ? '' : ` ×${describe.spread(row.spread)}`
    yield `${first ? '' : '\n'}<tr><th scope="row">${escapeHtml(toSingleLine(row.label))}${row.unit ? `<span class="unit">${escapeHtml(describe.countedThing(row.unit, 2))}</span>` : ''}</th><td class="chart">${buildChartSvg(claims, row.verdict === 'differ')}</td>${cells.join('')}<td class="${verdictClass}">${escapeHtml(formatVerdict(describe, row.verdict, index.noteVerdict(row)))}${escapeHtml(spread)}</td></tr>`
    first = false
  }
  yield '\n</tbody>\n</table>'
}

const CHART_WIDTH = 140
const CHART_HEIGHT = 26
const CHART_PAD = 6

/** The row's figures on one axis, as the app's table draws them: points, ranges, open bounds as arrows, vague claims dashed. */
export function buildChartSvg(claims: readonly Claim[], differ: boolean): string {
  const { shapes, logScale } = layoutInterval(claims)
  if (shapes.length === 0) return '—'
  const x = (position: number): number => Math.round((CHART_PAD + position * (CHART_WIDTH - 2 * CHART_PAD)) * 10) / 10
  const step = shapes.length > 1 ? (CHART_HEIGHT - 10) / (shapes.length - 1) : 0
  const colour = differ ? '#b3261e' : '#1f5fa8'
  const marks = shapes.map((shape, position) => {
    const y = Math.round((shapes.length > 1 ? 4 + position * step : CHART_HEIGHT / 2) * 10) / 10
    const from = x(shape.from)
    const to = x(shape.to)
    const dash = shape.vague ? ' stroke-dasharray="3 2"' : ''
    const mark = shape.point ? `<circle cx="${from}" cy="${y}" r="3" fill="${colour}"/>` : `<line x1="${from}" x2="${to}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="3"${dash}/>`
    const high = shape.openHigh ? `<path d="M${to} ${y} L${CHART_WIDTH - 2} ${y} M${CHART_WIDTH - 5} ${y - 3} L${CHART_WIDTH - 2} ${y} L${CHART_WIDTH - 5} ${y + 3}" stroke="${colour}" fill="none"/>` : ''
    const low = shape.openLow ? `<path d="M${from} ${y} L2 ${y} M5 ${y - 3} L2 ${y} L5 ${y + 3}" stroke="${colour}" fill="none"/>` : ''
    return mark + high + low
  })
  const label = logScale ? `<text x="${CHART_WIDTH - 2}" y="9" text-anchor="end" font-size="8" fill="#666">log</text>` : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-label="${shapes.length} figures${logScale ? ', log scale' : ''}"><line x1="${CHART_PAD}" x2="${CHART_WIDTH - CHART_PAD}" y1="${CHART_HEIGHT - 2}" y2="${CHART_HEIGHT - 2}" stroke="#999"/>${marks.join('')}${label}</svg>`
}

function buildRowNotes(index: ExportIndex, row: ComparisonRow): string {
  const { describe } = index
  const { t } = describe
  const parts = [`<h3>${escapeHtml(toSingleLine(row.label))}</h3>`, `<p>${escapeHtml(describeRow(describe, row))}</p>`]
  for (const note of index.rowNotes(row)) {
    if (note.verdict) parts.push(`<p><strong>${escapeHtml(t('exportWords.yourVerdict'))}</strong> ${escapeHtml(describe.noteVerdict(note.verdict))}</p>`)
    parts.push(renderNoteBody(note))
  }
  for (const note of index.claimNotes(row)) {
    const claim = note.target.kind === 'claim' ? index.claimsById.get(note.target.claimId) : undefined
    parts.push(`<p><strong>${escapeHtml(t('exportWords.yourNoteOn', { quote: toSingleLine(claim?.text ?? note.anchor?.quote ?? '') }))}</strong></p>`, renderNoteBody(note))
  }
  return `<article class="row-note">${parts.join('')}</article>`
}

function renderNoteBody(note: Note): string {
  return note.body.trim() ? `<div class="note-body">${escapeHtml(note.body.trim())}</div>` : ''
}

function buildCitation(index: ExportIndex, claim: Claim, number: number, library: LinkLibrary): string {
  const { describe } = index
  const { t } = describe
  const article = index.articlesById.get(claim.articleId)
  const sentence = toSingleLine(claim.sentence)
  const quote = toSingleLine(claim.text)
  const at = sentence.indexOf(quote)
  const quoted = at === -1 || quote === '' ? escapeHtml(sentence) : `${escapeHtml(sentence.slice(0, at))}<mark>${escapeHtml(quote)}</mark>${escapeHtml(sentence.slice(at + quote.length))}`
  const source = article
    ? `${article.outlet ? `${escapeHtml(article.outlet)}, ` : ''}<cite>${escapeHtml(toSingleLine(article.title))}</cite> (${escapeHtml(article.date ?? t('exportWords.undated'))}), <code>${escapeHtml(article.file)}</code>`
    : escapeHtml(t('exportWords.goneArticle'))
  const page = claim.page === undefined ? '' : `, ${escapeHtml(t('exportWords.page', { page: claim.page }))}`
  const link = article ? claimLink(library, article, claim) : null
  return `<li id="cite-${number}">${source}${page}: “${quoted}”${link ? ` ${openLink(describe, link)}` : ''}</li>`
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}


const REPORT_STYLES = `
:root { color-scheme: light; font-family: "Source Serif Pro", Georgia, serif; color: #1b1b1b; }
body { max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.summary { color: #555; margin: 0; }
table { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; font-size: .85rem; }
th, td { border: 1px solid #d4d4d4; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f1f1f1; }
tbody th { font-weight: 600; }
td:not(.chart):not(.verdict) { text-align: right; }
.unit { display: block; font-weight: 400; color: #666; font-size: .75rem; }
.chart { width: 140px; padding: .2rem; }
.verdict.conflicting { color: #b3261e; font-weight: 600; }
sup a { text-decoration: none; color: #1f5fa8; }
mark { background: #fff2a8; }
.note-body { white-space: pre-wrap; background: #f7f7f2; border-left: 3px solid #c9c28b; padding: .4rem .7rem; margin: .3rem 0 .8rem; font-family: system-ui, sans-serif; font-size: .9rem; }
.citations li, .sources li { margin-bottom: .35rem; }
.open-link { font-family: system-ui, sans-serif; font-size: .8rem; }
code { font-size: .85em; }
@page { size: A4 landscape; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  tr, .row-note, .citations li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .open-link { color: #1f5fa8; }
}
`
