import { useAppStore } from '../store/app-store'

/** Says where the last article moved from the sidebar went, with Undo at hand. */
export function ArticleMoveNotice() {
  const move = useAppStore((state) => state.lastArticleMove)
  const title = useAppStore((state) => state.articles.find((article) => article.id === move?.articleId)?.title)
  const undoCorrection = useAppStore((state) => state.undoCorrection)
  const forgetArticleMove = useAppStore((state) => state.forgetArticleMove)
  if (!move) return null
  return (
    <div className="article-move-notice" role="status">
      <span>
        Moved “{title ?? 'the article'}” {move.toStoryTitle === null ? 'to a story of its own' : `to “${move.toStoryTitle}”`}.
      </span>
      <button type="button" aria-label="Undo move" onClick={() => void undoCorrection()}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss move notice" onClick={forgetArticleMove}>
        ×
      </button>
    </div>
  )
}
