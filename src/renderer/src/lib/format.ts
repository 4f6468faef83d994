import type { ArticleSummary } from '../../../shared/api'

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2026-01-10` → "10 Jan 2026", `2025-06` → "Jun 2025", `2024` → "2024": unambiguous in every locale. */
export function formatArticleDate(date: string | null): string {
  if (!date) return 'No date'
  const [year, month, day] = date.split('-')
  if (!month) return date
  const monthName = monthNames[Number(month) - 1] ?? month
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })

export function formatLanguage(code: string): string {
  if (code === 'und') return 'Unknown language'
  try {
    return languageNames.of(code) ?? code
  } catch {
    return code
  }
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`
}

/** A story's dates: "14 Nov 2026", or "Oct 2024 – 10 Jan 2026" when its articles span several. */
export function formatDateSpan(from: string | null, to: string | null): string {
  if (!from || !to || from === to) return formatArticleDate(from ?? to)
  return `${formatArticleDate(from)} – ${formatArticleDate(to)}`
}

/** A source's full description, for hovering a column header: title, publisher, author, date and file. */
export function describeSource(article: Pick<ArticleSummary, 'title' | 'outlet' | 'author' | 'date' | 'file'>): string {
  const credit = [article.outlet, article.author].filter(Boolean).join(', ')
  return `${article.title}${credit ? `\n${credit}` : ''}\n${formatArticleDate(article.date)} · ${article.file}`
}
