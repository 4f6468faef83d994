import type { ArticleSummary } from '../../shared/model'
import { compareText } from '../../shared/compare-text'
import { excerptAround, findWordRanges, foldForSearch, indexOfWordStart, type SearchExcerpt } from '../../shared/fold-text'

/** An article as the index keeps it: its summary and its cleaned text. */
export interface SearchableArticle {
  summary: ArticleSummary
  text: string
}

export interface ArticleMatch {
  articleId: string
  /** Occurrences of the query's words in the text. */
  matchCount: number
  excerpt: SearchExcerpt
}

/**
 * Folded texts, kept per index entry: folding every article again for each keystroke of a search
 * would cost more than the search itself. An entry replaced after a file changed is a new key, and
 * the old text is released with the old entry.
 */
const foldedTexts = new WeakMap<SearchableArticle, string>()

function foldedTextOf(article: SearchableArticle): string {
  let folded = foldedTexts.get(article)
  if (folded === undefined) {
    folded = foldForSearch(article.text)
    foldedTexts.set(article, folded)
  }
  return folded
}

/**
 * The articles whose text holds every word as a word or a word's start ("NIS" is not found in
 * "meccanismi"; "sold" finds "soldati"), folded: case, accents, typographic quotes), most
 * occurrences first, then by file; at most `limit` of them with an excerpt each, and how many
 * matched in all. A linear scan: a library of 17,000 articles is 25 MB of text, which `indexOf`
 * reads in tens of milliseconds, so an inverted index would cost memory and start-up time for
 * nothing the user would notice.
 */
export function searchArticles(articles: Iterable<SearchableArticle>, words: readonly string[], limit: number): { matches: ArticleMatch[]; total: number } {
  if (words.length === 0) return { matches: [], total: 0 }
  const found: Array<{ article: SearchableArticle; count: number }> = []
  for (const article of articles) {
    if (article.summary.status !== 'ok' || article.text === '') continue
    const folded = foldedTextOf(article)
    let count = 0
    for (const word of words) {
      const occurrences = countOccurrences(folded, word)
      if (occurrences === 0) {
        count = 0
        break
      }
      count += occurrences
    }
    if (count > 0) found.push({ article, count })
  }
  found.sort((a, b) => b.count - a.count || compareText(a.article.summary.file, b.article.summary.file))
  const matches = found.slice(0, limit).map(({ article, count }) => ({
    articleId: article.summary.id,
    matchCount: count,
    excerpt: excerptAround(article.text, findWordRanges(article.text, words))
  }))
  return { matches, total: found.length }
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0
  for (let at = indexOfWordStart(haystack, needle); at !== -1; at = indexOfWordStart(haystack, needle, at + needle.length)) count += 1
  return count
}
