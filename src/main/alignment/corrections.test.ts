import { describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import type { ArticleClaims } from './align-claims'
import type { ComparisonRow } from './comparison-types'
import { applyCorrections, hiddenClaimIds, type RowCorrection } from './corrections'
import { seedArticles, seedIds } from './fixtures/seed-claims'
import { sortRowsByDefault, summarizeRow } from './row-summary'

function claimsOf(articles: ArticleClaims[]): Map<string, Claim> {
  return new Map(articles.flatMap((entry) => entry.claims).map((claim) => [claim.id, claim]))
}

/**
 * The seed rows a careful reader makes (troops, munitions, arms value; every other claim alone), built
 * directly: these tests are about corrections, not about how well the aligner finds the rows.
 */
const readerRows: string[][] = [
  [seedIds.troops11k, seedIds.troopsMoreThan11k, seedIds.troopsThousands, seedIds.troops12k],
  [seedIds.shells4m, seedIds.shellsHundredsOfThousands, seedIds.shells9m, seedIds.shellsMillions, seedIds.shells8m],
  [seedIds.value7bn, seedIds.value17to55bn]
]

/** Rows of the given claims as `readerRows` groups them; claims of no group stand alone. */
function alignedByReader(articles: ArticleClaims[]): ComparisonRow[] {
  const claims = claimsOf(articles)
  const grouped = new Set(readerRows.flat())
  const groups = [...readerRows.map((ids) => ids.filter((id) => claims.has(id))), ...[...claims.keys()].filter((id) => !grouped.has(id)).map((id) => [id])]
  return sortRowsByDefault(groups.filter((ids) => ids.length > 0).map((ids) => summarizeRow(ids.map((id) => claims.get(id)!), { label: builtLabel, storyId: 'story-seeds' })))
}

const builtLabel = 'Built label'

function corrected(corrections: RowCorrection[], articles = seedArticles()): ComparisonRow[] {
  return applyCorrections(alignedByReader(articles), corrections, claimsOf(articles), () => builtLabel)
}

function rowHolding(rows: ComparisonRow[], claimId: string): ComparisonRow | undefined {
  return rows.find((row) => row.claimIds.includes(claimId))
}

function membersWith(rows: ComparisonRow[], claimId: string): string[] {
  return [...(rowHolding(rows, claimId)?.claimIds ?? [])].sort()
}

describe('applyCorrections', () => {
  const base = alignedByReader(seedArticles())

  it('returns the rows unchanged without corrections', () => {
    expect(corrected([])).toEqual(base)
  })

  it('merges the rows holding two claims and recomputes the verdict', () => {
    const rows = corrected([{ kind: 'merge', claimId: seedIds.missiles, withClaimId: seedIds.shells4m }])
    const merged = rowHolding(rows, seedIds.missiles)!
    expect(merged.claimIds).toHaveLength(6)
    expect(merged).toMatchObject({ verdict: 'differ', sourceCount: 4, low: 100, high: 9e6 })
    expect(merged.spread).toBeCloseTo(9e6 / 100)
    expect(rows).toHaveLength(base.length - 1)
  })

  it('moves a claim into the row holding another, or out to a row of its own', () => {
    const moved = corrected([{ kind: 'move', claimId: seedIds.troopsAnother3k, toRowOf: seedIds.troops11k }])
    expect(membersWith(moved, seedIds.troops11k)).toContain(seedIds.troopsAnother3k)
    expect(rowHolding(moved, seedIds.troops11k)!.verdict).toBe('differ')

    const alone = corrected([{ kind: 'move', claimId: seedIds.troops12k, toRowOf: null }])
    expect(rowHolding(alone, seedIds.troops12k)!.claimIds).toEqual([seedIds.troops12k])
    expect(rowHolding(alone, seedIds.troops11k)!.sourceCount).toBe(3)
  })

  it('splits claims out of their rows into one new row', () => {
    const rows = corrected([{ kind: 'split', claimIds: [seedIds.shellsHundredsOfThousands, seedIds.shellsMillions] }])
    expect(membersWith(rows, seedIds.shellsMillions)).toEqual([seedIds.shellsHundredsOfThousands, seedIds.shellsMillions].sort())
    expect(membersWith(rows, seedIds.shells4m)).toEqual([seedIds.shells4m, seedIds.shells8m, seedIds.shells9m].sort())
  })

  it('renames the row holding a claim, and keeps the name when the row changes', () => {
    const rows = corrected([
      { kind: 'rename', claimId: seedIds.troops11k, label: 'Soldati nordcoreani in Russia' },
      { kind: 'move', claimId: seedIds.troopsAnother3k, toRowOf: seedIds.troops12k }
    ])
    expect(rowHolding(rows, seedIds.troopsAnother3k)!.label).toBe('Soldati nordcoreani in Russia')
    const reverted = corrected([
      { kind: 'rename', claimId: seedIds.troops11k, label: 'Soldati' },
      { kind: 'rename', claimId: seedIds.troops12k, label: '  ' }
    ])
    expect(rowHolding(reverted, seedIds.troops11k)!.label).toBe(builtLabel)
  })

  it('hides a claim from the table and recomputes its row', () => {
    const rows = corrected([{ kind: 'hide', claimId: seedIds.shells8m }, { kind: 'hide', claimId: seedIds.price }])
    expect(rowHolding(rows, seedIds.shells8m)).toBeUndefined()
    expect(rowHolding(rows, seedIds.price)).toBeUndefined()
    // Without "fino a otto milioni", more than 4 million and 9 million agree.
    expect(rowHolding(rows, seedIds.shells4m)!.verdict).toBe('agree')
    expect(rows).toHaveLength(base.length - 1)
  })

  it('restores a hidden claim to the row it was hidden from', () => {
    const hide: RowCorrection = { kind: 'hide', claimId: seedIds.shells8m }
    const restored = corrected([hide, { kind: 'unhide-claim', claimId: seedIds.shells8m }])
    expect(rowHolding(restored, seedIds.shells8m)!.claimIds).toEqual(rowHolding(base, seedIds.shells8m)!.claimIds)
    expect(hiddenClaimIds([hide])).toEqual(new Set([seedIds.shells8m]))
    expect(hiddenClaimIds([hide, { kind: 'unhide-claim', claimId: seedIds.shells8m }])).toEqual(new Set())
  })

  it('restores a hidden claim to its row as the row is now, and alone when that row was emptied', () => {
    const rows = corrected([
      { kind: 'hide', claimId: seedIds.troops12k },
      { kind: 'move', claimId: seedIds.troops11k, toRowOf: seedIds.value7bn },
      { kind: 'unhide-claim', claimId: seedIds.troops12k }
    ])
    expect(rowHolding(rows, seedIds.troops12k)!.claimIds).toEqual(rowHolding(rows, seedIds.troopsThousands)!.claimIds)
    expect(rowHolding(rows, seedIds.troops12k)!.claimIds).not.toContain(seedIds.troops11k)
    const alone = corrected([
      { kind: 'hide', claimId: seedIds.value7bn },
      { kind: 'hide', claimId: seedIds.value17to55bn },
      { kind: 'unhide-claim', claimId: seedIds.value7bn }
    ])
    expect(rowHolding(alone, seedIds.value7bn)!.claimIds).toEqual([seedIds.value7bn])
  })

  it('ignores restoring a claim that is not hidden', () => {
    expect(corrected([{ kind: 'unhide-claim', claimId: seedIds.troops12k }])).toEqual(base)
  })

  it('applies corrections in order', () => {
    const rows = corrected([
      { kind: 'move', claimId: seedIds.troops12k, toRowOf: null },
      { kind: 'merge', claimId: seedIds.troops12k, withClaimId: seedIds.troopsAnother3k }
    ])
    expect(membersWith(rows, seedIds.troops12k)).toEqual([seedIds.troops12k, seedIds.troopsAnother3k].sort())
  })

  it('skips corrections whose claims no longer exist, and applies the others', () => {
    const without004 = seedArticles().filter((entry) => entry.articleId !== '004')
    const rows = corrected(
      [
        { kind: 'merge', claimId: seedIds.value17to55bn, withClaimId: seedIds.price },
        { kind: 'move', claimId: seedIds.troops12k, toRowOf: null },
        { kind: 'move', claimId: seedIds.troopsAnother3k, toRowOf: seedIds.troops12k },
        { kind: 'split', claimIds: [seedIds.shells8m, seedIds.shellsHundredsOfThousands] },
        { kind: 'rename', claimId: seedIds.shellsMillions, label: 'Gone' },
        { kind: 'hide', claimId: seedIds.troops12k },
        { kind: 'hide', claimId: seedIds.containers }
      ],
      without004
    )
    expect(rowHolding(rows, seedIds.price)!.claimIds).toEqual([seedIds.price])
    expect(rowHolding(rows, seedIds.troopsAnother3k)!.claimIds).toEqual([seedIds.troopsAnother3k])
    expect(rowHolding(rows, seedIds.shellsHundredsOfThousands)!.claimIds).toEqual([seedIds.shellsHundredsOfThousands])
    expect(rows.map((row) => row.label)).not.toContain('Gone')
    expect(rowHolding(rows, seedIds.containers)).toBeUndefined()
  })

  it('does nothing for corrections that change nothing', () => {
    const rows = corrected([
      { kind: 'merge', claimId: seedIds.troops11k, withClaimId: seedIds.troops12k },
      { kind: 'move', claimId: seedIds.missiles, toRowOf: null },
      { kind: 'move', claimId: seedIds.troops11k, toRowOf: seedIds.troops12k },
      { kind: 'split', claimIds: [seedIds.value7bn, seedIds.value17to55bn] }
    ])
    expect(rows).toEqual(base)
  })

  it('does not move a hidden claim, nor into the row of a hidden claim', () => {
    const rows = corrected([
      { kind: 'hide', claimId: seedIds.missiles },
      { kind: 'move', claimId: seedIds.missiles, toRowOf: seedIds.troops11k },
      { kind: 'move', claimId: seedIds.containers, toRowOf: seedIds.missiles }
    ])
    expect(rowHolding(rows, seedIds.missiles)).toBeUndefined()
    expect(rowHolding(rows, seedIds.containers)!.claimIds).toEqual([seedIds.containers])
  })

  it('re-applies the same corrections after the rows were recomputed from changed claims', () => {
    const corrections: RowCorrection[] = [{ kind: 'move', claimId: seedIds.troopsAnother3k, toRowOf: seedIds.troops11k }]
    const articles = seedArticles()
    articles[2]!.claims = articles[2]!.claims.filter((claim) => claim.id !== seedIds.troopsMoreThan11k)
    const rows = corrected(corrections, articles)
    expect(membersWith(rows, seedIds.troops11k)).toEqual([seedIds.troops11k, seedIds.troopsThousands, seedIds.troops12k, seedIds.troopsAnother3k].sort())
  })
})
