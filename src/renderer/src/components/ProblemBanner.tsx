import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/app-store'

export function ProblemBanner() {
  const { t } = useTranslation()
  const problems = useAppStore((state) => state.problems)
  const dismissProblem = useAppStore((state) => state.dismissProblem)
  if (problems.length === 0) return null
  return (
    <div className="problems">
      {problems.map((problem) => (
        <div role="alert" className="problem" key={problem.id}>
          <span>{problem.message}</span>
          <button type="button" aria-label={t('problems.dismiss')} onClick={() => dismissProblem(problem.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
