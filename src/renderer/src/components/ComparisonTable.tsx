import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ArticleSummary, Claim, ComparisonRow, NoteVerdict, Story } from '../../../shared/model'
import { describeSource } from '../lib/format'
import { rowAppearance } from '../lib/row-appearance'
import { useAppStore } from '../store/app-store'
import { claimsByArticle, type TableLine } from '../store/visible-rows'
import { IntervalChart } from './IntervalChart'
import { VerdictBadge } from './VerdictPopover'

const ROW_HEIGHT = 58
const STORY_HEADER_HEIGHT = 36
/** The sticky column headers (`.grid-header`): lines start below them, and scrolling to a line keeps it clear of them. */
const GRID_HEADER_HEIGHT = 44
/**
 * Source columns share the table's width, never narrower than this: "circa 12.000 soldati" stays
 * readable, and past what fits the table scrolls sideways under the frozen label column.
 */
const MIN_SOURCE_WIDTH = 150
const LABEL_WIDTH = 200
const CHART_WIDTH = 132
/** Source columns start after the sticky label and chart columns (the column virtualizer's scroll margin). */
const SOURCES_LEFT = LABEL_WIDTH + CHART_WIDTH
/** What a drag of a cell's claim carries: the claim's id. */
const CLAIM_DRAG_TYPE = 'application/x-riscontro-claim'

interface ComparisonTableProps {
  /** Rows, under their stories' headers when the comparison holds several stories. */
  lines: TableLine[]
  articles: ArticleSummary[]
  claimsById: ReadonlyMap<string, Claim>
  /** Row index in the comparison's own order, for the row's colour and glyph. */
  appearanceIndex: ReadonlyMap<string, number>
  /** The user's own verdict of rows (from row notes). */
  userVerdicts: ReadonlyMap<string, NoteVerdict>
}

/** The width of an element's content box, followed as it resizes. */
function useContentWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setWidth(element.clientWidth)
    const observer = new ResizeObserver(() => setWidth(element.clientWidth))
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/**
 * Rows × sources, virtualized both ways (thousands of rows, dozens of sources). A grid: arrows move
 * through cells, Enter shows the claim in its article, n / p go to the next / previous disagreement.
 * Story headers are lines of the grid but hold no cell the keyboard stops on.
 */
export function ComparisonTable({ lines, articles, claimsById, appearanceIndex, userVerdicts }: ComparisonTableProps) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const activeRowId = useAppStore((state) => state.activeRowId)
  const activeArticleId = useAppStore((state) => state.activeArticleId)
  const setActiveCell = useAppStore((state) => state.setActiveCell)
  const showClaim = useAppStore((state) => state.showClaim)
  const selectedRowIds = useAppStore((state) => state.selectedRowIds)
  const toggleRowSelected = useAppStore((state) => state.toggleRowSelected)
  const correctRows = useAppStore((state) => state.correctRows)
  const scrollRef = useRef<HTMLDivElement>(null)
  const [focused, setFocused] = useState(false)
  // The verdict's explanation opens for the keyboard's active cell; a click has the pointer to hover with.
  const [byKeyboard, setByKeyboard] = useState(false)
  const [dropRowId, setDropRowId] = useState<string | null>(null)
  const draggedClaim = useRef<Claim | null>(null)
  const tableWidth = useContentWidth(scrollRef)
  const sourceWidth = Math.max(MIN_SOURCE_WIDTH, Math.floor((tableWidth - SOURCES_LEFT) / Math.max(1, articles.length)))
  const articlesById = useMemo(() => new Map(articles.map((article) => [article.id, article])), [articles])
  const selected = useMemo(() => new Set(selectedRowIds), [selectedRowIds])
  const rows = useMemo(() => lines.flatMap((line) => (line.kind === 'row' ? [line.row] : [])), [lines])
  const lineOfRow = useMemo(() => new Map(lines.flatMap((line, index) => (line.kind === 'row' ? [[line.row.id, index] as const] : []))), [lines])

  const rowVirtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (lines[index]!.kind === 'story' ? STORY_HEADER_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => {
      const line = lines[index]!
      return line.kind === 'story' ? `story-${line.story.id}` : line.row.id
    },
    scrollMargin: GRID_HEADER_HEIGHT,
    scrollPaddingStart: GRID_HEADER_HEIGHT,
    overscan: 6
  })
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => sourceWidth,
    overscan: 2,
    // Source columns begin after the sticky label and chart, which also cover them when scrolled.
    scrollMargin: SOURCES_LEFT,
    scrollPaddingStart: SOURCES_LEFT
  })

  // After "Compare", the table has the focus: arrows, n and p work at once (issue 11).
  const tableFocusRequest = useAppStore((state) => state.tableFocusRequest)
  useEffect(() => {
    if (tableFocusRequest > 0) scrollRef.current?.focus({ preventScroll: true })
  }, [tableFocusRequest])

  // Columns are as wide as the table allows: measure them again when it resizes.
  useEffect(() => columnVirtualizer.measure(), [columnVirtualizer, sourceWidth])

  const rowIndex = Math.max(0, rows.findIndex((row) => row.id === activeRowId))
  // Column 0 is the row label; sources start at 1.
  const columnIndex = activeArticleId === null ? 0 : articles.findIndex((article) => article.id === activeArticleId) + 1
  const grouped = useMemo(() => new Map(rows.map((row) => [row.id, claimsByArticle(row, claimsById)])), [rows, claimsById])

  // A claim chosen in an article pane brings its row into view.
  useEffect(() => {
    const index = activeRowId === null ? undefined : lineOfRow.get(activeRowId)
    if (index !== undefined) rowVirtualizer.scrollToIndex(index, { align: 'auto' })
  }, [activeRowId, lineOfRow, rowVirtualizer])

  const moveTo = (nextRow: number, nextColumn: number): void => {
    const row = rows[Math.min(Math.max(nextRow, 0), rows.length - 1)]
    if (!row) return
    const column = Math.min(Math.max(nextColumn, 0), articles.length)
    setActiveCell(row.id, column === 0 ? null : articles[column - 1]!.id)
    rowVirtualizer.scrollToIndex(lineOfRow.get(row.id)!, { align: 'auto' })
    if (column > 0) columnVirtualizer.scrollToIndex(column - 1, { align: 'auto' })
    else if (row.storyId !== rows[rowIndex]?.storyId) {
      // Entering another story's rows: bring that story's columns into view.
      const firstSource = articles.findIndex((article) => grouped.get(row.id)?.has(article.id))
      if (firstSource >= 0) columnVirtualizer.scrollToIndex(firstSource, { align: 'start' })
    }
  }

  const showCell = (row: ComparisonRow, articleId: string): void => {
    const first = grouped.get(row.id)?.get(articleId)?.[0]
    if (first) showClaim(articleId, first.id)
  }

  const nextDisagreement = (step: 1 | -1): void => {
    // With no row chosen yet, the first disagreement is the next one, even in the first row.
    const from = rows.some((row) => row.id === activeRowId) ? rowIndex : step === 1 ? -1 : rows.length
    for (let index = from + step; index >= 0 && index < rows.length; index += step) {
      if (rows[index]!.verdict === 'differ') return moveTo(index, columnIndex)
    }
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.target !== event.currentTarget) return
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 2)
    const moves: Record<string, [number, number]> = {
      ArrowDown: [rowIndex + 1, columnIndex],
      ArrowUp: [rowIndex - 1, columnIndex],
      ArrowRight: [rowIndex, columnIndex + 1],
      ArrowLeft: [rowIndex, columnIndex - 1],
      PageDown: [rowIndex + pageRows, columnIndex],
      PageUp: [rowIndex - pageRows, columnIndex],
      Home: event.ctrlKey ? [0, 0] : [rowIndex, 0],
      End: event.ctrlKey ? [rows.length - 1, articles.length] : [rowIndex, articles.length]
    }
    if (event.key in moves && !event.altKey && !event.metaKey) {
      event.preventDefault()
      setByKeyboard(true)
      const [nextRow, nextColumn] = moves[event.key]!
      moveTo(nextRow, nextColumn)
    } else if (event.key === 'Enter' && rows[rowIndex] && columnIndex > 0) {
      event.preventDefault()
      showCell(rows[rowIndex], articles[columnIndex - 1]!.id)
    } else if ((event.key === 'n' || event.key === 'p') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault()
      nextDisagreement(event.key === 'n' ? 1 : -1)
    }
  }

  const storyOfArticle = useMemo(() => {
    const map = new Map<string, string>()
    for (const row of rows) for (const claim of grouped.get(row.id)?.values() ?? []) for (const { articleId } of claim) map.set(articleId, row.storyId)
    return map
  }, [rows, grouped])
  const rowOfClaimStory = (claim: Claim): string | undefined => storyOfArticle.get(claim.articleId)

  /** A cell's claim can be dragged onto another row: the move correction in one gesture. */
  const dragProps = (claim: Claim) => ({
    draggable: true,
    onDragStart: (event: React.DragEvent) => {
      draggedClaim.current = claim
      event.dataTransfer.setData(CLAIM_DRAG_TYPE, claim.id)
      event.dataTransfer.setData('text/plain', claim.text)
      event.dataTransfer.effectAllowed = 'move'
    },
    onDragEnd: () => {
      draggedClaim.current = null
      setDropRowId(null)
    }
  })

  const totalWidth = SOURCES_LEFT + columnVirtualizer.getTotalSize()
  const activeCellId = rows[rowIndex] ? `cell-${rows[rowIndex].id}-${columnIndex}` : undefined
  const columns = columnVirtualizer.getVirtualItems()

  return (
    <div
      ref={scrollRef}
      className="comparison-table"
      role="grid"
      aria-label={t('table.label')}
      aria-rowcount={lines.length + 1}
      aria-colcount={articles.length + 2}
      tabIndex={0}
      aria-multiselectable="true"
      aria-activedescendant={activeRowId ? activeCellId : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => setFocused(event.target === event.currentTarget)}
      onMouseDown={() => setByKeyboard(false)}
      onBlur={() => setFocused(false)}
    >
      <div className="grid-header" role="row" aria-rowindex={1} style={{ width: totalWidth }}>
        <div className="grid-sticky" style={{ width: SOURCES_LEFT }}>
          <div role="columnheader" className="grid-label-cell" style={{ width: LABEL_WIDTH }}>
            {t('table.quantity')}
          </div>
          <div role="columnheader" className="grid-chart-cell" style={{ width: CHART_WIDTH }}>
            {t('table.spread')}
          </div>
        </div>
        {columns.map((column) => {
          const article = articles[column.index]!
          return (
            <div
              key={article.id}
              role="columnheader"
              aria-colindex={column.index + 3}
              className="grid-source-header"
              style={{ width: column.size, transform: `translateX(${column.start}px)` }}
              title={describeSource(article, describe)}
            >
              <span className="source-outlet">{article.outlet ?? article.title}</span>
              <span className="source-date">
                {describe.date(article.date)}
                {article.outlet && <span className="source-title"> · {article.title}</span>}
              </span>
            </div>
          )
        })}
      </div>
      <div className="grid-body" style={{ height: rowVirtualizer.getTotalSize(), width: totalWidth }}>
        {rowVirtualizer.getVirtualItems().map((virtualRow) => {
          const line = lines[virtualRow.index]!
          if (line.kind === 'story') {
            return (
              <StoryHeader
                key={`story-${line.story.id}`}
                story={line.story}
                rowCount={line.rowCount}
                lineIndex={virtualRow.index}
                top={virtualRow.start - GRID_HEADER_HEIGHT}
                width={totalWidth}
                columnCount={articles.length + 2}
              />
            )
          }
          const row = line.row
          const appearance = rowAppearance(appearanceIndex.get(row.id) ?? virtualRow.index)
          const byArticle = grouped.get(row.id)!
          const rowClaims = [...byArticle.values()].flat()
          const isActiveRow = row.id === activeRowId
          const userVerdict = userVerdicts.get(row.id)
          // A claim can be dropped on another row of its story (a row never mixes stories, issue 9).
          const accepts = (claim: Claim | null): boolean => claim !== null && !row.claimIds.includes(claim.id) && rowOfClaimStory(claim) === row.storyId
          return (
            <div
              key={row.id}
              role="row"
              aria-rowindex={virtualRow.index + 2}
              aria-selected={selected.has(row.id) || isActiveRow}
              className={`grid-row verdict-${row.verdict}${isActiveRow ? ' active' : ''}${selected.has(row.id) ? ' selected' : ''}${dropRowId === row.id ? ' drop-target' : ''}`}
              style={{ transform: `translateY(${virtualRow.start - GRID_HEADER_HEIGHT}px)`, height: ROW_HEIGHT, width: totalWidth }}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(CLAIM_DRAG_TYPE) || !accepts(draggedClaim.current)) return
                event.preventDefault()
                event.dataTransfer.dropEffect = 'move'
                if (dropRowId !== row.id) setDropRowId(row.id)
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropRowId(null)
              }}
              onDrop={(event) => {
                event.preventDefault()
                event.stopPropagation()
                setDropRowId(null)
                const claim = draggedClaim.current
                draggedClaim.current = null
                if (claim && accepts(claim)) void correctRows({ kind: 'move', claimId: claim.id, toRowOf: row.claimIds[0]! })
              }}
            >
              <div className="grid-sticky" style={{ width: SOURCES_LEFT }}>
                <div
                  id={`cell-${row.id}-0`}
                  role="rowheader"
                  className={`grid-label-cell${isActiveRow && columnIndex === 0 ? ' active-cell' : ''}`}
                  style={{ width: LABEL_WIDTH }}
                  onMouseDown={(event) => {
                    // Shift/Ctrl+click picks rows; the browser must not select text across them.
                    if (event.shiftKey || event.ctrlKey || event.metaKey) event.preventDefault()
                  }}
                  onClick={(event) => {
                    if (event.ctrlKey || event.metaKey) toggleRowSelected(row.id)
                    else setActiveCell(row.id, null)
                  }}
                >
                  <span className={`row-glyph row-colour-${appearance.colour}`} aria-hidden="true">
                    {appearance.glyph}
                  </span>
                  <span className="row-label">{row.label}</span>
                  <span className="row-verdicts">
                    <VerdictBadge row={row} claims={rowClaims} articlesById={articlesById} keyboardOpen={focused && byKeyboard && isActiveRow && columnIndex === 0} />
                    {userVerdict && (
                      <span className={`user-verdict user-verdict-${userVerdict}`} title={t('table.yourVerdictTitle')}>
                        <span className="visually-hidden">{t('table.yourVerdict')}</span>
                        {describe.noteVerdict(userVerdict)}
                      </span>
                    )}
                  </span>
                </div>
                <div role="gridcell" className="grid-chart-cell" style={{ width: CHART_WIDTH }}>
                  <IntervalChart claims={rowClaims} differ={row.verdict === 'differ'} />
                </div>
              </div>
              {columns.map((column) => {
                const article = articles[column.index]!
                const claims = byArticle.get(article.id) ?? []
                const isActive = isActiveRow && columnIndex === column.index + 1
                return (
                  <div
                    key={article.id}
                    id={`cell-${row.id}-${column.index + 1}`}
                    role="gridcell"
                    aria-colindex={column.index + 3}
                    className={`grid-source-cell${isActive ? ' active-cell' : ''}${claims.length ? '' : ' empty'}`}
                    style={{ width: column.size, transform: `translateX(${column.start}px)` }}
                    onClick={() => {
                      setActiveCell(row.id, article.id)
                      showCell(row, article.id)
                    }}
                  >
                    {claims.length === 1 ? (
                      <div className="cell-claim" title={claims[0]!.sentence} {...dragProps(claims[0]!)}>
                        <span className="cell-claim-text">{claims[0]!.text}</span>
                        <span className="cell-claim-value">{describe.claimValue(claims[0]!)}</span>
                      </div>
                    ) : (
                      // Several claims of one article in one row: one line each, the sentence on hover.
                      claims.slice(0, 2).map((claim) => (
                        <div key={claim.id} className="cell-claim compact" title={`${describe.claimValue(claim)} · ${claim.sentence}`} {...dragProps(claim)}>
                          <span className="cell-claim-text">{claim.text}</span>
                        </div>
                      ))
                    )}
                    {claims.length > 2 && <span className="cell-more">{t('table.more', { count: claims.length - 2 })}</span>}
                  </div>
                )
              })}
            </div>
          )
        })}
      </div>
      {rows.length === 0 && <p className="grid-empty">{t('table.empty')}</p>}
    </div>
  )
}

interface StoryHeaderProps {
  story: Story
  rowCount: number
  lineIndex: number
  top: number
  width: number
  columnCount: number
}

/** Names the story whose rows follow: its title, how many articles report it, and when. */
function StoryHeader({ story, rowCount, lineIndex, top, width, columnCount }: StoryHeaderProps) {
  const describe = useDescribe()
  const { t } = useTranslation()
  return (
    <div role="row" aria-rowindex={lineIndex + 2} className="grid-story-header" style={{ transform: `translateY(${top}px)`, height: STORY_HEADER_HEIGHT, width }}>
      <div role="gridcell" aria-colspan={columnCount} className="grid-story-cell">
        <span className="story-badge">{t('table.story')}</span>
        <span className="grid-story-title" title={story.title}>
          {story.title}
        </span>
        <span className="grid-story-meta">
          {t('table.storyArticles', { count: story.articleIds.length, formatted: describe.number(story.articleIds.length) })} ·{' '}
          {describe.dateSpan(story.dateFrom, story.dateTo)} · {t('table.storyRows', { count: rowCount, formatted: describe.number(rowCount) })}
        </span>
      </div>
    </div>
  )
}
