import { useTranslation } from 'react-i18next'
import { useEffect, useRef } from 'react'
import { revealAndFlash } from '../lib/flash-marks'
import { useAppStore } from '../store/app-store'
import { ArticleBody } from './ArticleBody'
import { ArticleHeader } from './ArticleHeader'
import { BoilerplateSection } from './BoilerplateSection'
import { ClaimsPanel } from './ClaimsPanel'
import { ProblemFileMessage } from './ProblemFileMessage'
import { WelcomeScreen } from './WelcomeScreen'

export function ReadingPane() {
  const { t } = useTranslation()
  const view = useAppStore((state) => state.articleView)
  const loading = useAppStore((state) => state.articleLoading)
  const error = useAppStore((state) => state.articleError)
  const openArticleId = useAppStore((state) => state.openArticleId)
  const library = useAppStore((state) => state.library)
  const opening = useAppStore((state) => state.opening)
  // Until the user opens a folder of their own, the empty reading pane explains how to begin.
  const firstStart = useAppStore((state) => (state.library === null || state.library.isSample) && state.recentFolders.length === 0)
  const focusedClaim = useAppStore((state) => state.focusedClaim)
  const searchWords = useAppStore((state) => state.searchWords)
  const articleRef = useRef<HTMLElement>(null)

  useEffect(() => {
    // An article opened while searching shows where the words are, as a browser's find does.
    if (!view || focusedClaim) return
    articleRef.current?.querySelector('mark.search-match')?.scrollIntoView({ block: 'center' })
    // Only when another article opens: typing more words must not pull the reader back to the top match.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view])

  useEffect(() => {
    if (!focusedClaim) return
    const marks = articleRef.current?.querySelectorAll<HTMLElement>(`[data-claim-id="${CSS.escape(focusedClaim.claimId)}"]`)
    if (marks) revealAndFlash(marks, 'smooth')
  }, [focusedClaim, view])

  const showArticle = !error && !loading && view
  return (
    <div className="reading-area">
      <main className="reading-pane" aria-label={t('article.pane')} aria-busy={loading} ref={articleRef}>
        {error ? (
          <div className="reading-message" role="status">
            {error}
          </div>
        ) : loading ? (
          <div className="reading-message">{t('article.opening')}</div>
        ) : view ? (
          <article className="article">
            <ArticleHeader view={view} />
            {view.summary.status === 'ok' ? (
              <>
                <ArticleBody document={view.document} claims={view.claims} searchWords={searchWords} />
                <BoilerplateSection blocks={view.document.boilerplate} />
              </>
            ) : (
              <ProblemFileMessage summary={view.summary} />
            )}
          </article>
        ) : openArticleId === null && firstStart && !opening ? (
          <WelcomeScreen />
        ) : (
          <div className="reading-message">
            {openArticleId === null && library ? t('article.choose') : t('article.openFolder')}
          </div>
        )}
      </main>
      {showArticle && view.summary.status === 'ok' && <ClaimsPanel claims={view.claims} articleId={view.summary.id} />}
    </div>
  )
}
