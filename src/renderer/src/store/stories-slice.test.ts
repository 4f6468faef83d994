import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Comparison, RowCorrection, Story } from '../../../shared/model'
import { useAppStore } from './app-store'
import { articleSummary as article, installFakeBridge, resetAppStore } from './store-testing'

const flood: Story = { id: 'story-a', title: 'Alluvione nelle Marche', articleIds: ['a', 'b'], dateFrom: '2026-11-14', dateTo: '2026-11-14' }
const troops: Story = { id: 'story-c', title: 'Truppe nordcoreane in Russia', articleIds: ['c', 'd'], dateFrom: '2024-10', dateTo: '2026-01-10' }
const emptyComparison: Comparison = { articles: [], claims: [], stories: [], rows: [], hiddenClaims: [], canUndo: true, canRedo: false }

/** The part of the bridge these actions use, recording what they asked. */
function fakeApi() {
  return {
    listStories: vi.fn(async (): Promise<Story[]> => [troops, flood]),
    correctComparison: vi.fn(async (_articleIds: string[], _correction: RowCorrection): Promise<Comparison> => emptyComparison),
    undoCorrection: vi.fn(async (_articleIds: string[]): Promise<Comparison> => emptyComparison)
  }
}

let api: ReturnType<typeof fakeApi>

beforeEach(() => {
  resetAppStore()
  useAppStore.setState({ articles: [article('a', 'Alluvione nelle Marche'), article('b', 'Esondazione del Misa'), article('c', 'Truppe')] })
  api = installFakeBridge(fakeApi())
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the stories slice', () => {
  it('asks for the stories when the sidebar first lists them, not again when switching back', async () => {
    useAppStore.getState().setSidebarGrouping('story')
    await vi.waitFor(() => expect(useAppStore.getState().stories).toEqual([troops, flood]))
    useAppStore.getState().setSidebarGrouping('file')
    useAppStore.getState().setSidebarGrouping('story')
    expect(api.listStories).toHaveBeenCalledTimes(1)
  })

  it('forgets the stories on a change while files are listed, and asks when they are listed again', async () => {
    useAppStore.setState({ stories: [flood] })
    useAppStore.getState().refreshStories()
    expect(useAppStore.getState().stories).toBeNull()
    expect(api.listStories).not.toHaveBeenCalled()
    useAppStore.getState().setSidebarGrouping('story')
    expect(api.listStories).toHaveBeenCalledTimes(1)
  })

  it('asks once after a burst of library changes', async () => {
    vi.useFakeTimers()
    useAppStore.setState({ sidebarGrouping: 'story', stories: [flood] })
    for (let change = 0; change < 5; change++) useAppStore.getState().refreshStoriesSoon()
    expect(api.listStories).not.toHaveBeenCalled()
    await vi.runAllTimersAsync()
    expect(api.listStories).toHaveBeenCalledTimes(1)
  })

  it('says why the stories could not be listed', async () => {
    api.listStories.mockRejectedValueOnce(new Error('No library is open. Open a folder first.'))
    await useAppStore.getState().loadStories()
    expect(useAppStore.getState().storiesError).toBe('No library is open. Open a folder first.')
    expect(useAppStore.getState().stories).toBeNull()
  })

  it('moves an article as a correction naming a member of the target story, with nothing compared, then lists the stories again', async () => {
    useAppStore.setState({ sidebarGrouping: 'story', stories: [troops, flood] })
    await useAppStore.getState().moveArticleToStory('b', troops)
    // Nothing is compared: main is asked for the cheapest comparison, one article, never the whole library.
    expect(api.correctComparison).toHaveBeenCalledWith(['a'], { kind: 'move-article', articleId: 'b', toStoryOf: 'c' })
    expect(useAppStore.getState().comparison).toBeNull()
    expect(useAppStore.getState().lastArticleMove).toEqual({ articleId: 'b', toStoryTitle: troops.title })
    expect(api.listStories).toHaveBeenCalledTimes(1)

    await useAppStore.getState().undoCorrection()
    expect(api.undoCorrection).toHaveBeenCalledWith(['a'])
    expect(useAppStore.getState().lastArticleMove).toBeNull()
    expect(api.listStories).toHaveBeenCalledTimes(2)
  })

  it('moves an article to a story of its own, and reloads the whole-folder comparison on screen', async () => {
    useAppStore.setState({ comparison: emptyComparison, compareAll: true })
    await useAppStore.getState().moveArticleToStory('b', null)
    expect(api.correctComparison).toHaveBeenCalledWith([], { kind: 'move-article', articleId: 'b', toStoryOf: null })
    expect(useAppStore.getState().lastArticleMove).toEqual({ articleId: 'b', toStoryTitle: null })
  })

  it('offers no undo for a move main refused, and says why', async () => {
    api.correctComparison.mockRejectedValueOnce(new Error('The corrections file could not be written.'))
    await useAppStore.getState().moveArticleToStory('b', null)
    expect(useAppStore.getState().lastArticleMove).toBeNull()
    expect(useAppStore.getState().problems.map((problem) => problem.message)).toContain('The corrections file could not be written.')
  })
})
