import { useAppStore } from '../store/app-store'

export function ProblemBanner() {
  const problems = useAppStore((state) => state.problems)
  const dismissProblem = useAppStore((state) => state.dismissProblem)
  if (problems.length === 0) return null
  return (
    <div className="problems">
      {problems.map((problem) => (
        <div role="alert" className="problem" key={problem.id}>
          <span>{problem.message}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dismissProblem(problem.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
