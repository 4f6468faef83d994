import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import type { ArticleSummary, SearchExcerpt } from '../../../shared/model'
import { SearchExcerptText } from './SearchExcerptText'

interface ArticleListItemProps {
  article: ArticleSummary
  /** Where the search words are in the text, when a search found them there. */
  excerpt?: SearchExcerpt
  top: number
  height: number
  active: boolean
  /** Shown in the reading pane. */
  open: boolean
  /** Picked for the next comparison. */
  picked: boolean
  onClick(event: React.MouseEvent): void
}

export function ArticleListItem({ article, excerpt, top, height, active, open, picked, onClick }: ArticleListItemProps) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const readable = article.status === 'ok'
  const beingRead = article.status === 'indexing'
  return (
    <div
      id={`article-${article.id}`}
      role="option"
      aria-selected={picked}
      aria-current={open ? 'true' : undefined}
      className={`article-item${active ? ' active' : ''}${open ? ' open' : ''}${picked ? ' picked' : ''}${readable || beingRead ? '' : ' problem'}`}
      style={{ transform: `translateY(${top}px)`, height }}
      title={article.status === 'ok' ? article.file : `${article.file}: ${t(`statusExplanation.${article.status}`)}`}
      onMouseDown={(event) => {
        // Shift/Ctrl+click picks articles; the browser must not select text across the list.
        if (event.shiftKey || event.ctrlKey || event.metaKey) event.preventDefault()
      }}
      onClick={onClick}
    >
      <div className="article-item-title">{article.title}</div>
      <div className="article-item-meta">
        {readable ? (
          <>
            <span>{describe.date(article.date)}</span>
            <span className="language-tag" title={t('article.language')}>
              {article.language.toUpperCase()}
            </span>
            <span>{t('article.words', { count: article.words, formatted: describe.number(article.words) })}</span>
            {article.claimCount > 0 && <span>{t('article.claims', { count: article.claimCount, formatted: describe.number(article.claimCount) })}</span>}
            {article.truncated && <span className="badge badge-warning">{t('article.truncated')}</span>}
          </>
        ) : (
          <>
            <span className={`badge ${beingRead ? 'badge-pending' : 'badge-problem'}`}>{t(`status.${article.status}`)}</span>
            <span className="article-item-file">{article.file}</span>
          </>
        )}
      </div>
      {excerpt && (
        <div className="article-item-excerpt">
          <SearchExcerptText excerpt={excerpt} />
        </div>
      )}
    </div>
  )
}
