import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/app-store'

/** Says where the last article moved from the sidebar went, with Undo at hand. */
export function ArticleMoveNotice() {
  const { t } = useTranslation()
  const move = useAppStore((state) => state.lastArticleMove)
  const title = useAppStore((state) => state.articles.find((article) => article.id === move?.articleId)?.title)
  const undoCorrection = useAppStore((state) => state.undoCorrection)
  const forgetArticleMove = useAppStore((state) => state.forgetArticleMove)
  if (!move) return null
  return (
    <div className="article-move-notice" role="status">
      <span>
        {move.toStoryTitle === null
          ? t('stories.moved', { title: title ?? t('stories.theArticle') })
          : t('stories.movedTo', { title: title ?? t('stories.theArticle'), story: move.toStoryTitle })}
      </span>
      <button type="button" aria-label={t('stories.undoMove')} onClick={() => void undoCorrection()}>
        {t('stories.undo')}
      </button>
      <button type="button" aria-label={t('stories.dismissMove')} onClick={forgetArticleMove}>
        ×
      </button>
    </div>
  )
}
