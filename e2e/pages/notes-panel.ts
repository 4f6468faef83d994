import type { Locator, Page } from '@playwright/test'

/**
 * One note editor (on the library, an article, a claim or a row), found by the label it carries,
 * inside the part of the screen that holds it: the textbox, its save state, the verdict (row notes)
 * and the Markdown preview.
 */
export class NotesPanel {
  readonly editor: Locator
  readonly textbox: Locator
  readonly verdict: Locator
  readonly preview: Locator
  readonly saved: Locator
  readonly retryButton: Locator

  constructor(
    readonly within: Page | Locator,
    readonly label: string
  ) {
    this.editor = within.getByRole('region', { name: label })
    this.textbox = within.getByRole('textbox', { name: label })
    this.verdict = this.editor.getByRole('combobox', { name: 'Your verdict' })
    this.preview = this.editor.getByLabel('Preview')
    this.saved = this.editor.getByText('Saved', { exact: true })
    this.retryButton = this.editor.getByRole('button', { name: 'Retry now' })
  }

  /** The library notes, folded away in the sidebar until opened. */
  static async openLibraryNotes(page: Page): Promise<NotesPanel> {
    await page.getByText('Library notes').click()
    return new NotesPanel(page, 'Notes on this library')
  }

  async write(body: string): Promise<void> {
    await this.textbox.fill(body)
  }
}
