import type { ArticleSummary } from '../../../shared/api'
import { compareDatesNewestFirst } from '../../../shared/compare-text'
import type { SortOrder } from './ui-slice'

/** Folds case and accents, so "perche" finds "perché" and "CITTÀ" finds "città". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const byText = (a: string, b: string): number => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })

const comparators: Record<SortOrder, (a: ArticleSummary, b: ArticleSummary) => number> = {
  // Newest first; undated files after dated ones, then by title so the order is stable.
  date: (a, b) => compareDatesNewestFirst(a.date, b.date) || byText(a.title, b.title),
  title: (a, b) => byText(a.title, b.title) || byText(a.file, b.file),
  file: (a, b) => byText(a.file, b.file)
}

/** The sidebar's list: articles matching every word of the filter (title or file name), in the chosen order. */
export function selectVisibleArticles(articles: ArticleSummary[], filterText: string, sortOrder: SortOrder): ArticleSummary[] {
  const words = foldForSearch(filterText).split(/\s+/).filter(Boolean)
  const matching = words.length
    ? articles.filter((article) => {
        const haystack = foldForSearch(`${article.title} ${article.file}`)
        return words.every((word) => haystack.includes(word))
      })
    : [...articles]
  return matching.sort(comparators[sortOrder])
}
