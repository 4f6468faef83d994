import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { forwardRef } from 'react'
import type { ArticleView } from '../../../shared/model'
import { ArticleBody, type ClaimDecoration } from './ArticleBody'

interface ArticlePaneProps {
  articleId: string
  view: ArticleView | undefined
  decorations: ReadonlyMap<string, ClaimDecoration>
  onClaimClick(claimId: string): void
  onClose(): void
  onScroll(): void
  /** Shown alone, filling the panes area. */
  maximized: boolean
  onToggleMaximized(): void
}

/** One article of the side-by-side reading, its claims coloured by comparison row. */
export const ArticlePane = forwardRef<HTMLDivElement, ArticlePaneProps>(function ArticlePane(
  { articleId, view, decorations, onClaimClick, onClose, onScroll, maximized, onToggleMaximized },
  scrollRef
) {
  const { t } = useTranslation()
  const describe = useDescribe()
  const title = view?.summary.title ?? t('pane.opening')
  return (
    <section className="article-pane" aria-label={title} data-article-id={articleId}>
      <header className="article-pane-header">
        <div className="article-pane-title" title={view?.summary.file}>
          <span>{title}</span>
          {view && <span className="source-date">{describe.date(view.summary.date)}</span>}
        </div>
        <button
          type="button"
          aria-label={maximized ? t('pane.showAll') : t('pane.maximize', { title })}
          aria-pressed={maximized}
          title={maximized ? t('pane.showAllTitle') : t('pane.maximizeTitle')}
          onClick={onToggleMaximized}
        >
          {maximized ? '⤡' : '⤢'}
        </button>
        <button type="button" aria-label={t('pane.close', { title })} onClick={onClose}>
          ×
        </button>
      </header>
      {/* Focusable, so the keyboard can scroll the article (axe: scrollable-region-focusable). */}
      <div className="article-pane-body" ref={scrollRef} onScroll={onScroll} tabIndex={0} aria-label={t('pane.text', { title })} role="document">
        {view && <ArticleBody document={view.document} claims={view.claims} decorations={decorations} onClaimClick={onClaimClick} />}
      </div>
    </section>
  )
})
