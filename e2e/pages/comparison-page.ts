import type { Locator, Page } from '@playwright/test'

/** The comparison screen: toolbar, table (a grid), row inspector and the side-by-side panes. */
export class ComparisonPage {
  readonly table: Locator
  readonly rows: Locator
  /** With several stories, a header row names each story above its rows. */
  readonly storyHeaders: Locator
  readonly search: Locator
  readonly disagreementsOnly: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator
  readonly inspector: Locator
  readonly renameInput: Locator
  readonly mergeWith: Locator
  /** The row panel's "Why these figures are together" section. */
  readonly explanation: Locator
  readonly toolbar: Locator
  readonly sourceHeaders: Locator
  /** The popover explaining a verdict (or a claim's reading): one is open at a time. */
  readonly tooltip: Locator
  readonly rowPanelToggle: Locator
  readonly libraryToggle: Locator
  readonly verdictFilter: Locator
  readonly sortRows: Locator

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Comparison table' })
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('rowheader') })
    this.storyHeaders = this.table.getByRole('row', { name: /^Story\b/ })
    this.search = page.getByRole('searchbox', { name: 'Search rows' })
    this.disagreementsOnly = page.getByRole('checkbox', { name: 'Disagreements only' })
    const toolbar = page.getByRole('toolbar', { name: 'Comparison' })
    this.undoButton = toolbar.getByRole('button', { name: 'Undo', exact: true })
    this.redoButton = toolbar.getByRole('button', { name: 'Redo', exact: true })
    this.inspector = page.getByRole('complementary', { name: 'Row' })
    this.renameInput = this.inspector.getByRole('textbox', { name: 'Row name' })
    this.mergeWith = this.inspector.getByRole('combobox', { name: 'Merge with row' })
    this.explanation = this.inspector.getByRole('region', { name: 'Why these figures are together' })
    this.toolbar = toolbar
    this.sourceHeaders = this.table.getByRole('columnheader').filter({ hasNot: page.getByText(/^(Quantity|Spread)$/) })
    this.tooltip = page.getByRole('tooltip')
    this.rowPanelToggle = toolbar.getByRole('button', { name: 'Row panel' })
    this.libraryToggle = page.getByRole('button', { name: 'Library', exact: true })
    this.verdictFilter = toolbar.getByRole('combobox', { name: 'Filter by your verdict' })
    this.sortRows = toolbar.getByRole('combobox', { name: 'Sort rows' })
  }

  /** The verdict ("Differ ×1.09") shown in a row's label cell. */
  verdict(row: Locator): Locator {
    return row.locator('.verdict')
  }

  /** A claim as a cell shows it, to be dragged onto another row. */
  cellClaim(text: string | RegExp): Locator {
    return this.table.locator('.cell-claim').filter({ hasText: text })
  }

  panes(): Locator {
    return this.page.locator('.article-pane')
  }

  /** The row whose cells hold this claim text. */
  rowWith(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text })
  }

  /** A row's cell for the article whose column header holds `columnTitle`. */
  async cell(row: Locator, columnTitle: string | RegExp): Promise<Locator> {
    const headers = this.table.getByRole('columnheader')
    const titles = await headers.allTextContents()
    const index = titles.findIndex((title) => (typeof columnTitle === 'string' ? title.includes(columnTitle) : columnTitle.test(title)))
    if (index < 0) throw new Error(`No column ${String(columnTitle)} among ${titles.join(' | ')}`)
    // The two first headers are the quantity and the chart; cells follow the same order.
    return row.getByRole('gridcell').nth(index - 1)
  }

  pane(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title })
  }
}
