import { useTranslation } from 'react-i18next'
import type { BoilerplateBlock } from '../../../shared/model'

/** Text saved with the article that is not the article: kept and shown on request, never deleted. */
export function BoilerplateSection({ blocks }: { blocks: BoilerplateBlock[] }) {
  const { t } = useTranslation()
  if (blocks.length === 0) return null
  return (
    <details className="boilerplate">
      <summary>{t('article.notPart', { count: blocks.length })}</summary>
      <ul>
        {blocks.map((block, index) => (
          <li key={index}>
            <span className="badge">{t(`boilerplate.${block.kind}`)}</span> {block.text}
          </li>
        ))}
      </ul>
    </details>
  )
}
