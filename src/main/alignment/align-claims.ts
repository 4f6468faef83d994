import type { Claim, ClaimPairEvidence, RowExplanation, Story } from '../../shared/model'
import { compareText } from '../../shared/compare-text'
import type { WordStems } from '../language/stem'
import { ClaimReader, type ClaimReading } from './claim-reading'
import { clusterItems, type ScoredPair } from './cluster-claims'
import type { ComparisonRow } from './comparison-types'
import { evidenceNames } from './describe-evidence'
import { comparable, evidenceFields, pairLevels, pairWeights, StoryContext, weightOf, type EvidenceField, type PairWeights } from './pair-evidence'
import { labelRow } from './row-labels'
import { compareClaims, sortRowsByDefault, summarizeRow } from './row-summary'
import { storyOf } from './stories'

/** One article's claims, with what the aligner needs to know about the article. */
export interface ArticleClaims {
  articleId: string
  /** ISO 639-1 code or `und`. */
  language: string
  /** `YYYY-MM-DD`, `YYYY-MM` or null. */
  date: string | null
  claims: Claim[]
}

/** Past this many claims in one block, only pairs that share something are scored. */
const allPairsLimit = 400

interface AlignedStory {
  /** The claim arrays the rows were built from: rows are reused while every one is the same array. */
  inputs: Claim[][]
  rows: ComparisonRow[]
  readings: Map<string, ClaimReading>
  context: StoryContext
}

/**
 * Aligns the claims of each story into rows (issue 9): claims are read once (`ClaimReader`),
 * compared in pairs only within one story and one block (kind, and for money the currency), each
 * pair weighed by fitted record-linkage weights (`pair-evidence.ts`), and clustered by average
 * linkage (`cluster-claims.ts`). Rows are labelled from the members' class or words
 * (`row-labels.ts`).
 *
 * An aligner remembers each story's rows: when one article changes, only its story is aligned
 * again. It belongs to the comparison that created it; nothing is kept process-wide.
 */
export class Aligner {
  private readonly reader = new ClaimReader()
  private stories = new Map<string, AlignedStory>()

  constructor(private readonly weights: PairWeights = pairWeights) {}

  /** The stems the aligner remembers, shared with story grouping so each word is stemmed once. */
  get stems(): WordStems {
    return this.reader.stems
  }

  /** The label a row of these claims gets (after a correction changed its members). */
  label(claims: readonly Claim[], languageOf: (articleId: string) => string): string {
    return labelRow(claims.map((claim) => this.reader.read(claim, languageOf(claim.articleId))))
  }

  /** The rows of every story, grouped by story in the order given, each story's rows most sources first. */
  align(stories: readonly Story[], articlesById: ReadonlyMap<string, ArticleClaims>): ComparisonRow[] {
    const kept = new Map<string, AlignedStory>()
    const rows: ComparisonRow[] = []
    for (const story of stories) {
      const articles = story.articleIds.map((id) => articlesById.get(id)).filter((article): article is ArticleClaims => article !== undefined)
      const aligned = this.alignStory(story, articles)
      kept.set(story.id, aligned)
      rows.push(...aligned.rows)
    }
    // Stories gone from the library are forgotten.
    this.stories = kept
    return rows
  }

  /** Why the row holding these claims was built as it was. */
  explain(storyId: string, rowClaimIds: readonly string[], rowId: string): RowExplanation {
    const story = this.stories.get(storyId)
    const threshold = this.weights.threshold
    if (!story) return { rowId, threshold, joined: [], closestOutside: null }
    const members = rowClaimIds.map((id) => story.readings.get(id)).filter((reading): reading is ClaimReading => reading !== undefined)
    const memberIds = new Set(rowClaimIds)
    const joined: ClaimPairEvidence[] = []
    for (const member of members) {
      let best: ClaimPairEvidence | null = null
      for (const other of members) {
        if (other.claim.articleId === member.claim.articleId) continue
        const evidence = this.evidence(member, other, story.context)
        if (!best || evidence.weight > best.weight) best = evidence
      }
      if (best && !joined.some((pair) => pair.claimId === best.otherClaimId && pair.otherClaimId === best.claimId)) joined.push(best)
    }
    let closestOutside: RowExplanation['closestOutside'] = null
    if (members.length > 0) {
      for (const candidate of story.readings.values()) {
        if (memberIds.has(candidate.claim.id) || !comparable(candidate, members[0]!)) continue
        let total = 0
        let count = 0
        let nearest: ClaimPairEvidence | null = null
        for (const member of members) {
          if (member.claim.articleId === candidate.claim.articleId) continue
          const evidence = this.evidence(member, candidate, story.context)
          total += evidence.weight
          count += 1
          if (!nearest || evidence.weight > nearest.weight) nearest = evidence
        }
        if (!nearest || count === 0) continue
        const averageWeight = total / count
        if (!closestOutside || averageWeight > closestOutside.averageWeight) closestOutside = { ...nearest, averageWeight }
      }
    }
    return { rowId, threshold, joined, closestOutside }
  }

  private alignStory(story: Story, articles: readonly ArticleClaims[]): AlignedStory {
    const inputs = articles.map((article) => article.claims)
    const previous = this.stories.get(story.id)
    if (previous && previous.inputs.length === inputs.length && previous.inputs.every((claims, index) => claims === inputs[index])) return previous

    const readings = new Map<string, ClaimReading>()
    const blocks = new Map<string, ClaimReading[]>()
    const ordered = articles.flatMap((article) => article.claims.map((claim) => ({ claim, language: article.language })))
    ordered.sort((a, b) => compareClaims(a.claim, b.claim))
    for (const { claim, language } of ordered) {
      if (readings.has(claim.id)) continue
      const reading = this.reader.read(claim, language)
      readings.set(claim.id, reading)
      let block = blocks.get(reading.block)
      if (!block) blocks.set(reading.block, (block = []))
      block.push(reading)
    }
    const context = new StoryContext([...readings.values()])
    const rows: ComparisonRow[] = []
    for (const block of [...blocks.keys()].sort(compareText).map((key) => blocks.get(key)!)) {
      for (const members of this.clusterBlock(block, context)) {
        const memberReadings = members.map((index) => block[index]!)
        rows.push(summarizeRow(memberReadings.map((reading) => reading.claim), { label: labelRow(memberReadings), storyId: story.id }))
      }
    }
    return { inputs, rows: sortRowsByDefault(rows), readings, context }
  }

  private clusterBlock(block: readonly ClaimReading[], context: StoryContext): number[][] {
    const pairs: ScoredPair[] = []
    const score = (i: number, j: number): void => {
      const a = block[i]!
      const b = block[j]!
      if (a.claim.articleId === b.claim.articleId || !comparable(a, b)) return
      pairs.push({ i, j, weight: weightOf(pairLevels(a, b, context), this.weights) })
    }
    if (block.length <= allPairsLimit) {
      for (let i = 0; i < block.length; i += 1) for (let j = i + 1; j < block.length; j += 1) score(i, j)
    } else for (const [i, j] of candidatePairs(block)) score(i, j)
    return clusterItems(
      block.map((reading) => ({ articleId: reading.claim.articleId, repeat: repeatOf(reading) })),
      pairs,
      { threshold: this.weights.threshold, unscoredWeight: lowestWeight(this.weights) }
    )
  }

  private evidence(a: ClaimReading, b: ClaimReading, context: StoryContext): ClaimPairEvidence {
    const levels = pairLevels(a, b, context)
    const items = (Object.keys(evidenceFields) as EvidenceField[])
      .map((field) => ({
        field,
        level: levels[field],
        weight: this.weights.weights[field][levels[field]] ?? 0,
        names: evidenceNames(field, a, b, context.rarity)
      }))
      .filter((item) => item.weight !== 0)
    return { claimId: a.claim.id, otherClaimId: b.claim.id, weight: items.reduce((sum, item) => sum + item.weight, 0), items }
  }
}

/**
 * Aligns articles the user put together (picked and compared) as one story. Rows carry the story id
 * given.
 */
export function alignClaims(articles: readonly ArticleClaims[], storyId?: string): ComparisonRow[] {
  if (articles.length === 0) return []
  const story = storyOf(articles.map((article) => ({ id: article.articleId, title: '', date: article.date, language: article.language, text: '' })))
  const named = storyId ? { ...story, id: storyId } : story
  return new Aligner().align([named], new Map(articles.map((article) => [article.articleId, article])))
}

/** What a repeated mention of one quantity in one article shares with its twin: the thing, and the figure when it gives one. */
function repeatOf(reading: ClaimReading): { thing: string; figure: string | null } | null {
  const thing = `${reading.block}|${reading.currency ?? ''}|${reading.classId ?? reading.head ?? ''}`
  if (reading.vague) return reading.classId === null && reading.head === null ? null : { thing, figure: null }
  return reading.claim.value === null ? null : { thing, figure: String(reading.claim.value) }
}

/** The weight of a pair that shares nothing: the lowest level of every field. */
function lowestWeight(weights: PairWeights): number {
  let total = 0
  for (const field of Object.keys(weights.weights) as EvidenceField[]) total += Math.min(...Object.values(weights.weights[field]))
  return total
}

/** Pairs of a large block that share a class, a head noun, a figure or a rare near word. */
function candidatePairs(block: readonly ClaimReading[]): Array<[number, number]> {
  const byKey = new Map<string, number[]>()
  const add = (key: string, index: number): void => {
    let list = byKey.get(key)
    if (!list) byKey.set(key, (list = []))
    list.push(index)
  }
  block.forEach((reading, index) => {
    if (reading.classId) add(`c:${reading.classId}`, index)
    if (reading.head) add(`h:${reading.head}`, index)
    if (reading.claim.value !== null) add(`v:${reading.claim.value}`, index)
    for (const stem of reading.near) add(`n:${stem}`, index)
  })
  const seen = new Set<number>()
  const pairs: Array<[number, number]> = []
  const limit = Math.max(50, Math.sqrt(block.length) * 4)
  for (const list of byKey.values()) {
    // A key half the block shares says nothing about any one pair.
    if (list.length < 2 || list.length > limit) continue
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) {
        const i = list[x]!
        const j = list[y]!
        const key = i * block.length + j
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([i, j])
      }
    }
  }
  return pairs
}
