import { useTranslation } from 'react-i18next'
import { useEffect, useRef } from 'react'
import { revealAndFlash } from '../lib/flash-marks'
import { useAppStore } from '../store/app-store'
import type { ClaimDecoration } from './ArticleBody'
import { ArticlePane } from './ArticlePane'
import { Splitter } from './Splitter'

/** Where a claim mark sits in its pane, relative to the pane's top edge. */
function offsetInPane(mark: HTMLElement, pane: HTMLElement): number {
  return mark.getBoundingClientRect().top - pane.getBoundingClientRect().top
}

/** The first claim mark at or below the pane's top edge: the one the reader has just reached. */
function firstVisibleClaim(pane: HTMLElement): HTMLElement | null {
  for (const mark of pane.querySelectorAll<HTMLElement>('mark.claim[data-row-id]')) {
    const offset = offsetInPane(mark, pane)
    if (offset >= 0 && offset < pane.clientHeight) return mark
  }
  return null
}

/** Two to six articles read side by side; panes resize, and scrolling can follow claims across panes. */
export function SideBySidePanes({ decorations }: { decorations: ReadonlyMap<string, ClaimDecoration> }) {
  const { t } = useTranslation()
  const paneArticleIds = useAppStore((state) => state.paneArticleIds)
  const paneViews = useAppStore((state) => state.paneViews)
  const paneWidths = useAppStore((state) => state.paneWidths)
  const paneFocus = useAppStore((state) => state.paneFocus)
  const syncScroll = useAppStore((state) => state.syncScroll)
  const setSyncScroll = useAppStore((state) => state.setSyncScroll)
  const maximizedPaneId = useAppStore((state) => state.maximizedPaneId)
  const setMaximizedPane = useAppStore((state) => state.setMaximizedPane)
  const closePane = useAppStore((state) => state.closePane)
  const setPaneWidths = useAppStore((state) => state.setPaneWidths)
  const setActiveCell = useAppStore((state) => state.setActiveCell)
  const containerRef = useRef<HTMLDivElement>(null)
  const paneRefs = useRef(new Map<string, HTMLDivElement>())
  /** Panes being scrolled by us, whose scroll events must not start another round of syncing. */
  const programmatic = useRef(new Set<string>())
  const dragStartWidths = useRef<number[] | null>(null)

  useEffect(() => {
    if (!paneFocus) return
    const pane = paneRefs.current.get(paneFocus.articleId)
    const mark = pane?.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(paneFocus.claimId)}"]`)
    if (!pane || !mark) return
    programmatic.current.add(paneFocus.articleId)
    revealAndFlash([mark])
    requestAnimationFrame(() => programmatic.current.delete(paneFocus.articleId))
  }, [paneFocus, paneViews])

  const followScroll = (sourceId: string): void => {
    if (programmatic.current.has(sourceId) || !syncScroll) return
    const source = paneRefs.current.get(sourceId)
    const anchor = source && firstVisibleClaim(source)
    if (!source || !anchor) return
    const offset = offsetInPane(anchor, source)
    for (const [articleId, pane] of paneRefs.current) {
      if (articleId === sourceId) continue
      const match = pane.querySelector<HTMLElement>(`mark.claim[data-row-id="${CSS.escape(anchor.dataset.rowId!)}"]`)
      if (!match) continue
      programmatic.current.add(articleId)
      pane.scrollBy({ top: offsetInPane(match, pane) - offset })
      requestAnimationFrame(() => programmatic.current.delete(articleId))
    }
  }

  if (paneArticleIds.length === 0) {
    return <div className="panes-empty">{t('panes.empty')}</div>
  }
  const total = paneWidths.reduce((sum, width) => sum + width, 0) || paneArticleIds.length
  const maximized = maximizedPaneId !== null && paneArticleIds.includes(maximizedPaneId) ? maximizedPaneId : null
  return (
    <div className="panes-with-bar">
      <div className="panes-bar">
        <label className="inline-control" title={t('panes.syncTitle')}>
          <input type="checkbox" checked={syncScroll} onChange={(event) => setSyncScroll(event.target.checked)} />
          {t('panes.sync')}
        </label>
        {maximized && <span className="muted">{t('panes.oneShown', { count: paneArticleIds.length })}</span>}
      </div>
    <div className="side-by-side" ref={containerRef}>
      {paneArticleIds.map((articleId, index) => (
        // A pane hidden behind a maximized one stays mounted, so it keeps its scroll position.
        <div key={articleId} className="pane-slot" hidden={maximized !== null && maximized !== articleId} style={{ flexGrow: paneWidths[index] ?? 1, flexBasis: 0 }}>
          {index > 0 && maximized === null && (
            <Splitter
              orientation="vertical"
              label={t('panes.resize')}
              value={(paneWidths.slice(0, index).reduce((sum, width) => sum + width, 0) / total) * 100}
              onDrag={(delta) => {
                dragStartWidths.current ??= [...paneWidths]
                const widths = [...dragStartWidths.current]
                const pixelsPerUnit = (containerRef.current?.clientWidth ?? 1) / total
                const move = delta / pixelsPerUnit
                const left = widths[index - 1]! + move
                const right = widths[index]! - move
                const minimum = total * 0.08
                if (left < minimum || right < minimum) return
                widths[index - 1] = left
                widths[index] = right
                setPaneWidths(widths)
              }}
              onDragEnd={() => {
                dragStartWidths.current = null
              }}
            />
          )}
          <ArticlePane
            articleId={articleId}
            view={paneViews[articleId]}
            decorations={decorations}
            ref={(element) => {
              if (element) paneRefs.current.set(articleId, element)
              else paneRefs.current.delete(articleId)
            }}
            onScroll={() => followScroll(articleId)}
            onClaimClick={(claimId) => {
              const decoration = decorations.get(claimId)
              if (decoration) setActiveCell(decoration.rowId, articleId)
            }}
            onClose={() => closePane(articleId)}
            maximized={maximized === articleId}
            onToggleMaximized={() => setMaximizedPane(maximized === articleId ? null : articleId)}
          />
        </div>
      ))}
    </div>
    </div>
  )
}
