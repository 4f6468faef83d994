import type { StateCreator } from 'zustand'
import type { ExportFileFormat, ExportFileOutcome, ExportFlavour, ExportOutcome } from '../../../shared/contract'
import type { ArticleView, Comparison, LibraryDelta, NoteVerdict, RowCorrection, RowSortKey, Workspace } from '../../../shared/model'
import { findRowSharingMostClaims } from '../../../shared/row-matching'
import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import type { AppState } from './app-store'
import { selectTableColumns } from './visible-rows'

export const MAX_PANES = 6

/** Which claim a pane should bring into view; `nonce` lets the same claim be shown again. */
export interface PaneFocus {
  articleId: string
  claimId: string
  nonce: number
}

/** A filter on the user's own row verdicts: one verdict, rows with none, or (null) every row. */
export type UserVerdictFilter = NoteVerdict | 'none' | null

/** The saved workspace (what is compared, layout, filters) plus what lives only while the app runs. */
export interface ComparisonSlice extends Omit<Workspace, 'readingArticleId' | 'sidebarCollapsed' | 'rowPanelCollapsed' | 'userVerdictFilter' | 'maximizedPaneId'> {
  sidebarCollapsed: boolean
  rowPanelCollapsed: boolean
  userVerdictFilter: UserVerdictFilter
  maximizedPaneId: string | null
  /** Articles picked in the sidebar (Ctrl/Cmd+click, Shift+click, Space) for the next comparison. */
  pickedArticleIds: string[]
  /** The one picked article was picked by opening it, not by the user's choice: Space on it keeps it. */
  pickFollowsOpen: boolean
  comparison: Comparison | null
  comparisonLoading: boolean
  paneViews: Record<string, ArticleView>
  activeRowId: string | null
  activeArticleId: string | null
  paneFocus: PaneFocus | null
  /** Rows picked in the table (Ctrl/Cmd+click on their label) to be merged together. */
  selectedRowIds: string[]
  /** Increased when a new comparison opens, so the table takes the focus once it is on screen. */
  tableFocusRequest: number
  /** The workspace was read back for the open library, so saving it now cannot overwrite it with defaults. */
  workspaceRestored: boolean

  setView(view: Workspace['view']): void
  /**
   * `opened`: the article was opened; it becomes the pick while fewer than two articles are picked,
   * and a set of two or more is kept (opening an article never undoes the user's picking).
   */
  pickArticle(articleId: string, mode: 'opened' | 'toggle' | 'range', orderedIds: string[]): void
  compareArticles(articleIds: string[]): Promise<void>
  compareWholeLibrary(): Promise<void>
  refreshComparison(): Promise<void>
  /** Records a correction (row or story); false, with a banner, when main refused it. */
  correctRows(correction: RowCorrection): Promise<boolean>
  undoCorrection(): Promise<boolean>
  redoCorrection(): Promise<boolean>
  setRowSearch(text: string): void
  setDisagreementsOnly(on: boolean): void
  setRowSort(key: RowSortKey, descending: boolean): void
  setSyncScroll(on: boolean): void
  setSidebarCollapsed(collapsed: boolean): void
  setRowPanelCollapsed(collapsed: boolean): void
  setUserVerdictFilter(filter: UserVerdictFilter): void
  /** Shows one pane alone (null: all of them again). */
  setMaximizedPane(articleId: string | null): void
  setActiveCell(rowId: string | null, articleId: string | null): void
  toggleRowSelected(rowId: string): void
  clearRowSelection(): void
  /** Merges the picked rows into the first of them (whose label stays); false when main refused. */
  mergeSelectedRows(): Promise<boolean>
  /** Opens the claim's article in a pane (replacing the last one when six are open) and brings the claim into view. */
  showClaim(articleId: string, claimId: string): void
  openPane(articleId: string): void
  closePane(articleId: string): void
  setPaneWidths(widths: number[]): void
  setTableShare(share: number): void
  /** Puts one row (null: the table) on the clipboard as Markdown; false (with a banner) when it failed. */
  copyAsMarkdown(rowId: string | null): Promise<boolean>
  /** Exports the comparison; notes typed a moment ago are saved first so they are in the file. */
  exportMarkdown(flavour: ExportFlavour, options: { reuseLastPath: boolean; overwriteEdited: boolean }): Promise<ExportOutcome>
  /** Exports the comparison as CSV, XLSX, JSON, an HTML report or a PDF, notes saved first likewise. */
  exportFile(format: ExportFileFormat): Promise<ExportFileOutcome>
  restoreWorkspace(): Promise<void>
  onComparedArticlesChanged(delta: LibraryDelta): void
}

function evenWidths(count: number): number[] {
  return Array.from({ length: count }, () => 1)
}

export const createComparisonSlice: StateCreator<AppState, [], [], ComparisonSlice> = (set, get) => {
  let ticket = 0
  const requestedIds = (): string[] => comparedIdsOf(get())

  /** Runs a comparison request; only the newest answer is shown. True when main answered. */
  const load = async (request: () => Promise<Comparison>): Promise<boolean> => {
    const mine = ++ticket
    set({ comparisonLoading: true })
    try {
      const comparison = await request()
      if (mine === ticket) set({ comparison, comparisonLoading: false })
      // Main has just reconciled the notes with this comparison (orphaned or restored), so the badge shows now.
      void get().refreshNotes()
      return true
    } catch (error) {
      if (mine === ticket) set({ comparisonLoading: false })
      get().showProblem(describeError(error))
      return false
    }
  }

  /**
   * Row ids follow their claims, so a merged or corrected row gets a new id; the active row is
   * found again as the new row holding most of its claims, and the user stays where they were.
   */
  const keepActiveRow = async <T>(work: () => Promise<T>): Promise<T> => {
    const before = get().comparison?.rows.find((row) => row.id === get().activeRowId)
    const result = await work()
    if (!before) return result
    const found = findRowSharingMostClaims(before.claimIds, get().comparison?.rows ?? [], (row) => row.claimIds)
    set({ activeRowId: found?.id ?? null })
    return result
  }

  /**
   * Corrections change the library's history even with nothing compared (an article moved between
   * stories in the sidebar); a comparison on screen is reloaded with main's answer. Story
   * corrections and their undo change the stories, so those are asked for again.
   */
  const changeHistory = async (request: (articleIds: string[]) => Promise<Comparison>): Promise<boolean> => {
    get().forgetArticleMove()
    let done: boolean
    if (get().comparison) done = await keepActiveRow(() => load(() => request(requestedIds())))
    else {
      // Main answers every correction with a comparison; none is on screen, so ask for the
      // cheapest one (a single article) rather than aligning the whole library for nothing.
      const anyArticle = get().articles.find((article) => article.status === 'ok')
      try {
        await request(anyArticle ? [anyArticle.id] : [])
        done = true
      } catch (error) {
        get().showProblem(describeError(error))
        done = false
      }
    }
    get().refreshStories()
    return done
  }

  const loadPaneView = async (articleId: string): Promise<void> => {
    try {
      const view = await getBridge().readArticle(articleId)
      if (get().paneArticleIds.includes(articleId)) set({ paneViews: { ...get().paneViews, [articleId]: view } })
    } catch (error) {
      get().showProblem(describeError(error))
    }
  }

  /** Panes sit in the table's column order, so the article read on the left is the column on the left. */
  const inColumnOrder = (articleIds: string[]): string[] => {
    const columns = selectTableColumns(get().comparison).map((article) => article.id)
    const rank = (id: string): number => (columns.includes(id) ? columns.indexOf(id) : columns.length)
    return [...articleIds].sort((a, b) => rank(a) - rank(b))
  }

  const setPanes = (articleIds: string[]): void => {
    const paneArticleIds = inColumnOrder(articleIds)
    const paneViews = Object.fromEntries(Object.entries(get().paneViews).filter(([id]) => paneArticleIds.includes(id)))
    const maximizedPaneId = paneArticleIds.includes(get().maximizedPaneId ?? '') ? get().maximizedPaneId : null
    set({ paneArticleIds, paneViews, paneWidths: evenWidths(paneArticleIds.length), maximizedPaneId })
    for (const id of paneArticleIds) if (!paneViews[id]) void loadPaneView(id)
  }

  /** The panes of a new comparison: the first articles in column order; the previous comparison's panes close with it. */
  const openFirstPanes = (articleIds: string[]): void => {
    setPanes(inColumnOrder(articleIds).slice(0, MAX_PANES))
  }

  return {
    view: 'library',
    pickedArticleIds: [],
    pickFollowsOpen: false,
    comparedArticleIds: [],
    compareAll: false,
    comparison: null,
    comparisonLoading: false,
    paneArticleIds: [],
    paneWidths: [],
    paneViews: {},
    tableShare: 0.45,
    rowSearch: '',
    disagreementsOnly: false,
    rowSort: 'sources',
    rowSortDescending: true,
    syncScroll: true,
    sidebarCollapsed: false,
    rowPanelCollapsed: false,
    userVerdictFilter: null,
    maximizedPaneId: null,
    activeRowId: null,
    activeArticleId: null,
    paneFocus: null,
    selectedRowIds: [],
    tableFocusRequest: 0,
    workspaceRestored: false,

    setView(view) {
      set({ view })
      if (view === 'compare' && !get().comparison && (get().compareAll || get().comparedArticleIds.length > 0)) void get().refreshComparison()
    },

    pickArticle(articleId, mode, orderedIds) {
      const picked = get().pickedArticleIds
      const follows = get().pickFollowsOpen
      set({ pickFollowsOpen: false })
      if (mode === 'opened') {
        if (picked.length < 2) set({ pickedArticleIds: [articleId], pickFollowsOpen: true })
      } else if (mode === 'toggle') {
        // Space on the article just opened means "pick this one": it already is, now by choice.
        if (follows && picked.length === 1 && picked[0] === articleId) return
        set({ pickedArticleIds: picked.includes(articleId) ? picked.filter((id) => id !== articleId) : [...picked, articleId] })
      } else {
        const anchor = picked.at(-1)
        const from = anchor === undefined ? -1 : orderedIds.indexOf(anchor)
        const to = orderedIds.indexOf(articleId)
        if (from < 0 || to < 0) set({ pickedArticleIds: [articleId] })
        else {
          const range = orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1)
          set({ pickedArticleIds: [...new Set([...picked, ...range])] })
        }
      }
    },

    async compareArticles(articleIds) {
      set({ view: 'compare', comparedArticleIds: articleIds, compareAll: false, activeRowId: null, activeArticleId: null, maximizedPaneId: null, selectedRowIds: [] })
      setPanes([])
      if (await load(() => getBridge().getComparison(articleIds))) {
        openFirstPanes(articleIds)
        set({ tableFocusRequest: get().tableFocusRequest + 1 })
      }
    },

    async compareWholeLibrary() {
      set({ view: 'compare', comparedArticleIds: [], compareAll: true, activeRowId: null, activeArticleId: null, maximizedPaneId: null, selectedRowIds: [] })
      setPanes([])
      if (await load(() => getBridge().getComparison([]))) set({ tableFocusRequest: get().tableFocusRequest + 1 })
      // The table's first two columns: the first story's newest articles.
      openFirstPanes(selectTableColumns(get().comparison).slice(0, 2).map((article) => article.id))
    },

    refreshComparison: async () => {
      await keepActiveRow(() => load(() => getBridge().getComparison(requestedIds())))
    },
    correctRows: (correction) => changeHistory((articleIds) => getBridge().correctComparison(articleIds, correction)),
    undoCorrection: () => changeHistory((articleIds) => getBridge().undoCorrection(articleIds)),
    redoCorrection: () => changeHistory((articleIds) => getBridge().redoCorrection(articleIds)),

    setRowSearch: (rowSearch) => set({ rowSearch }),
    setDisagreementsOnly: (disagreementsOnly) => set({ disagreementsOnly }),
    setRowSort: (rowSort, rowSortDescending) => set({ rowSort, rowSortDescending }),
    setSyncScroll: (syncScroll) => set({ syncScroll }),
    setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
    setRowPanelCollapsed: (rowPanelCollapsed) => set({ rowPanelCollapsed }),
    setUserVerdictFilter: (userVerdictFilter) => set({ userVerdictFilter }),
    setMaximizedPane: (maximizedPaneId) => set({ maximizedPaneId }),
    setActiveCell: (activeRowId, activeArticleId) => set({ activeRowId, activeArticleId }),
    toggleRowSelected(rowId) {
      const selected = get().selectedRowIds
      set({ selectedRowIds: selected.includes(rowId) ? selected.filter((id) => id !== rowId) : [...selected, rowId] })
    },
    clearRowSelection: () => set({ selectedRowIds: [] }),

    async mergeSelectedRows() {
      const rows = get().comparison?.rows ?? []
      const picked = get().selectedRowIds.map((id) => rows.find((row) => row.id === id)).filter((row) => row !== undefined)
      const [into, ...others] = picked
      // Corrections name claims, and claim ids survive each merge: every row joins the first one's anchor claim.
      const anchor = into?.claimIds[0]
      if (!anchor) return false
      set({ selectedRowIds: [], activeRowId: into.id, activeArticleId: null })
      for (const other of others) {
        if (other.storyId !== into.storyId) continue
        if (!(await get().correctRows({ kind: 'merge', claimId: anchor, withClaimId: other.claimIds[0]! }))) return false
      }
      return true
    },

    showClaim(articleId, claimId) {
      const panes = get().paneArticleIds
      if (!panes.includes(articleId)) {
        setPanes(panes.length < MAX_PANES ? [...panes, articleId] : [...panes.slice(0, MAX_PANES - 1), articleId])
      }
      set({ paneFocus: { articleId, claimId, nonce: (get().paneFocus?.nonce ?? 0) + 1 } })
    },

    openPane(articleId) {
      const panes = get().paneArticleIds
      if (panes.includes(articleId)) return
      setPanes(panes.length < MAX_PANES ? [...panes, articleId] : [...panes.slice(0, MAX_PANES - 1), articleId])
    },

    closePane: (articleId) => setPanes(get().paneArticleIds.filter((id) => id !== articleId)),
    setPaneWidths: (paneWidths) => set({ paneWidths }),
    setTableShare: (tableShare) => set({ tableShare: Math.min(0.85, Math.max(0.15, tableShare)) }),

    async copyAsMarkdown(rowId) {
      try {
        await getBridge().copyMarkdown(requestedIds(), rowId)
        return true
      } catch (error) {
        get().showProblem(describeError(error))
        return false
      }
    },

    async exportMarkdown(flavour, options) {
      await get().flushNotes()
      return getBridge().exportMarkdown({ articleIds: requestedIds(), flavour, ...options })
    },

    async exportFile(format) {
      await get().flushNotes()
      return getBridge().exportFile({ articleIds: requestedIds(), format })
    },

    async restoreWorkspace() {
      set({ workspaceRestored: false, comparison: null, paneViews: {}, pickedArticleIds: [], activeRowId: null, activeArticleId: null })
      let workspace: Workspace | null = null
      try {
        workspace = await getBridge().loadWorkspace()
      } catch (error) {
        get().showProblem(describeError(error))
      }
      if (workspace) {
        // Articles deleted since the workspace was saved are dropped rather than shown as errors.
        const known = new Set(get().articles.map((article) => article.id))
        const keep = (ids: string[]): string[] => (known.size === 0 ? ids : ids.filter((id) => known.has(id)))
        const { paneArticleIds, paneWidths, readingArticleId, maximizedPaneId, ...rest } = workspace
        set({
          ...rest,
          comparedArticleIds: keep(workspace.comparedArticleIds),
          // Workspaces saved before these existed lack them.
          sidebarCollapsed: rest.sidebarCollapsed ?? false,
          rowPanelCollapsed: rest.rowPanelCollapsed ?? false,
          userVerdictFilter: rest.userVerdictFilter ?? null
        })
        // The article being read when the app closed is open again; one deleted since is not.
        if (readingArticleId && known.has(readingArticleId)) void get().openArticle(readingArticleId)
        if (workspace.compareAll || workspace.comparedArticleIds.length > 0) await get().refreshComparison()
        const panes = keep(paneArticleIds)
        setPanes(panes)
        if (panes.length === paneWidths.length) set({ paneWidths })
        if (maximizedPaneId && panes.includes(maximizedPaneId)) set({ maximizedPaneId })
      } else {
        set({ view: 'library', comparedArticleIds: [], compareAll: false, paneArticleIds: [], paneWidths: [], maximizedPaneId: null, userVerdictFilter: null })
      }
      set({ workspaceRestored: true })
    },

    onComparedArticlesChanged(delta) {
      const compared = get().compareAll ? null : new Set(get().comparedArticleIds)
      const touches = (id: string): boolean => compared === null || compared.has(id)
      if (get().comparison && [...delta.upserted.map((article) => article.id), ...delta.removed].some(touches)) void get().refreshComparison()
      for (const article of delta.upserted) if (get().paneArticleIds.includes(article.id)) void loadPaneView(article.id)
      if (delta.removed.some((id) => get().paneArticleIds.includes(id))) setPanes(get().paneArticleIds.filter((id) => !delta.removed.includes(id)))
    }
  }
}

/** The articles the comparison asks main about: none means the whole library. */
export function comparedIdsOf(state: Pick<ComparisonSlice, 'compareAll' | 'comparedArticleIds'>): string[] {
  return state.compareAll ? [] : state.comparedArticleIds
}

/** The part of the state saved as the library's workspace. */
export function workspaceOf(state: ComparisonSlice & { openArticleId: string | null }): Workspace {
  return {
    readingArticleId: state.openArticleId,
    sidebarCollapsed: state.sidebarCollapsed,
    rowPanelCollapsed: state.rowPanelCollapsed,
    userVerdictFilter: state.userVerdictFilter,
    maximizedPaneId: state.maximizedPaneId,
    view: state.view,
    comparedArticleIds: state.comparedArticleIds,
    compareAll: state.compareAll,
    paneArticleIds: state.paneArticleIds,
    paneWidths: state.paneWidths,
    tableShare: state.tableShare,
    rowSearch: state.rowSearch,
    disagreementsOnly: state.disagreementsOnly,
    rowSort: state.rowSort,
    rowSortDescending: state.rowSortDescending,
    syncScroll: state.syncScroll
  }
}
