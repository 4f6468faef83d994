import { useDescribe } from '../lib/i18n'
import type { Describer } from '../../../shared/i18n/describe'
import { autoUpdate, flip, FloatingPortal, offset, shift, useFloating } from '@floating-ui/react'
import { useState } from 'react'
import type { ArticleBlock, ArticleDocument, Claim } from '../../../shared/model'
import { findWordRanges } from '../../../shared/fold-text'
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
  const describe = useDescribe()
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]))
  const marks: Mark<MarkKind>[] = [
    ...document.restoredQuotes.map((quote) => ({ ...quote, kind: 'restored-quote' as const })),
    ...claims.map((claim) => ({ start: claim.start, end: claim.end, kind: 'claim' as const, id: claim.id })),
    ...findWordRanges(document.text, searchWords).map((range) => ({ ...range, kind: 'search-match' as const }))
  ]
  const context: SpanContext = { claimsById, decorations, onClaimClick, describe }
  const { readingText, setFloating, floatingStyles, onPointerOrFocus, onLeave } = useClaimReading()
  return (
    <div className="article-body" onMouseOver={onPointerOrFocus} onFocus={onPointerOrFocus} onMouseOut={onLeave} onBlur={onLeave}>
      {document.blocks.map((block) => (
        <Block key={block.start} block={block} text={document.text} marks={marks} context={context} />
      ))}
      {readingText && (
        <FloatingPortal>
          <div ref={setFloating} className="claim-reading-popover" role="tooltip" style={floatingStyles}>
            {readingText}
          </div>
        </FloatingPortal>
      )}
    </div>
  )
}

/**
 * The normalized reading of the claim under the pointer or keyboard focus, in one popover per
 * article (not one per claim: an article can hold hundreds), flipped and shifted to stay on
 * screen at pane and window edges.
 */
function useClaimReading() {
  const [mark, setMark] = useState<HTMLElement | null>(null)
  const { refs, floatingStyles } = useFloating({
    open: mark !== null,
    elements: { reference: mark },
    placement: 'top-start',
    middleware: [offset(4), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate
  })
  const onPointerOrFocus = (event: React.SyntheticEvent): void => {
    const found = (event.target as HTMLElement).closest<HTMLElement>('mark.claim')
    if (found !== mark) setMark(found)
  }
  const onLeave = (event: React.MouseEvent | React.FocusEvent): void => {
    const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget.closest<HTMLElement>('mark.claim') : null
    if (next !== mark) setMark(next)
  }
  return { readingText: mark?.dataset.reading ?? null, setFloating: refs.setFloating, floatingStyles, onPointerOrFocus, onLeave }
}

interface SpanContext {
  claimsById: Map<string, Claim>
  decorations?: ReadonlyMap<string, ClaimDecoration>
  onClaimClick?: (claimId: string) => void
  describe: Describer
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
    const reading = decoration
      ? context.describe.t('article.readingInRow', { reading: context.describe.claimReading(claim), row: decoration.rowLabel })
      : context.describe.claimReading(claim)
    const onClaimClick = context.onClaimClick
    content = (
      <mark
        className={`claim claim-${claim.qualifier}${decoration ? ` row-colour-${decoration.colour}` : ''}`}
        data-claim-id={claim.id}
        data-article-id={claim.articleId}
        data-row-id={decoration?.rowId}
        data-reading={reading}
        tabIndex={span.start === claim.start ? 0 : undefined}
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
      <mark className="restored-quote" title={context.describe.t('article.restoredQuote')}>
        {content}
      </mark>
    )
  }
  return content
}
