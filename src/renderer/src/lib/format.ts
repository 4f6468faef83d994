import type { ArticleSummary } from '../../../shared/model'
import type { Describer } from '../../../shared/i18n/describe'

/** A source's full description, for hovering a column header: title, publisher, author, date and file. */
export function describeSource(article: Pick<ArticleSummary, 'title' | 'outlet' | 'author' | 'date' | 'file'>, describe: Describer): string {
  const credit = [article.outlet, article.author].filter(Boolean).join(', ')
  return `${article.title}${credit ? `\n${credit}` : ''}\n${describe.date(article.date)} · ${article.file}`
}
