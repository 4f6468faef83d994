import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import type { ArticleView } from '../../../shared/model'

export function ArticleHeader({ view }: { view: ArticleView }) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const { summary } = view
  return (
    <header className="article-header">
      <h1>{summary.title}</h1>
      <div className="article-meta">
        {summary.status === 'ok' ? (
          <>
            {(summary.outlet || summary.author) && (
              <span className="article-credit" title={t('article.credit')}>
                {[summary.outlet, summary.author].filter(Boolean).join(' · ')}
              </span>
            )}
            <span>{describe.date(summary.date)}</span>
            <span>{describe.languageName(summary.language)}</span>
            <span>{t('article.words', { count: summary.words, formatted: describe.number(summary.words) })}</span>
            {view.encoding && view.encoding !== 'UTF-8' && <span title={t('article.encoding')}>{view.encoding}</span>}
          </>
        ) : (
          <span className="badge badge-problem">{t(`status.${summary.status}`)}</span>
        )}
        <span className="article-file" title={t('article.file')}>
          {summary.file}
        </span>
        {/* Shown, never a link: Riscontro opens nothing from an article's own metadata. */}
        {summary.url && (
          <span className="article-url" title={t('article.url')}>
            {summary.url}
          </span>
        )}
      </div>
      {summary.truncated && (
        <p className="notice notice-warning">{t('article.paywalled')}</p>
      )}
      {view.warnings.map((warning) => (
        <p className="notice" key={warning}>
          {warning}
        </p>
      ))}
    </header>
  )
}
