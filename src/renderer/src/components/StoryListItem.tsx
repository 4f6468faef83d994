import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import type { ArticleSummary, Story } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import { MoveToStorySelect } from './MoveToStorySelect'

interface StoryListItemProps {
  index: number
  measureRef(element: HTMLElement | null): void
  top: number
  story: Story
  /** The articles to list under it (the search may hide some). */
  articles: ArticleSummary[]
  /** Every story of the library, the places an article can be moved to. */
  stories: Story[]
  expanded: boolean
  onToggle(): void
}

/** One story in the sidebar: what it is about, how many articles and when; open, its articles. */
export function StoryListItem({ index, measureRef, top, story, articles, stories, expanded, onToggle }: StoryListItemProps) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const compareArticles = useAppStore((state) => state.compareArticles)
  const articlesId = `story-articles-${story.id}`
  return (
    <li ref={measureRef} data-index={index} className="story-item" style={{ transform: `translateY(${top}px)` }}>
      <button type="button" className="story-toggle" aria-expanded={expanded} aria-controls={expanded ? articlesId : undefined} onClick={onToggle}>
        <span className="story-chevron" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <span className="story-title">{story.title}</span>
        <span className="story-meta">
          {t('stories.articles', { count: story.articleIds.length, formatted: describe.number(story.articleIds.length) })} ·{' '}
          {describe.dateSpan(story.dateFrom, story.dateTo)}
        </span>
      </button>
      <button
        type="button"
        className="compare-story"
        disabled={story.articleIds.length < 2}
        title={story.articleIds.length < 2 ? t('stories.oneArticle') : undefined}
        aria-label={t('stories.compareLabel', { title: story.title })}
        onClick={() => void compareArticles(story.articleIds)}
      >
        {t('stories.compare')}
      </button>
      {expanded && (
        <ul id={articlesId} className="story-articles" aria-label={t('stories.articlesOf', { title: story.title })}>
          {articles.map((article) => (
            <StoryArticle key={article.id} article={article} story={story} stories={stories} />
          ))}
        </ul>
      )}
    </li>
  )
}

/** An article of an open story: opens it (Ctrl/Cmd+click picks it), and can move it to another story. */
function StoryArticle({ article, story, stories }: { article: ArticleSummary; story: Story; stories: Story[] }) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const openArticleId = useAppStore((state) => state.openArticleId)
  const picked = useAppStore((state) => state.pickedArticleIds.includes(article.id))
  const openArticle = useAppStore((state) => state.openArticle)
  const pickArticle = useAppStore((state) => state.pickArticle)
  const open = article.id === openArticleId
  return (
    <li className={`story-article${open ? ' open' : ''}${picked ? ' picked' : ''}`}>
      <button
        type="button"
        className="story-article-open"
        aria-current={open ? 'true' : undefined}
        title={article.file}
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey) pickArticle(article.id, 'toggle', [])
          else {
            pickArticle(article.id, 'opened', [])
            void openArticle(article.id)
          }
        }}
      >
        <span className="story-article-title">{article.title}</span>
        <span className="story-article-meta">
          {describe.date(article.date)} · {article.language.toUpperCase()}
          {article.claimCount > 0 && ` · ${t('article.claims', { count: article.claimCount, formatted: describe.number(article.claimCount) })}`}
          {picked && t('stories.picked')}
        </span>
      </button>
      <MoveToStorySelect article={article} story={story} stories={stories} />
    </li>
  )
}
