import { useTranslation } from 'react-i18next'
import type { ArticleSummary, Story } from '../../../shared/model'
import { useAppStore } from '../store/app-store'

const OWN_STORY = 'own'

/** "Move to story…": the user says which event an article reports, when the grouping got it wrong. */
export function MoveToStorySelect({ article, story, stories }: { article: ArticleSummary; story: Story; stories: Story[] }) {
  const { t } = useTranslation()
  const moveArticleToStory = useAppStore((state) => state.moveArticleToStory)
  const others = stories.filter((other) => other.id !== story.id)
  return (
    <select
      className="move-to-story"
      aria-label={t('stories.moveLabel', { title: article.title })}
      value=""
      onChange={(event) => {
        const choice = event.target.value
        if (choice === OWN_STORY) void moveArticleToStory(article.id, null)
        else {
          const target = others.find((other) => other.id === choice)
          if (target) void moveArticleToStory(article.id, target)
        }
      }}
    >
      <option value="">{t('stories.moveTo')}</option>
      {story.articleIds.length > 1 && <option value={OWN_STORY}>{t('stories.ownStory')}</option>}
      {others.map((other) => (
        <option key={other.id} value={other.id}>
          {other.title} ({other.articleIds.length})
        </option>
      ))}
    </select>
  )
}
