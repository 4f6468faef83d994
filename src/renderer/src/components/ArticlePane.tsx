import { forwardRef } from 'react'
import type { ArticleView } from '../../../shared/api'
import { formatArticleDate } from '../lib/format'
import { ArticleBody, type ClaimDecoration } from './ArticleBody'

interface ArticlePaneProps {
  articleId: string
  view: ArticleView | undefined
  decorations: ReadonlyMap<string, ClaimDecoration>
  onClaimClick(claimId: string): void
  onClose(): void
  onScroll(): void
}

/** One article of the side-by-side reading, its claims coloured by comparison row. */
export const ArticlePane = forwardRef<HTMLDivElement, ArticlePaneProps>(function ArticlePane(
  { articleId, view, decorations, onClaimClick, onClose, onScroll },
  scrollRef
) {
  const title = view?.summary.title ?? 'Opening…'
  return (
    <section className="article-pane" aria-label={title} data-article-id={articleId}>
      <header className="article-pane-header">
        <div className="article-pane-title" title={view?.summary.file}>
          <span>{title}</span>
          {view && <span className="source-date">{formatArticleDate(view.summary.date)}</span>}
        </div>
        <button type="button" aria-label={`Close ${title}`} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="article-pane-body" ref={scrollRef} onScroll={onScroll}>
        {view && <ArticleBody document={view.document} claims={view.claims} decorations={decorations} onClaimClick={onClaimClick} />}
      </div>
    </section>
  )
})
