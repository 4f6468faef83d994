import type { ArticleBlock, ArticleDocument, Claim } from '../../../shared/api'
import { formatClaimReading } from '../lib/claim-reading'
import { splitIntoSpans, type Mark, type TextSpan } from '../lib/text-spans'

type MarkKind = 'restored-quote' | 'claim'

/** The cleaned article, block by block, as text nodes (never injected HTML), with claims highlighted. */
export function ArticleBody({ document, claims }: { document: ArticleDocument; claims: Claim[] }) {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]))
  const marks: Mark<MarkKind>[] = [
    ...document.restoredQuotes.map((quote) => ({ ...quote, kind: 'restored-quote' as const })),
    ...claims.map((claim) => ({ start: claim.start, end: claim.end, kind: 'claim' as const, id: claim.id }))
  ]
  return (
    <div className="article-body">
      {document.blocks.map((block) => (
        <Block key={block.start} block={block} text={document.text} marks={marks} claimsById={claimsById} />
      ))}
    </div>
  )
}

interface BlockProps {
  block: ArticleBlock
  text: string
  marks: Mark<MarkKind>[]
  claimsById: Map<string, Claim>
}

function Block({ block, text, marks, claimsById }: BlockProps) {
  const content = splitIntoSpans(text, block.start, block.end, marks).map((span) => <Span key={span.start} span={span} claimsById={claimsById} />)
  if (block.kind === 'heading') return <h2>{content}</h2>
  if (block.kind === 'quote') return <blockquote>{content}</blockquote>
  return <p>{content}</p>
}

function Span({ span, claimsById }: { span: TextSpan<MarkKind>; claimsById: Map<string, Claim> }) {
  const claimMark = span.marks.find((mark) => mark.kind === 'claim')
  const claim = claimMark?.id ? claimsById.get(claimMark.id) : undefined
  const inQuote = span.marks.some((mark) => mark.kind === 'restored-quote')
  let content: React.ReactNode = span.text
  if (claim) {
    const reading = formatClaimReading(claim)
    content = (
      <mark className={`claim claim-${claim.qualifier}`} data-claim-id={claim.id} data-reading={reading} aria-label={`${span.text}: ${reading}`}>
        {span.text}
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
