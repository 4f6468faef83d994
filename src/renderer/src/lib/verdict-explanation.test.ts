import { describe, expect, it } from 'vitest'
import type { ArticleSummary, Claim, ComparisonRow } from '../../../shared/model'
import { describeIn } from '../../../shared/i18n/describe'
import { explainVerdict } from './verdict-explanation'

function claim(fields: Partial<Claim> & Pick<Claim, 'id' | 'articleId' | 'text'>): Claim {
  return { start: 0, end: 0, sentence: '', kind: 'count', value: null, low: null, high: null, qualifier: 'exact', unit: 'soldier', subject: 'soldati', source: null, period: null, ...fields }
}

function row(fields: Partial<ComparisonRow>): ComparisonRow {
  return { id: 'r', storyId: 's', label: 'Soldati', unit: 'soldier', claimIds: [], verdict: 'agree', low: null, high: null, spread: null, sourceCount: 2, ...fields }
}

const articles = new Map<string, ArticleSummary>(
  ['ansa', 'post'].map((id) => [id, { id, file: `${id}.txt`, title: `Titolo ${id}`, date: null, outlet: id.toUpperCase(), author: null, url: null, language: 'it', words: 400, claimCount: 3, truncated: false, status: 'ok', reason: null, problem: null }])
)

const exact = claim({ id: 'a', articleId: 'ansa', text: '11.000 soldati', value: 11_000, low: 11_000, high: 11_000 })
const approx = claim({ id: 'b', articleId: 'post', text: 'circa 12.000 soldati', value: 12_000, low: 12_000, high: 12_000, qualifier: 'approx' })
const moreThan = claim({ id: 'c', articleId: 'post', text: 'più di 11.000 militari', value: 11_000, low: 11_000, qualifier: 'more_than' })
const thousands = claim({ id: 'd', articleId: 'post', text: 'migliaia di soldati', low: 2000, high: 999_999, qualifier: 'vague' })

describe('explainVerdict', () => {
  it('names the pair that does not overlap, with circa read as ±5%, and the ratio', () => {
    const explanation = explainVerdict(row({ verdict: 'differ', spread: 12_000 / 11_000 }), [exact, approx], articles, describeIn('en'))
    expect(explanation.rule).toBe('11.000 soldati and circa 12.000 soldati ±5% do not overlap: ratio 1.09.')
    expect(explanation.sources.map((source) => source.article.outlet)).toEqual(['ANSA', 'POST'])
    expect(explanation.sources[1]!.figures[0]!.interval).toEqual({ low: 11_400, high: 12_600 })
    expect(explanation.vagueNote).toBeNull()
  })

  it('says which values every figure allows when they agree', () => {
    const explanation = explainVerdict(row({ verdict: 'agree' }), [exact, moreThan], articles, describeIn('en'))
    expect(explanation.rule).toBe('11.000 soldati, più di 11.000 militari: the intervals overlap (all allow 11,000), so the sources agree.')
  })

  it('explains a lone figure and says vague ones never decide alone', () => {
    const explanation = explainVerdict(row({ verdict: 'single', sourceCount: 2 }), [exact, thousands], articles, describeIn('en'))
    expect(explanation.rule).toBe('The other sources give only vague figures, which cannot confirm or refute it.')
    expect(explanation.vagueNote).toContain('migliaia di soldati')
    expect(explainVerdict(row({ verdict: 'single', sourceCount: 1 }), [exact], articles, describeIn('en')).rule).toMatch(/^One source/)
  })

  it('explains in Italian, with Italian decimals, when the interface speaks Italian', () => {
    const italian = describeIn('it')
    expect(explainVerdict(row({ verdict: 'differ', spread: 12_000 / 11_000 }), [exact, approx], articles, italian).rule).toBe(
      '11.000 soldati e circa 12.000 soldati ±5% non si sovrappongono: rapporto 1,09.'
    )
    expect(explainVerdict(row({ verdict: 'agree' }), [exact, moreThan], articles, italian).rule).toMatch(/gli intervalli si sovrappongono \(tutti ammettono 11\.000\)/)
  })
})
