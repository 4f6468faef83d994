import { useState } from 'react'
import type { RowSortKey } from '../../../shared/api'
import { useAppStore } from '../store/app-store'
import { ExportDialog } from './ExportDialog'

const sortChoices: Array<{ value: string; label: string; key: RowSortKey; descending: boolean }> = [
  { value: 'sources', label: 'Most sources', key: 'sources', descending: true },
  { value: 'spread', label: 'Largest disagreement', key: 'spread', descending: true },
  { value: 'label', label: 'Label (A–Z)', key: 'label', descending: false }
]

export function ComparisonToolbar({ visibleCount }: { visibleCount: number }) {
  const comparison = useAppStore((state) => state.comparison)
  const rowSearch = useAppStore((state) => state.rowSearch)
  const disagreementsOnly = useAppStore((state) => state.disagreementsOnly)
  const rowSort = useAppStore((state) => state.rowSort)
  const syncScroll = useAppStore((state) => state.syncScroll)
  const loading = useAppStore((state) => state.comparisonLoading)
  const setRowSearch = useAppStore((state) => state.setRowSearch)
  const setDisagreementsOnly = useAppStore((state) => state.setDisagreementsOnly)
  const setRowSort = useAppStore((state) => state.setRowSort)
  const setSyncScroll = useAppStore((state) => state.setSyncScroll)
  const undo = useAppStore((state) => state.undoCorrection)
  const redo = useAppStore((state) => state.redoCorrection)
  const copyAsMarkdown = useAppStore((state) => state.copyAsMarkdown)
  const [exporting, setExporting] = useState(false)
  const [copied, setCopied] = useState(false)
  const copyTable = async (): Promise<void> => {
    if (!(await copyAsMarkdown(null))) return
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }
  const differing = comparison?.rows.filter((row) => row.verdict === 'differ').length ?? 0

  return (
    <div className="comparison-toolbar" role="toolbar" aria-label="Comparison">
      <input
        type="search"
        aria-label="Search rows"
        placeholder="Search rows"
        value={rowSearch}
        onChange={(event) => setRowSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setRowSearch('')
        }}
      />
      <label className="inline-control">
        Sort
        <select
          aria-label="Sort rows"
          value={rowSort}
          onChange={(event) => {
            const choice = sortChoices.find((entry) => entry.value === event.target.value)!
            setRowSort(choice.key, choice.descending)
          }}
        >
          {sortChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-control">
        <input type="checkbox" checked={disagreementsOnly} onChange={(event) => setDisagreementsOnly(event.target.checked)} />
        Disagreements only
      </label>
      <label className="inline-control" title="Bringing a claim into view in one article brings the same row's claims into view in the others">
        <input type="checkbox" checked={syncScroll} onChange={(event) => setSyncScroll(event.target.checked)} />
        Sync scrolling
      </label>
      <span className="toolbar-spacer" />
      <span className="comparison-count" aria-live="polite">
        {loading ? 'Aligning…' : comparison ? `${visibleCount} of ${comparison.rows.length} rows · ${differing} disagree` : ''}
      </span>
      <button type="button" onClick={() => void undo()} disabled={!comparison?.canUndo} title="Undo correction (Ctrl/Cmd+Z)">
        Undo
      </button>
      <button type="button" onClick={() => void redo()} disabled={!comparison?.canRedo} title="Redo correction (Ctrl/Cmd+Shift+Z)">
        Redo
      </button>
      <button type="button" onClick={() => void copyTable()} disabled={!comparison}>
        {copied ? 'Copied' : 'Copy table'}
      </button>
      <button type="button" onClick={() => setExporting(true)} disabled={!comparison}>
        Export…
      </button>
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  )
}
