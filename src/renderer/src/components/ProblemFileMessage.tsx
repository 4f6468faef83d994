import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '../../../shared/model'

/**
 * Why a file of the library could not be read as an article: the status in the interface's language,
 * then main's own sentence about this very file (what limit, which error), which is written in English.
 */
export function ProblemFileMessage({ summary }: { summary: Pick<ArticleSummary, 'status' | 'reason'> }) {
  const { t } = useTranslation()
  if (summary.status === 'ok') return null
  return (
    <div className="reading-message" role="status">
      <p>{t(`statusExplanation.${summary.status}`)}</p>
      {summary.reason && <p className="reading-message-detail">{t('statusExplanation.detail', { reason: summary.reason })}</p>}
    </div>
  )
}
