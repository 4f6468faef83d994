import type { ArticleView } from '../../../shared/api'
import { formatArticleDate, formatCount, formatLanguage } from '../lib/format'
import { statusLabels } from '../lib/status-labels'

export function ArticleHeader({ view }: { view: ArticleView }) {
  const { summary } = view
  return (
    <header className="article-header">
      <h1>{summary.title}</h1>
      <div className="article-meta">
        {summary.status === 'ok' ? (
          <>
            {(summary.outlet || summary.author) && (
              <span className="article-credit" title="Publisher and author, as the file states them">
                {[summary.outlet, summary.author].filter(Boolean).join(' · ')}
              </span>
            )}
            <span>{formatArticleDate(summary.date)}</span>
            <span>{formatLanguage(summary.language)}</span>
            <span>{formatCount(summary.words, 'word')}</span>
            {view.encoding && view.encoding !== 'UTF-8' && <span title="The file’s character encoding, or the document format it was read from">{view.encoding}</span>}
          </>
        ) : (
          <span className="badge badge-problem">{statusLabels[summary.status]}</span>
        )}
        <span className="article-file" title="File in the library folder">
          {summary.file}
        </span>
        {/* Shown, never a link: Riscontro opens nothing from an article's own metadata. */}
        {summary.url && (
          <span className="article-url" title="Where the file says the article was published">
            {summary.url}
          </span>
        )}
      </div>
      {summary.truncated && (
        <p className="notice notice-warning">This article was cut off by a paywall: the file holds only its beginning.</p>
      )}
      {view.warnings.map((warning) => (
        <p className="notice" key={warning}>
          {warning}
        </p>
      ))}
    </header>
  )
}
