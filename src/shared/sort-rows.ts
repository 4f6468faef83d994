import type { ComparisonRow, RowSortKey } from './model'
import { compareText } from './compare-text'

export type SortDirection = 'ascending' | 'descending'

/** A fixed locale, so the order does not change with the user's system settings. */
const labelCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function compareLabels(a: ComparisonRow, b: ComparisonRow): number {
  return labelCollator.compare(a.label, b.label) || compareText(a.id, b.id)
}

/**
 * Rows sorted for the table (a new array). The direction applies to the chosen column; ties fall
 * back to more sources first, then label, then id, so the order is total and stable. Rows without a
 * spread (they agree, or have one source) always come after those with one, in either direction.
 */
export function sortComparisonRows(rows: readonly ComparisonRow[], key: RowSortKey, direction: SortDirection = 'ascending'): ComparisonRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  const bySources = (a: ComparisonRow, b: ComparisonRow): number => b.sourceCount - a.sourceCount
  const compare = (a: ComparisonRow, b: ComparisonRow): number => {
    switch (key) {
      case 'label':
        return sign * compareLabels(a, b)
      // The user's verdicts live in notes: the caller orders by them, keeping this order within each.
      case 'verdict':
      case 'sources':
        return sign * (a.sourceCount - b.sourceCount) || compareLabels(a, b)
      case 'spread':
        if (a.spread === null || b.spread === null) {
          if (a.spread !== b.spread) return a.spread === null ? 1 : -1
          return bySources(a, b) || compareLabels(a, b)
        }
        return sign * (a.spread - b.spread) || bySources(a, b) || compareLabels(a, b)
    }
  }
  return [...rows].sort(compare)
}
