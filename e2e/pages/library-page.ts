import type { Locator, Page } from '@playwright/test'

/** The main screen: toolbar, library sidebar and reading pane, found by role as a user would. */
export class LibraryPage {
  readonly articleList: Locator
  readonly articles: Locator
  readonly filter: Locator
  readonly sortOrder: Locator
  readonly openFolderButton: Locator
  readonly recentButton: Locator
  readonly progress: Locator
  readonly readingPane: Locator
  readonly alert: Locator

  constructor(
    readonly page: Page,
    private readonly url: string
  ) {
    this.articleList = page.getByRole('listbox', { name: /articles/i })
    this.articles = this.articleList.getByRole('option')
    this.filter = page.getByRole('searchbox', { name: /search the library/i })
    this.sortOrder = page.getByRole('combobox', { name: /sort by/i })
    // The toolbar's button (the first-start screen has one too).
    this.openFolderButton = page.getByRole('banner').getByRole('button', { name: /open folder/i })
    this.recentButton = page.getByRole('button', { name: /recent/i })
    this.progress = page.getByRole('progressbar')
    this.readingPane = page.getByRole('main')
    this.alert = page.getByRole('alert')
  }

  async open(): Promise<void> {
    await this.page.goto(this.url)
  }

  article(title: string | RegExp): Locator {
    return this.articles.filter({ hasText: title })
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.article(title).click()
  }

  async articleTitles(): Promise<string[]> {
    return this.articles.locator('.article-item-title').allTextContents()
  }

  async openRecent(name: string | RegExp): Promise<void> {
    await this.recentButton.click()
    await this.page.getByRole('menuitem', { name }).click()
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` })
  }
}
