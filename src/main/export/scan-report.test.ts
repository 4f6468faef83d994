import { describe, expect, it } from 'vitest'
import type { ArticleSummary, Claim, ComparisonRow, Story } from '../../shared/model'
import { buildScanReport, scanReportChunks } from './scan-report'

const article: ArticleSummary = {
  id: 'a1',
  file: 'esteri/truppe.txt',
  title: 'Le truppe al confine: "11.000 soldati"',
  date: '2026-01-10',
  outlet: null,
  author: null,
  url: null,
  language: 'it',
  words: 524,
  claimCount: 1,
  truncated: false,
  status: 'ok',
  reason: null,
  problem: null
}
const skipped: ArticleSummary = { ...article, id: 'b2', file: 'foto.txt', status: 'binary', reason: 'This file is not text.' }
const claim: Claim = {
  id: 'c1',
  articleId: 'a1',
  text: 'più di 11.000 soldati',
  start: 10,
  end: 31,
  sentence: 'Secondo Kiev, più di 11.000 soldati\nsono al confine.',
  kind: 'count',
  value: 11000,
  low: 11000,
  high: null,
  qualifier: 'more_than',
  change: null,
  unit: 'soldier',
  subject: 'soldati',
  source: null,
  period: '2023/..'
}
const story: Story = { id: 'story-a1', title: article.title, articleIds: ['a1'], dateFrom: '2026-01-10', dateTo: '2026-01-10' }
const row: ComparisonRow = {
  id: 'r1',
  storyId: 'story-a1',
  label: 'Soldati',
  unit: 'soldier',
  claimIds: ['c1'],
  verdict: 'single',
  low: 11000,
  high: 11000,
  spread: null,
  sourceCount: 1
}

describe('scanReportChunks', () => {
  it('streams exactly the text of the whole document, pretty-printed as before', () => {
    // More claims than one piece holds, and a last piece part full.
    const claims = Array.from({ length: 1234 }, (_, at) => ({ ...claim, id: `c${at}`, page: at % 2 === 0 ? 1 : undefined }))
    const expected = JSON.stringify(buildScanReport([article, skipped], claims, [story], [row]), null, 2) + '\n'
    const chunks = [...scanReportChunks([article, skipped], claims, { stories: [story], rows: [row] })]
    expect(chunks.length).toBeGreaterThan(2)
    expect(chunks.join('')).toBe(expected)
  })

  it('writes empty sections as JSON.stringify does, and leaves stories and rows out when not compared', () => {
    expect([...scanReportChunks([], [], { stories: [], rows: [] })].join('')).toBe(JSON.stringify(buildScanReport([], [], [], []), null, 2) + '\n')
    const claimsOnly = JSON.parse([...scanReportChunks([article], [claim], null)].join('')) as object
    expect(Object.keys(claimsOnly)).toEqual(['articles', 'skipped', 'claims'])
  })
})
