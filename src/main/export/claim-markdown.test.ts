import { describe, expect, it } from 'vitest'
import type { ArticleSummary, Claim } from '../../shared/model'
import { claimToMarkdown } from './claim-markdown'

const article: ArticleSummary = {
  id: 'a1',
  file: 'esteri/corea nord.md',
  title: 'Truppe nordcoreane *al fronte*',
  date: '2025-01-10',
  outlet: 'Il Quotidiano',
  author: null,
  url: null,
  language: 'it',
  words: 420,
  claimCount: 1,
  truncated: false,
  status: 'ok',
  reason: null,
  problem: null
}

const claim: Claim = {
  id: 'c1',
  articleId: 'a1',
  text: '11.000 soldati',
  start: 120,
  end: 134,
  sentence: 'Secondo Seul, Pyongyang ha inviato 11.000 soldati in Russia [fonti].',
  kind: 'count',
  value: 11000,
  low: 11000,
  high: 11000,
  qualifier: 'exact',
  change: null,
  unit: 'soldier',
  subject: 'soldati',
  source: 'Seul',
  period: null
}

describe('a claim copied as Markdown', () => {
  it('quotes its sentence with the figure in bold and cites the article with a link back to the claim', () => {
    expect(claimToMarkdown(claim, article, '/home/anna/Articoli')).toBe(
      '> Secondo Seul, Pyongyang ha inviato **11.000 soldati** in Russia \\[fonti].\n\n' +
        '— *Truppe nordcoreane \\*al fronte\\**, Il Quotidiano, 2025-01-10 ' +
        '([Riscontro](riscontro://claim?library=%2Fhome%2Fanna%2FArticoli\\&file=esteri%2Fcorea%20nord.md\\&start=120\\&end=134))\n'
    )
  })

  it('names the page of a PDF and leaves out what the article does not state', () => {
    const markdown = claimToMarkdown({ ...claim, page: 4 }, { ...article, outlet: null, date: null }, '/tmp/lib')
    expect(markdown).toContain('— *Truppe nordcoreane \\*al fronte\\**, p. 4 ([Riscontro](riscontro://claim?')
  })
})
