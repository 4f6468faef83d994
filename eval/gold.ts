/**
 * Reading ../shared/gold in-process for `npm run eval` and `npm run fit:alignment`: indexes a gold
 * folder with the library's own code, matches gold claims to the extracted ones the way
 * ../shared/gold/score.mjs does, and scores rows pairwise as it does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Claim, ComparisonRow, Story } from '../src/shared/model'
import type { ArticleClaims } from '../src/main/alignment/align-claims'
import { LibraryComparison } from '../src/main/comparison/library-comparison'
import { LibraryIndex } from '../src/main/library/library-index'

export const sharedFolder = join(import.meta.dirname, '..', '..', 'shared')

export interface GoldClaim {
  id: string
  key: string
  context?: string
  row: string
  unpaired?: boolean
  file: string
  group: string
}

export interface GoldLibrary {
  name: string
  stories: Story[]
  articles: Map<string, ArticleClaims>
  /** Gold claim id → the extracted claim it matches. */
  matched: Map<string, Claim>
  gold: GoldClaim[]
}

const norm = (text: string | null | undefined): string =>
  String(text ?? '').toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').trim()

export async function loadGoldLibrary(name: string, folder: string, goldFile: string): Promise<GoldLibrary> {
  const dataDir = mkdtempSync(join(tmpdir(), 'riscontro-eval-'))
  try {
    const index = new LibraryIndex(folder, dataDir, { onProgress() {}, onChange() {} })
    await index.index()
    const comparison = new LibraryComparison(dataDir, folder)
    const stories = comparison.stories(index)
    const summaries = index.summaries().filter((summary) => summary.status === 'ok')
    const articles = new Map(summaries.map((s) => [s.id, { articleId: s.id, language: s.language, date: s.date, claims: index.claimsOf(s.id) }]))
    const fileOf = new Map(summaries.map((s) => [s.id, basename(s.file)]))
    const goldSpec = JSON.parse(readFileSync(goldFile, "utf8")) as { files: Record<string, { group?: string; claims: Array<Omit<GoldClaim, 'file' | 'group'>>; optional?: Array<{ key: string; context?: string }> }> }
    const byFile = new Map<string, Claim[]>()
    for (const article of articles.values()) byFile.set(fileOf.get(article.articleId)!, article.claims)
    const matched = new Map<string, Claim>()
    const gold: GoldClaim[] = []
    for (const [file, spec] of Object.entries(goldSpec.files)) {
      const predicted = [...(byFile.get(file) ?? [])].sort((a, b) => norm(a.text).length - norm(b.text).length)
      const used = new Set<Claim>()
      for (const claim of spec.claims) {
        gold.push({ ...claim, file, group: spec.group ?? name })
        const hit = predicted.find((p) => !used.has(p) && norm(p.text).includes(norm(claim.key)) && (!claim.context || norm(p.sentence).includes(norm(claim.context))))
        if (hit) {
          used.add(hit)
          matched.set(claim.id, hit)
        }
      }
    }
    await index.close()
    return { name, stories, articles, matched, gold }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export interface PairScore {
  tp: number
  fp: number
  fn: number
  crossJoins: number
}

/** Pairwise over gold claims of different files: same gold row ⇔ same predicted row (score.mjs's rule). */
export function scoreRows(library: GoldLibrary, rows: readonly ComparisonRow[], groups?: ReadonlySet<string>): PairScore {
  const rowOf = new Map<string, string>()
  for (const row of rows) for (const id of row.claimIds) rowOf.set(id, row.id)
  const score: PairScore = { tp: 0, fp: 0, fn: 0, crossJoins: 0 }
  const all = library.gold.filter((claim) => !claim.unpaired && (!groups || groups.has(claim.group)))
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i]!
      const b = all[j]!
      if (a.file === b.file) continue
      const ra = rowOf.get(library.matched.get(a.id)?.id ?? '')
      const rb = rowOf.get(library.matched.get(b.id)?.id ?? '')
      const predictedSame = ra !== undefined && ra === rb
      if (a.group !== b.group) {
        if (predictedSame) score.crossJoins += 1
        continue
      }
      const goldSame = a.row === b.row
      if (goldSame && predictedSame) score.tp += 1
      else if (predictedSame) score.fp += 1
      else if (goldSame) score.fn += 1
    }
  }
  return score
}

export function f1Of(score: PairScore): { f1: number; precision: number; recall: number } {
  const precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : 0
  const recall = score.tp + score.fn ? score.tp / (score.tp + score.fn) : 0
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall }
}
