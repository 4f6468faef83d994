import { useTranslation } from 'react-i18next'
import { sayMessage } from '../../../shared/i18n/user-message'
import type { ArticleSummary } from '../../../shared/model'

/**
 * Why a file of the library could not be read as an article: the status in the interface's language,
 * then main's own sentence about this very file (what limit, which error), said from its code in the
 * same language; an index made before files' problems had codes gives only the English sentence.
 */
export function ProblemFileMessage({ summary }: { summary: Pick<ArticleSummary, 'status' | 'reason' | 'problem'> }) {
  const { t } = useTranslation()
  if (summary.status === 'ok') return null
  const detail = summary.problem ? sayMessage(t, summary.problem) : summary.reason
  return (
    <div className="reading-message" role="status">
      <p>{t(`statusExplanation.${summary.status}`)}</p>
      {detail && <p className="reading-message-detail">{t('statusExplanation.detail', { reason: detail })}</p>}
    </div>
  )
}
