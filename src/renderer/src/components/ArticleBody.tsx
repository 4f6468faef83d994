import type { ArticleBlock, ArticleDocument } from '../../../shared/api'
import { splitIntoSpans, type Mark } from '../lib/text-spans'

type MarkKind = 'restored-quote'

/** The cleaned article, block by block, as text nodes (never injected HTML). */
export function ArticleBody({ document }: { document: ArticleDocument }) {
  const marks: Mark<MarkKind>[] = document.restoredQuotes.map((quote) => ({ ...quote, kind: 'restored-quote' }))
  return (
    <div className="article-body">
      {document.blocks.map((block) => (
        <Block key={block.start} block={block} text={document.text} marks={marks} />
      ))}
    </div>
  )
}

function Block({ block, text, marks }: { block: ArticleBlock; text: string; marks: Mark<MarkKind>[] }) {
  const content = splitIntoSpans(text, block.start, block.end, marks).map((span) =>
    span.mark ? (
      <mark key={span.start} className="restored-quote" title="Pulled quote put back into its sentence">
        {span.text}
      </mark>
    ) : (
      span.text
    )
  )
  if (block.kind === 'heading') return <h2>{content}</h2>
  if (block.kind === 'quote') return <blockquote>{content}</blockquote>
  return <p>{content}</p>
}
