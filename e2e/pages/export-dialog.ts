import type { Locator, Page } from '@playwright/test'

/** The Export dialog: format (and Markdown flavour) radios, the export button, and what it reports. */
export class ExportDialog {
  readonly openButton: Locator
  readonly dialog: Locator
  readonly exportButton: Locator
  readonly closeButton: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Export…' })
    this.dialog = page.getByRole('dialog', { name: 'Export the comparison' })
    this.exportButton = this.dialog.getByRole('button', { name: 'Choose file and export' })
    this.closeButton = this.dialog.getByRole('button', { name: 'Close' })
    this.status = this.dialog.getByRole('status')
  }

  async open(): Promise<void> {
    await this.openButton.click()
  }

  /** Picks a format or a Markdown flavour by its radio's label. */
  async choose(option: string | RegExp): Promise<void> {
    await this.dialog.getByRole('radio', { name: option }).check()
  }

  async exportToChosenFile(): Promise<void> {
    await this.exportButton.click()
  }
}
