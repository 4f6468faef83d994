import type { ArticleBlock, ArticleDocument, Claim } from '../../../shared/api'
import { findWordRanges } from '../../../shared/fold-text'
import { formatClaimReading } from '../lib/claim-reading'
import type { RowAppearance } from '../lib/row-appearance'
import { splitIntoSpans, type Mark, type TextSpan } from '../lib/text-spans'

type MarkKind = 'restored-quote' | 'claim' | 'search-match'

/** How a claim is drawn in side-by-side panes: the colour and glyph of its comparison row. */
export interface ClaimDecoration extends RowAppearance {
  rowId: string
  rowLabel: string
}

interface ArticleBodyProps {
  document: ArticleDocument
  claims: Claim[]
  decorations?: ReadonlyMap<string, ClaimDecoration>
  onClaimClick?: (claimId: string) => void
  /** The library search's words (folded), marked wherever they occur. */
  searchWords?: readonly string[]
}

/** The cleaned article, block by block, as text nodes (never injected HTML), with claims highlighted. */
export function ArticleBody({ document, claims, decorations, onClaimClick, searchWords = [] }: ArticleBodyProps) {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]))
  const marks: Mark<MarkKind>[] = [
    ...document.restoredQuotes.map((quote) => ({ ...quote, kind: 'restored-quote' as const })),
    ...claims.map((claim) => ({ start: claim.start, end: claim.end, kind: 'claim' as const, id: claim.id })),
    ...findWordRanges(document.text, searchWords).map((range) => ({ ...range, kind: 'search-match' as const }))
  ]
  const context: SpanContext = { claimsById, decorations, onClaimClick }
  return (
    <div className="article-body">
      {document.blocks.map((block) => (
        <Block key={block.start} block={block} text={document.text} marks={marks} context={context} />
      ))}
    </div>
  )
}

interface SpanContext {
  claimsById: Map<string, Claim>
  decorations?: ReadonlyMap<string, ClaimDecoration>
  onClaimClick?: (claimId: string) => void
}

function Block({ block, text, marks, context }: { block: ArticleBlock; text: string; marks: Mark<MarkKind>[]; context: SpanContext }) {
  const content = splitIntoSpans(text, block.start, block.end, marks).map((span) => <Span key={span.start} span={span} context={context} />)
  if (block.kind === 'heading') return <h2>{content}</h2>
  if (block.kind === 'quote') return <blockquote>{content}</blockquote>
  return <p>{content}</p>
}

function Span({ span, context }: { span: TextSpan<MarkKind>; context: SpanContext }) {
  const claimMark = span.marks.find((mark) => mark.kind === 'claim')
  const claim = claimMark?.id ? context.claimsById.get(claimMark.id) : undefined
  const inQuote = span.marks.some((mark) => mark.kind === 'restored-quote')
  const text = span.marks.some((mark) => mark.kind === 'search-match') ? <mark className="search-match">{span.text}</mark> : span.text
  let content: React.ReactNode = text
  if (claim) {
    const decoration = context.decorations?.get(claim.id)
    const reading = decoration ? `${formatClaimReading(claim)} · row: ${decoration.rowLabel}` : formatClaimReading(claim)
    const onClaimClick = context.onClaimClick
    content = (
      <mark
        className={`claim claim-${claim.qualifier}${decoration ? ` row-colour-${decoration.colour}` : ''}`}
        data-claim-id={claim.id}
        data-article-id={claim.articleId}
        data-row-id={decoration?.rowId}
        data-reading={reading}
        aria-label={`${span.text}: ${reading}`}
        onClick={onClaimClick ? () => onClaimClick(claim.id) : undefined}
      >
        {decoration && span.start === claim.start && (
          <span className="row-glyph" aria-hidden="true">
            {decoration.glyph}
          </span>
        )}
        {text}
      </mark>
    )
  }
  if (inQuote) {
    return (
      <mark className="restored-quote" title="Pulled quote put back into its sentence">
        {content}
      </mark>
    )
  }
  return content
}
