import type { Locator, Page } from '@playwright/test'

/** The sidebar listing the library by story (issue 9): stories, their articles, Move to story… */
export class StorySidebar {
  readonly byStory: Locator
  readonly byFile: Locator
  readonly list: Locator
  readonly stories: Locator
  readonly moveNotice: Locator

  constructor(readonly page: Page) {
    const grouping = page.getByRole('group', { name: 'List the library' })
    this.byStory = grouping.getByRole('button', { name: 'By story' })
    this.byFile = grouping.getByRole('button', { name: 'By file' })
    this.list = page.getByRole('list', { name: 'Stories' })
    // Stories are the items holding a "Compare story" button; their articles are items too.
    this.stories = this.list.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Compare story/ }) })
    this.moveNotice = page.getByRole('status').filter({ hasText: /^Moved/ })
  }

  story(title: string | RegExp): Locator {
    return this.stories.filter({ has: this.page.getByRole('button', { name: title, expanded: false }).or(this.page.getByRole('button', { name: title, expanded: true })) })
  }

  /** Opens a story to list its articles. */
  async expand(story: Locator): Promise<void> {
    const toggle = story.getByRole('button', { expanded: false })
    if (await toggle.count()) await toggle.first().click()
  }

  articlesOf(story: Locator): Locator {
    return story.getByRole('list', { name: /^Articles of/ }).getByRole('listitem')
  }

  async compare(story: Locator): Promise<void> {
    await story.getByRole('button', { name: /^Compare story/ }).click()
  }

  moveSelect(articleTitle: string | RegExp): Locator {
    const name = typeof articleTitle === 'string' ? `Move “${articleTitle}” to story` : new RegExp(`^Move “.*${articleTitle.source}.*” to story$`)
    return this.list.getByRole('combobox', { name })
  }
}
