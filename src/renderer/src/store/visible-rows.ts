import type { Claim, Comparison, ComparisonRow, RowSortKey } from '../../../shared/api'
import { sortComparisonRows } from '../../../shared/sort-rows'
import { foldForSearch, searchWords } from '../../../shared/fold-text'

export interface RowFilters {
  rowSearch: string
  disagreementsOnly: boolean
  rowSort: RowSortKey
  rowSortDescending: boolean
}

/** The table's rows: filtered by every word of the search (label, unit, claims as written) and sorted. */
export function selectVisibleRows(comparison: Comparison | null, filters: RowFilters): ComparisonRow[] {
  if (!comparison) return []
  const claimsById = new Map(comparison.claims.map((claim) => [claim.id, claim]))
  const words = searchWords(filters.rowSearch)
  const matching = comparison.rows.filter((row) => {
    if (filters.disagreementsOnly && row.verdict !== 'differ') return false
    if (words.length === 0) return true
    const texts = row.claimIds.map((id) => claimsById.get(id)?.text ?? '')
    const haystack = foldForSearch([row.label, row.unit ?? '', ...texts].join(' '))
    return words.every((word) => haystack.includes(word))
  })
  return sortComparisonRows(matching, filters.rowSort, filters.rowSortDescending ? 'descending' : 'ascending')
}

/** Claims of a row, grouped by the article they come from. */
export function claimsByArticle(row: ComparisonRow, claimsById: ReadonlyMap<string, Claim>): Map<string, Claim[]> {
  const grouped = new Map<string, Claim[]>()
  for (const id of row.claimIds) {
    const claim = claimsById.get(id)
    if (!claim) continue
    const list = grouped.get(claim.articleId) ?? []
    list.push(claim)
    grouped.set(claim.articleId, list)
  }
  return grouped
}
