import type { Claim, RowCorrection } from '../../shared/model'
import type { ComparisonRow } from './comparison-types'
import { sortRowsByDefault, summarizeRow } from './row-summary'

export type { RowCorrection } from '../../shared/model'

interface WorkingRow {
  claimIds: Set<string>
  storyId: string
  /** The user's label, when renamed. */
  label: string | null
  /** The row as given, while no correction touched it. */
  untouched: ComparisonRow | null
}

/**
 * Re-applies corrections, in order, to rows freshly computed by `alignClaims`. A correction whose
 * claims no longer exist (the article was edited or removed) or are hidden is skipped, not an
 * error: the others still apply. Rows a correction touched get their verdict, extremes, spread,
 * source count, id and (unless renamed) label recomputed; the others are returned as they were.
 */
export function applyCorrections(
  rows: readonly ComparisonRow[],
  corrections: readonly RowCorrection[],
  claimsById: ReadonlyMap<string, Claim>,
  labelOf: (claims: readonly Claim[]) => string
): ComparisonRow[] {
  if (!corrections.some((correction) => correction.kind !== 'move-article')) return [...rows]
  const working: WorkingRow[] = []
  const rowOf = new Map<string, WorkingRow>()
  for (const row of rows) {
    const entry: WorkingRow = { claimIds: new Set(row.claimIds), storyId: row.storyId, label: null, untouched: row }
    working.push(entry)
    for (const id of row.claimIds) rowOf.set(id, entry)
  }

  /** Where each hidden claim was taken from, so restoring it puts it back there. */
  const hiddenFrom = new Map<string, WorkingRow>()
  const find = (claimId: string): WorkingRow | undefined => (claimsById.has(claimId) ? rowOf.get(claimId) : undefined)
  const detach = (claimId: string): void => {
    const row = rowOf.get(claimId)
    if (!row) return
    row.claimIds.delete(claimId)
    row.untouched = null
    rowOf.delete(claimId)
  }
  const attach = (claimId: string, row: WorkingRow): void => {
    row.claimIds.add(claimId)
    row.untouched = null
    rowOf.set(claimId, row)
  }
  const newRow = (storyId: string): WorkingRow => {
    const row: WorkingRow = { claimIds: new Set(), storyId, label: null, untouched: null }
    working.push(row)
    return row
  }

  for (const correction of corrections) {
    switch (correction.kind) {
      case 'merge': {
        const target = find(correction.claimId)
        const other = find(correction.withClaimId)
        if (!target || !other || target === other) break
        for (const id of [...other.claimIds]) attach(id, target)
        other.claimIds.clear()
        other.untouched = null
        target.label ??= other.label
        break
      }
      case 'move': {
        const from = find(correction.claimId)
        if (!from) break
        if (correction.toRowOf === null) {
          if (from.claimIds.size === 1) break
          detach(correction.claimId)
          attach(correction.claimId, newRow(from.storyId))
          break
        }
        const to = find(correction.toRowOf)
        if (!to || to === from) break
        detach(correction.claimId)
        attach(correction.claimId, to)
        break
      }
      case 'split': {
        const ids = [...new Set(correction.claimIds)].filter((id) => find(id) !== undefined)
        if (ids.length === 0) break
        const first = find(ids[0]!)!
        if (first.claimIds.size === ids.length && ids.every((id) => find(id) === first)) break
        const split = newRow(first.storyId)
        for (const id of ids) {
          detach(id)
          attach(id, split)
        }
        break
      }
      case 'rename': {
        const row = find(correction.claimId)
        if (!row) break
        row.label = correction.label.trim() || null
        row.untouched = null
        break
      }
      case 'hide': {
        const row = find(correction.claimId)
        if (!row) break
        hiddenFrom.set(correction.claimId, row)
        detach(correction.claimId)
        break
      }
      case 'unhide-claim': {
        const row = hiddenFrom.get(correction.claimId)
        if (!row) break
        hiddenFrom.delete(correction.claimId)
        // A row emptied since (its claims merged elsewhere, all hidden) comes back holding this claim alone.
        attach(correction.claimId, row)
        break
      }
      case 'move-article':
        // Applied to the stories, before alignment.
        break
    }
  }

  const result: ComparisonRow[] = []
  for (const row of working) {
    if (row.untouched) {
      result.push(row.untouched)
      continue
    }
    const claims = [...row.claimIds].map((id) => claimsById.get(id)).filter((claim): claim is Claim => claim !== undefined)
    if (claims.length > 0) result.push(summarizeRow(claims, { label: row.label ?? labelOf(claims), storyId: row.storyId }))
  }
  return sortRowsByStory(result, rows)
}

/** The claims hidden by the corrections in effect and not restored since, in no particular order. */
export function hiddenClaimIds(corrections: readonly RowCorrection[]): Set<string> {
  const hidden = new Set<string>()
  for (const correction of corrections) {
    if (correction.kind === 'hide') hidden.add(correction.claimId)
    else if (correction.kind === 'unhide-claim') hidden.delete(correction.claimId)
  }
  return hidden
}

/** Rows grouped by story in the order the stories came in, each story's rows in the default order. */
function sortRowsByStory(rows: ComparisonRow[], original: readonly ComparisonRow[]): ComparisonRow[] {
  const storyOrder = new Map<string, number>()
  for (const row of original) if (!storyOrder.has(row.storyId)) storyOrder.set(row.storyId, storyOrder.size)
  const byStory = new Map<string, ComparisonRow[]>()
  for (const row of rows) {
    let list = byStory.get(row.storyId)
    if (!list) byStory.set(row.storyId, (list = []))
    list.push(row)
  }
  return [...byStory.entries()]
    .sort((a, b) => (storyOrder.get(a[0]) ?? storyOrder.size) - (storyOrder.get(b[0]) ?? storyOrder.size))
    .flatMap(([, list]) => sortRowsByDefault(list))
}
