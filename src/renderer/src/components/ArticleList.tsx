import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import type { ArticleSummary, SearchExcerpt } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { ArticleListItem } from './ArticleListItem'

const ROW_HEIGHT = 62
/** A row that also shows where the search words are in its text (two lines of excerpt). */
const ROW_WITH_EXCERPT_HEIGHT = 104

/**
 * The library's articles as a listbox. Virtualized, because a library can hold tens of thousands
 * of files; the active row is announced with aria-activedescendant.
 */
export function ArticleList({ articles, excerpts }: { articles: ArticleSummary[]; excerpts: ReadonlyMap<string, SearchExcerpt> }) {
  const { t } = useTranslation()
  const openArticleId = useAppStore((state) => state.openArticleId)
  const openArticle = useAppStore((state) => state.openArticle)
  const pickedArticleIds = useAppStore((state) => state.pickedArticleIds)
  const pickArticle = useAppStore((state) => state.pickArticle)
  const picked = new Set(pickedArticleIds)
  const orderedIds = articles.map((article) => article.id)
  const scrollRef = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (excerpts.has(articles[index]!.id) ? ROW_WITH_EXCERPT_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => articles[index]!.id,
    overscan: 8
  })

  // Sizes depend on which rows have an excerpt: measure again when the search answers.
  useEffect(() => virtualizer.measure(), [virtualizer, excerpts])

  // The active row follows the open article, and falls back to it when the filter hides it.
  const activeIndex = Math.max(
    0,
    articles.findIndex((article) => article.id === (activeId ?? openArticleId))
  )
  const active = articles[activeIndex]

  useEffect(() => {
    if (openArticleId) setActiveId(openArticleId)
  }, [openArticleId])

  const moveTo = (index: number): void => {
    const target = articles[Math.min(Math.max(index, 0), articles.length - 1)]
    if (!target) return
    setActiveId(target.id)
    virtualizer.scrollToIndex(articles.indexOf(target))
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: articles.length - 1
    }
    if (event.key in moves) {
      event.preventDefault()
      moveTo(moves[event.key]!)
    } else if (event.key === 'Enter' && active) {
      event.preventDefault()
      pickArticle(active.id, 'opened', orderedIds)
      void openArticle(active.id)
    } else if (event.key === ' ' && active) {
      // Space adds the article to (or removes it from) the articles picked for comparison.
      event.preventDefault()
      pickArticle(active.id, 'toggle', orderedIds)
    }
  }

  return (
    <div
      ref={scrollRef}
      className="article-list"
      role="listbox"
      aria-label={t('sidebar.articleList')}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={active ? `article-${active.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const article = articles[row.index]!
          return (
            <ArticleListItem
              key={article.id}
              article={article}
              excerpt={excerpts.get(article.id)}
              top={row.start}
              height={row.size}
              active={article.id === active?.id}
              open={article.id === openArticleId}
              picked={picked.has(article.id)}
              onClick={(event) => {
                setActiveId(article.id)
                if (event.shiftKey) pickArticle(article.id, 'range', orderedIds)
                else if (event.ctrlKey || event.metaKey) pickArticle(article.id, 'toggle', orderedIds)
                else {
                  pickArticle(article.id, 'opened', orderedIds)
                  void openArticle(article.id)
                }
              }}
            />
          )
        })}
      </div>
    </div>
  )
}
