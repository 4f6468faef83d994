import { useTranslation } from 'react-i18next'
import { useEffect, useMemo, useRef } from 'react'
import { rowAppearance } from '../lib/row-appearance'
import { useAppStore } from '../store/app-store'
import { selectTableColumns, selectTableLines, selectUserVerdicts, selectVisibleRows } from '../store/visible-rows'
import type { ClaimDecoration } from './ArticleBody'
import { ComparisonTable } from './ComparisonTable'
import { ComparisonToolbar } from './ComparisonToolbar'
import { RowInspector } from './RowInspector'
import { SideBySidePanes } from './SideBySidePanes'
import { Splitter } from './Splitter'

/** The comparison table above, the articles side by side below. */
export function CompareView() {
  const { t } = useTranslation()
  const comparison = useAppStore((state) => state.comparison)
  const loading = useAppStore((state) => state.comparisonLoading)
  const rowSearch = useAppStore((state) => state.rowSearch)
  const disagreementsOnly = useAppStore((state) => state.disagreementsOnly)
  const rowSort = useAppStore((state) => state.rowSort)
  const rowSortDescending = useAppStore((state) => state.rowSortDescending)
  const userVerdictFilter = useAppStore((state) => state.userVerdictFilter)
  const notes = useAppStore((state) => state.notes)
  const noteDrafts = useAppStore((state) => state.noteDrafts)
  const rowPanelCollapsed = useAppStore((state) => state.rowPanelCollapsed)
  const activeRowId = useAppStore((state) => state.activeRowId)
  const tableShare = useAppStore((state) => state.tableShare)
  const setTableShare = useAppStore((state) => state.setTableShare)
  const bodyRef = useRef<HTMLDivElement>(null)
  const dragStartShare = useRef<number | null>(null)

  const userVerdicts = useMemo(() => selectUserVerdicts(comparison, notes, noteDrafts), [comparison, notes, noteDrafts])
  const rows = useMemo(
    () => selectVisibleRows(comparison, { rowSearch, disagreementsOnly, rowSort, rowSortDescending, userVerdictFilter, userVerdicts }),
    [comparison, rowSearch, disagreementsOnly, rowSort, rowSortDescending, userVerdictFilter, userVerdicts]
  )
  const lines = useMemo(() => selectTableLines(comparison, rows), [comparison, rows])
  const columns = useMemo(() => selectTableColumns(comparison), [comparison])
  const claimsById = useMemo(() => new Map((comparison?.claims ?? []).map((claim) => [claim.id, claim])), [comparison])
  const articlesById = useMemo(() => new Map((comparison?.articles ?? []).map((article) => [article.id, article])), [comparison])
  // Colours follow the comparison's own row order, so filtering or sorting never recolours a row.
  const appearanceIndex = useMemo(() => new Map((comparison?.rows ?? []).map((row, index) => [row.id, index])), [comparison])
  const decorations = useMemo(() => {
    const map = new Map<string, ClaimDecoration>()
    comparison?.rows.forEach((row, index) => {
      for (const claimId of row.claimIds) map.set(claimId, { ...rowAppearance(index), rowId: row.id, rowLabel: row.label })
    })
    return map
  }, [comparison])

  useEffect(() => {
    // Ctrl/Cmd+Z undoes the last correction, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it; text fields keep their own undo.
    const onKeyDown = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select')) return
      if (!(event.ctrlKey || event.metaKey)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        void useAppStore.getState().undoCorrection()
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault()
        void useAppStore.getState().redoCorrection()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  if (!comparison) {
    return (
      <main className="compare-view" aria-label={t('compare.label')}>
        <div className="reading-message">
          {loading ? t('compare.aligning') : t('compare.pickHint')}
        </div>
      </main>
    )
  }

  const activeRow = comparison.rows.find((row) => row.id === activeRowId) ?? null
  return (
    <main className="compare-view" aria-label={t('compare.label')}>
      <ComparisonToolbar visibleCount={rows.length} />
      <div className="compare-body" ref={bodyRef}>
        <div className="table-area" style={{ flexGrow: tableShare, flexBasis: 0 }}>
          <ComparisonTable lines={lines} articles={columns} claimsById={claimsById} appearanceIndex={appearanceIndex} userVerdicts={userVerdicts} />
          {!rowPanelCollapsed && <RowInspector row={activeRow} rows={comparison.rows} claimsById={claimsById} articlesById={articlesById} />}
        </div>
        <Splitter
          orientation="horizontal"
          label={t('compare.resize')}
          value={tableShare * 100}
          onDrag={(delta) => {
            dragStartShare.current ??= tableShare
            setTableShare(dragStartShare.current + delta / (bodyRef.current?.clientHeight ?? 1))
          }}
          onDragEnd={() => {
            dragStartShare.current = null
          }}
        />
        <div className="panes-area" style={{ flexGrow: 1 - tableShare, flexBasis: 0 }}>
          <SideBySidePanes decorations={decorations} />
        </div>
      </div>
    </main>
  )
}
