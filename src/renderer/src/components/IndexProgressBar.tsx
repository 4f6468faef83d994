import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { useAppStore } from '../store/app-store'

/** Shown while a library is scanned or indexed: files done out of the total. */
export function IndexProgressBar() {
  const describe = useDescribe()
  const { t } = useTranslation()
  const progress = useAppStore((state) => state.progress)
  if (!progress || progress.phase === 'ready') return null
  const label =
    progress.phase === 'scanning'
      ? t('progress.scanning', { done: describe.number(progress.done) })
      : t('progress.indexing', { done: describe.number(progress.done), total: describe.number(progress.total) })
  const determinate = progress.phase === 'indexing' && progress.total > 0
  return (
    <div className="index-progress">
      <progress
        aria-label={t('progress.label')}
        value={determinate ? progress.done : undefined}
        max={determinate ? progress.total : undefined}
      />
      <span aria-live="polite">{label}</span>
    </div>
  )
}
