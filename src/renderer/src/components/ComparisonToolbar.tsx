import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { useRef, useState } from 'react'
import { noteVerdicts, type RowSortKey } from '../../../shared/model'
import { useAppStore } from '../store/app-store'
import type { UserVerdictFilter } from '../store/comparison-slice'
import { ExportDialog } from './ExportDialog'
import { HiddenClaimsMenu } from './HiddenClaimsMenu'

const sortChoices = [
  { value: 'sources', label: 'compare.sortSources', key: 'sources', descending: true },
  { value: 'spread', label: 'compare.sortSpread', key: 'spread', descending: true },
  { value: 'verdict', label: 'compare.sortVerdict', key: 'verdict', descending: true },
  { value: 'label', label: 'compare.sortLabel', key: 'label', descending: false }
] as const satisfies ReadonlyArray<{ value: string; label: string; key: RowSortKey; descending: boolean }>

/**
 * Search, sort and filters on the left, corrections and output on the right: one line from 1280 px
 * (the count gives way first), wrapping only on narrower windows.
 */
export function ComparisonToolbar({ visibleCount }: { visibleCount: number }) {
  const describe = useDescribe()
  const { t } = useTranslation()
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
    <div className="comparison-toolbar" role="toolbar" aria-label={t('compare.label')}>
      <input
        type="search"
        aria-label={t('compare.searchRows')}
        placeholder={t('compare.searchRows')}
        value={rowSearch}
        onChange={(event) => setRowSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setRowSearch('')
        }}
      />
      <select
        aria-label={t('compare.sortRows')}
        title={t('compare.sortRows')}
        value={rowSort}
        onChange={(event) => {
          const choice = sortChoices.find((entry) => entry.value === event.target.value)!
          setRowSort(choice.key, choice.descending)
        }}
      >
        {sortChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {t(choice.label)}
          </option>
        ))}
      </select>
      <label className="inline-control">
        <input type="checkbox" checked={disagreementsOnly} onChange={(event) => setDisagreementsOnly(event.target.checked)} />
        {t('compare.disagreementsOnly')}
      </label>
      <select
        aria-label={t('compare.filterVerdict')}
        title={t('compare.filterVerdictTitle')}
        value={userVerdictFilter ?? ''}
        onChange={(event) => setUserVerdictFilter((event.target.value || null) as UserVerdictFilter)}
      >
        <option value="">{t('compare.anyVerdict')}</option>
        {noteVerdicts.map((verdict) => (
          <option key={verdict} value={verdict}>
            {t('compare.yours', { verdict: describe.noteVerdict(verdict) })}
          </option>
        ))}
        <option value="none">{t('compare.notJudged')}</option>
      </select>
      {selectedCount > 0 && (
        <span className="row-selection">
          <button type="button" className="primary" disabled={selectedCount < 2} onClick={() => void mergeSelectedRows()}>
            {t('compare.mergeRows', { count: selectedCount })}
          </button>
          <button type="button" aria-label={t('compare.clearSelection')} title={t('compare.clearSelection')} onClick={clearRowSelection}>
            ×
          </button>
        </span>
      )}
      <span className="comparison-count" aria-live="polite">
        {loading
          ? t('compare.aligningShort')
          : comparison
            ? t('compare.count', { visible: describe.number(visibleCount), total: describe.number(comparison.rows.length), differing: describe.number(differing) })
            : ''}
      </span>
      <HiddenClaimsMenu />
      <button type="button" onClick={() => void undo()} disabled={!comparison?.canUndo} aria-label={t('compare.undo')} title={t('compare.undoTitle')}>
        ↶
      </button>
      <button type="button" onClick={() => void redo()} disabled={!comparison?.canRedo} aria-label={t('compare.redo')} title={t('compare.redoTitle')}>
        ↷
      </button>
      <button type="button" onClick={() => void copyTable()} disabled={!comparison}>
        {copied ? t('compare.copied') : t('compare.copyTable')}
      </button>
      <button type="button" ref={exportButton} onClick={() => setExporting(true)} disabled={!comparison}>
        {t('compare.export')}
      </button>
      <button
        type="button"
        aria-pressed={!rowPanelCollapsed}
        title={rowPanelCollapsed ? t('compare.showRowPanel') : t('compare.hideRowPanel')}
        onClick={() => setRowPanelCollapsed(!rowPanelCollapsed)}
      >
        {t('compare.rowPanel')}
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
