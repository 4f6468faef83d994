import { useAppStore } from '../store/app-store'

/** Shown while a library is scanned or indexed: files done out of the total. */
export function IndexProgressBar() {
  const progress = useAppStore((state) => state.progress)
  if (!progress || progress.phase === 'ready') return null
  const label =
    progress.phase === 'scanning'
      ? `Looking for files… ${progress.done.toLocaleString('en')} found`
      : `Indexing ${progress.done.toLocaleString('en')} / ${progress.total.toLocaleString('en')} files`
  const determinate = progress.phase === 'indexing' && progress.total > 0
  return (
    <div className="index-progress">
      <progress
        aria-label="Indexing progress"
        value={determinate ? progress.done : undefined}
        max={determinate ? progress.total : undefined}
      />
      <span aria-live="polite">{label}</span>
    </div>
  )
}
