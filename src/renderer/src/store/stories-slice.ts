import type { StateCreator } from 'zustand'
import type { Story } from '../../../shared/model'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import type { AppState } from './app-store'

export type SidebarGrouping = 'file' | 'story'

/** Files saved one after another (a sync, a batch download) ask for the stories once, after they settle. */
const STORIES_REFRESH_DELAY_MS = 400

/** An article the user moved from the sidebar, offered for undo until another correction is made. */
export interface ArticleMove {
  articleId: string
  /** The story it joined; null for a story of its own. */
  toStoryTitle: string | null
}

export interface StoriesSlice {
  sidebarGrouping: SidebarGrouping
  /** The library's stories (issue 9); null until asked for, and again when the library changed while files were listed. */
  stories: Story[] | null
  storiesLoading: boolean
  storiesError: string | null
  lastArticleMove: ArticleMove | null
  setSidebarGrouping(grouping: SidebarGrouping): void
  loadStories(): Promise<void>
  /** The stories may have changed: asked for again at once when listed, else when next listed. */
  refreshStories(): void
  /** As `refreshStories`, once the library's changes have settled. */
  refreshStoriesSoon(): void
  /** Moves the article to `toStory`, or to a story of its own when null: a correction, undoable like the others. */
  moveArticleToStory(articleId: string, toStory: Story | null): Promise<void>
  forgetArticleMove(): void
}

export const createStoriesSlice: StateCreator<AppState, [], [], StoriesSlice> = (set, get) => {
  let ticket = 0
  let refreshTimer: ReturnType<typeof setTimeout> | undefined

  return {
    sidebarGrouping: 'file',
    stories: null,
    storiesLoading: false,
    storiesError: null,
    lastArticleMove: null,

    setSidebarGrouping(sidebarGrouping) {
      set({ sidebarGrouping })
      if (sidebarGrouping === 'story' && get().stories === null && !get().storiesLoading) void get().loadStories()
    },

    async loadStories() {
      const mine = ++ticket
      set({ storiesLoading: true, storiesError: null })
      try {
        const stories = await getBridge().listStories()
        if (mine === ticket) set({ stories, storiesLoading: false })
      } catch (error) {
        if (mine === ticket) set({ storiesLoading: false, storiesError: describeError(error) })
      }
    },

    refreshStories() {
      clearTimeout(refreshTimer)
      if (get().sidebarGrouping === 'story') void get().loadStories()
      else {
        // Answers still on their way describe the library before the change: drop them.
        ticket += 1
        set({ stories: null, storiesLoading: false })
      }
    },

    refreshStoriesSoon() {
      clearTimeout(refreshTimer)
      refreshTimer = setTimeout(() => get().refreshStories(), STORIES_REFRESH_DELAY_MS)
    },

    async moveArticleToStory(articleId, toStory) {
      const moved = await get().correctRows({ kind: 'move-article', articleId, toStoryOf: toStory?.articleIds[0] ?? null })
      if (moved) set({ lastArticleMove: { articleId, toStoryTitle: toStory?.title ?? null } })
    },

    forgetArticleMove: () => set({ lastArticleMove: null })
  }
}
