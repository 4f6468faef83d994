import type { StateCreator } from 'zustand'
import type { ArticleView, LibraryDelta } from '../../../shared/model'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import { i18n } from '../lib/i18n'
import type { AppState } from './app-store'

export interface ReaderSlice {
  openArticleId: string | null
  articleView: ArticleView | null
  articleLoading: boolean
  /** Why the open article cannot be shown (deleted, unreadable), in words the user can act on. */
  articleError: string | null
  /** The claim the user chose to look at; `nonce` lets the same claim be chosen again. */
  focusedClaim: { claimId: string; nonce: number } | null
  focusClaim(claimId: string): void
  openArticle(articleId: string): Promise<void>
  closeArticle(): void
  /** Keeps the reading pane in step with the folder: reloads the open article when its file changes. */
  onArticlesChanged(delta: LibraryDelta): void
}

export const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set, get) => {
  let request = 0
  const load = async (articleId: string, showSpinner: boolean): Promise<void> => {
    const ticket = ++request
    set({ openArticleId: articleId, articleLoading: showSpinner, articleError: null, ...(showSpinner ? { articleView: null, focusedClaim: null } : {}) })
    try {
      const view = await getBridge().readArticle(articleId)
      if (ticket === request) set({ articleView: view, articleLoading: false })
    } catch (error) {
      if (ticket === request) set({ articleView: null, articleLoading: false, articleError: describeError(error) })
    }
  }

  return {
    openArticleId: null,
    articleView: null,
    articleLoading: false,
    articleError: null,
    focusedClaim: null,

    focusClaim: (claimId) => set({ focusedClaim: { claimId, nonce: (get().focusedClaim?.nonce ?? 0) + 1 } }),

    openArticle: (articleId) => load(articleId, get().openArticleId !== articleId || get().articleView === null),

    closeArticle() {
      request++
      set({ openArticleId: null, articleView: null, articleLoading: false, articleError: null, focusedClaim: null })
    },

    onArticlesChanged(delta) {
      const openId = get().openArticleId
      if (openId === null) return
      if (delta.removed.includes(openId)) {
        request++
        set({
          articleView: null,
          articleLoading: false,
          articleError: i18n.t('storeProblems.articleGone')
        })
      } else if (delta.upserted.some((article) => article.id === openId)) {
        void load(openId, false)
      }
    }
  }
}
