import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState } from 'react'
import type { ArticleSummary, Story } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { StoryListItem } from './StoryListItem'

/** A closed story: title, then its articles and dates. Open ones are measured as they render. */
const STORY_HEIGHT = 86

interface ListedStory {
  story: Story
  /** The story's articles the sidebar shows (all of them, or those the search finds), in the list's order. */
  articles: ArticleSummary[]
}

/**
 * The library as stories (issue 9): articles that report the same event, each story expandable to
 * its articles. Virtualized like the file list, since a large library holds thousands of stories.
 */
export function StoryList({ visible }: { visible: ArticleSummary[] }) {
  const { t } = useTranslation()
  const stories = useAppStore((state) => state.stories)
  const storiesLoading = useAppStore((state) => state.storiesLoading)
  const storiesError = useAppStore((state) => state.storiesError)
  const loadStories = useAppStore((state) => state.loadStories)
  const scrollRef = useRef<HTMLDivElement>(null)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())

  const listed = useMemo((): ListedStory[] => {
    const position = new Map(visible.map((article, index) => [article.id, index]))
    return (stories ?? [])
      .map((story) => {
        const indexes = story.articleIds.flatMap((id) => position.get(id) ?? []).sort((a, b) => a - b)
        return { story, articles: indexes.map((index) => visible[index]!) }
      })
      .filter((entry) => entry.articles.length > 0)
  }, [stories, visible])

  const virtualizer = useVirtualizer({
    count: listed.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => STORY_HEIGHT,
    getItemKey: (index) => listed[index]!.story.id,
    overscan: 6
  })

  if (stories === null) {
    return (
      <div className="story-list-message" role="status">
        {storiesError ? (
          <>
            <p>{t('stories.failed', { reason: storiesError })}</p>
            <button type="button" onClick={() => void loadStories()}>
              {t('stories.retry')}
            </button>
          </>
        ) : (
          <p>{storiesLoading ? t('stories.grouping') : t('stories.none')}</p>
        )}
      </div>
    )
  }

  /** ↑/↓/Home/End move between the stories' titles, as in the file list; Tab reaches what each story holds. */
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const current = (event.target as HTMLElement).closest<HTMLElement>('.story-toggle')?.closest<HTMLElement>('[data-index]')
    if (!current) return
    const index = Number(current.dataset.index)
    const targets: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: listed.length - 1 }
    const target = targets[event.key]
    if (target === undefined || target < 0 || target >= listed.length) return
    event.preventDefault()
    virtualizer.scrollToIndex(target)
    // The story may render only after the scroll: focus it on the next frame.
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] .story-toggle`)?.focus())
  }

  const toggle = (storyId: string): void => {
    const next = new Set(expanded)
    if (!next.delete(storyId)) next.add(storyId)
    setExpanded(next)
  }

  return (
    <div ref={scrollRef} className="story-list">
      <ul aria-label={t('stories.list')} aria-busy={storiesLoading} style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((item) => {
          const { story, articles } = listed[item.index]!
          return (
            <StoryListItem
              key={story.id}
              index={item.index}
              measureRef={virtualizer.measureElement}
              top={item.start}
              story={story}
              articles={articles}
              stories={stories}
              expanded={expanded.has(story.id)}
              onToggle={() => toggle(story.id)}
            />
          )
        })}
      </ul>
    </div>
  )
}
