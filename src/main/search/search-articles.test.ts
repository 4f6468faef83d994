import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../shared/model'
import { searchArticles, type SearchableArticle } from './search-articles'

function article(file: string, text: string, status: ArticleSummary['status'] = 'ok'): SearchableArticle {
  const summary: ArticleSummary = { id: file, file, title: file, date: null, outlet: null, author: null, url: null, language: 'it', words: 0, claimCount: 0, truncated: false, status, reason: null, problem: null }
  return { summary, text }
}

describe('searchArticles', () => {
  const library = [
    article('a.txt', 'Kim ha inviato 11.000 soldati in Russia.'),
    article('b.txt', 'Soldati, soldati e ancora soldati nordcoreani.'),
    article('c.txt', 'Nessun numero qui.'),
    article('d.txt', 'soldati', 'binary')
  ]

  it('needs every word, counts every occurrence, and ranks by count then file', () => {
    expect(searchArticles(library, ['soldati'], 10).matches.map((hit) => [hit.articleId, hit.matchCount])).toEqual([
      ['b.txt', 3],
      ['a.txt', 1]
    ])
    expect(searchArticles(library, ['soldati', 'russia'], 10).matches.map((hit) => hit.articleId)).toEqual(['a.txt'])
  })

  it('lists at most `limit` articles but counts them all', () => {
    const result = searchArticles(library, ['soldati'], 1)
    expect(result.matches.map((hit) => hit.articleId)).toEqual(['b.txt'])
    expect(result.total).toBe(2)
  })

  it('finds a word or a word start, never letters inside a word', () => {
    const agencies = [article('nis.txt', 'Secondo il NIS, i soldati sono 11.000.'), article('altro.txt', 'I meccanismi della Russia e i nordcoreani.')]
    expect(searchArticles(agencies, ['nis'], 10).matches.map((hit) => hit.articleId)).toEqual(['nis.txt'])
    expect(searchArticles(agencies, ['nordcor'], 10).matches.map((hit) => hit.articleId)).toEqual(['altro.txt'])
    expect(searchArticles(agencies, ['coreani'], 10).total).toBe(0)
  })

  it('skips files that are not readable articles, and finds nothing for no words', () => {
    expect(searchArticles(library, ['numero'], 10).total).toBe(1)
    expect(searchArticles(library, [], 10)).toEqual({ matches: [], total: 0 })
  })
})
