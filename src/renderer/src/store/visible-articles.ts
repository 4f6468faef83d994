import type { ArticleSummary } from '../../../shared/model'
import { compareDatesNewestFirst } from '../../../shared/compare-text'
import { foldForSearch, hasWordStart } from '../../../shared/fold-text'
import type { SortOrder } from './ui-slice'


const byText = (a: string, b: string): number => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })

const comparators: Record<SortOrder, (a: ArticleSummary, b: ArticleSummary) => number> = {
  // Newest first; undated files after dated ones, then by title so the order is stable.
  date: (a, b) => compareDatesNewestFirst(a.date, b.date) || byText(a.title, b.title),
  title: (a, b) => byText(a.title, b.title) || byText(a.file, b.file),
  file: (a, b) => byText(a.file, b.file)
}

/**
 * The sidebar's list: articles whose title or file name holds every word of the search as a word
 * or a word's start (folded words, see `searchWords`), with those whose text does (`textMatchIds`, from main's search), in
 * the chosen order.
 */
export function selectVisibleArticles(
  articles: ArticleSummary[],
  words: readonly string[],
  sortOrder: SortOrder,
  textMatchIds: ReadonlySet<string> = new Set()
): ArticleSummary[] {
  const matching = words.length
    ? articles.filter((article) => {
        if (textMatchIds.has(article.id)) return true
        const haystack = foldForSearch(`${article.title} ${article.file}`)
        return words.every((word) => hasWordStart(haystack, word))
      })
    : [...articles]
  return matching.sort(comparators[sortOrder])
}
