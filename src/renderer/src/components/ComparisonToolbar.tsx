import { useRef, useState } from 'react'
import { noteVerdicts, type RowSortKey } from '../../../shared/api'
import { useAppStore } from '../store/app-store'
import type { UserVerdictFilter } from '../store/comparison-slice'
import { ExportDialog } from './ExportDialog'
import { HiddenClaimsMenu } from './HiddenClaimsMenu'

const sortChoices: Array<{ value: string; label: string; key: RowSortKey; descending: boolean }> = [
  { value: 'sources', label: 'Most sources', key: 'sources', descending: true },
  { value: 'spread', label: 'Largest disagreement', key: 'spread', descending: true },
  { value: 'verdict', label: 'Your verdict', key: 'verdict', descending: true },
  { value: 'label', label: 'Label (A–Z)', key: 'label', descending: false }
]

const verdictFilterChoices: Array<{ value: string; label: string }> = [
  { value: '', label: 'Any verdict of yours' },
  ...noteVerdicts.map((verdict) => ({ value: verdict, label: `Yours: ${verdict}` })),
  { value: 'none', label: 'Not judged by you' }
]

/**
 * Search, sort and filters on the left, corrections and output on the right: one line from 1280 px
 * (the count gives way first), wrapping only on narrower windows.
 */
export function ComparisonToolbar({ visibleCount }: { visibleCount: number }) {
  const comparison = useAppStore((state) => state.comparison)
  const rowSearch = useAppStore((state) => state.rowSearch)
  const disagreementsOnly = useAppStore((state) => state.disagreementsOnly)
  const rowSort = useAppStore((state) => state.rowSort)
  const userVerdictFilter = useAppStore((state) => state.userVerdictFilter)
  const loading = useAppStore((state) => state.comparisonLoading)
  const selectedCount = useAppStore((state) => state.selectedRowIds.length)
  const rowPanelCollapsed = useAppStore((state) => state.rowPanelCollapsed)
  const setRowSearch = useAppStore((state) => state.setRowSearch)
  const setDisagreementsOnly = useAppStore((state) => state.setDisagreementsOnly)
  const setRowSort = useAppStore((state) => state.setRowSort)
  const setUserVerdictFilter = useAppStore((state) => state.setUserVerdictFilter)
  const setRowPanelCollapsed = useAppStore((state) => state.setRowPanelCollapsed)
  const mergeSelectedRows = useAppStore((state) => state.mergeSelectedRows)
  const clearRowSelection = useAppStore((state) => state.clearRowSelection)
  const undo = useAppStore((state) => state.undoCorrection)
  const redo = useAppStore((state) => state.redoCorrection)
  const copyAsMarkdown = useAppStore((state) => state.copyAsMarkdown)
  const [exporting, setExporting] = useState(false)
  const [copied, setCopied] = useState(false)
  const exportButton = useRef<HTMLButtonElement>(null)
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
      <select
        aria-label="Sort rows"
        title="Sort rows"
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
      <label className="inline-control">
        <input type="checkbox" checked={disagreementsOnly} onChange={(event) => setDisagreementsOnly(event.target.checked)} />
        Disagreements only
      </label>
      <select
        aria-label="Filter by your verdict"
        title="Show rows by the verdict you gave in their note"
        value={userVerdictFilter ?? ''}
        onChange={(event) => setUserVerdictFilter((event.target.value || null) as UserVerdictFilter)}
      >
        {verdictFilterChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {selectedCount > 0 && (
        <span className="row-selection">
          <button type="button" className="primary" disabled={selectedCount < 2} onClick={() => void mergeSelectedRows()}>
            Merge {selectedCount} rows
          </button>
          <button type="button" aria-label="Clear the row selection" title="Clear the row selection" onClick={clearRowSelection}>
            ×
          </button>
        </span>
      )}
      <span className="comparison-count" aria-live="polite">
        {loading ? 'Aligning…' : comparison ? `${visibleCount} of ${comparison.rows.length} rows · ${differing} disagree` : ''}
      </span>
      <HiddenClaimsMenu />
      <button type="button" onClick={() => void undo()} disabled={!comparison?.canUndo} aria-label="Undo" title="Undo correction (Ctrl/Cmd+Z)">
        ↶
      </button>
      <button type="button" onClick={() => void redo()} disabled={!comparison?.canRedo} aria-label="Redo" title="Redo correction (Ctrl/Cmd+Shift+Z)">
        ↷
      </button>
      <button type="button" onClick={() => void copyTable()} disabled={!comparison}>
        {copied ? 'Copied' : 'Copy table'}
      </button>
      <button type="button" ref={exportButton} onClick={() => setExporting(true)} disabled={!comparison}>
        Export…
      </button>
      <button
        type="button"
        aria-pressed={!rowPanelCollapsed}
        title={rowPanelCollapsed ? 'Show the row panel' : 'Hide the row panel, giving the table its width'}
        onClick={() => setRowPanelCollapsed(!rowPanelCollapsed)}
      >
        Row panel
      </button>
      {exporting && (
        <ExportDialog
          onClose={() => {
            setExporting(false)
            // Focus goes back where it was before the dialog opened.
            exportButton.current?.focus()
          }}
        />
      )}
    </div>
  )
}
