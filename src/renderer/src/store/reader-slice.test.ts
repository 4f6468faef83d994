import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleView } from '../../../shared/model'
import { useAppStore } from './app-store'
import { articleSummary, installFakeBridge, resetAppStore } from './store-testing'

function viewOf(articleId: string, text: string): ArticleView {
  return {
    summary: articleSummary(articleId, text.slice(0, 20)),
    encoding: 'UTF-8',
    warnings: [],
    document: { text, blocks: [], boilerplate: [], restoredQuotes: [], sourceMap: [] },
    claims: []
  }
}

let readArticle: ReturnType<typeof vi.fn<(articleId: string) => Promise<ArticleView>>>

beforeEach(() => {
  resetAppStore()
  readArticle = vi.fn(async (articleId: string) => viewOf(articleId, 'Secondo Seul, 11.000 soldati sono al fronte.'))
  installFakeBridge({ readArticle })
})

afterEach(() => vi.unstubAllGlobals())

describe('the reader slice', () => {
  it('opens an article and shows the answer about the article asked for last', async () => {
    let answerFirst: (view: ArticleView) => void = () => undefined
    readArticle.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
    const first = useAppStore.getState().openArticle('a')
    expect(useAppStore.getState().articleLoading).toBe(true)
    await useAppStore.getState().openArticle('b')
    answerFirst(viewOf('a', 'Pyongyang'))
    await first
    expect(useAppStore.getState().openArticleId).toBe('b')
    expect(useAppStore.getState().articleView).toEqual(viewOf('b', 'Secondo Seul, 11.000 soldati sono al fronte.'))
    expect(useAppStore.getState().articleLoading).toBe(false)
  })

  it('says why an article cannot be shown', async () => {
    readArticle.mockRejectedValueOnce(new Error('That file could not be read: permission denied.'))
    await useAppStore.getState().openArticle('a')
    expect(useAppStore.getState().articleView).toBeNull()
    expect(useAppStore.getState().articleError).toBe('That file could not be read: permission denied.')
  })

  it('reloads the open article in place when its file changes, keeping the chosen claim', async () => {
    await useAppStore.getState().openArticle('a')
    useAppStore.getState().focusClaim('claim-1')
    readArticle.mockResolvedValueOnce(viewOf('a', 'Aggiornato: 12.000 soldati.'))
    useAppStore.getState().onArticlesChanged({ generation: 1, upserted: [articleSummary('a', 'Seul')], removed: [] })
    expect(useAppStore.getState().articleLoading).toBe(false)
    await vi.waitFor(() => expect(useAppStore.getState().articleView).toEqual(viewOf('a', 'Aggiornato: 12.000 soldati.')))
    expect(useAppStore.getState().focusedClaim?.claimId).toBe('claim-1')
  })

  it('says the open article was deleted, and ignores changes to other articles', async () => {
    await useAppStore.getState().openArticle('a')
    useAppStore.getState().onArticlesChanged({ generation: 1, upserted: [articleSummary('b', 'Kyiv')], removed: [] })
    expect(readArticle).toHaveBeenCalledTimes(1)
    useAppStore.getState().onArticlesChanged({ generation: 1, upserted: [], removed: ['a'] })
    expect(useAppStore.getState().articleView).toBeNull()
    expect(useAppStore.getState().articleError).toMatch(/deleted or renamed/)
  })

  it('chooses the same claim again with a new nonce, so the pane scrolls to it again', () => {
    useAppStore.getState().focusClaim('claim-1')
    const first = useAppStore.getState().focusedClaim
    useAppStore.getState().focusClaim('claim-1')
    expect(useAppStore.getState().focusedClaim).toEqual({ claimId: 'claim-1', nonce: (first?.nonce ?? 0) + 1 })
  })
})
