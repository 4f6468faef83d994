import { useAppStore } from '../store/app-store'
import { ArticleBody } from './ArticleBody'
import { ArticleHeader } from './ArticleHeader'
import { BoilerplateSection } from './BoilerplateSection'

export function ReadingPane() {
  const view = useAppStore((state) => state.articleView)
  const loading = useAppStore((state) => state.articleLoading)
  const error = useAppStore((state) => state.articleError)
  const openArticleId = useAppStore((state) => state.openArticleId)
  const library = useAppStore((state) => state.library)

  return (
    <main className="reading-pane" aria-label="Article" aria-busy={loading}>
      {error ? (
        <div className="reading-message" role="status">
          {error}
        </div>
      ) : loading ? (
        <div className="reading-message">Opening article…</div>
      ) : view ? (
        <article className="article">
          <ArticleHeader view={view} />
          {view.summary.status === 'ok' ? (
            <>
              <ArticleBody document={view.document} />
              <BoilerplateSection blocks={view.document.boilerplate} />
            </>
          ) : (
            <p className="reading-message">{view.summary.reason}</p>
          )}
        </article>
      ) : (
        <div className="reading-message">
          {openArticleId === null && library
            ? 'Choose an article from the list to read it here.'
            : 'Open a folder of articles to begin.'}
        </div>
      )}
    </main>
  )
}
