/** The comparison's rows are part of the process contract (src/shared/api.ts); re-exported for the domain's own imports. */
export type { ComparisonRow, RowVerdict } from '../../shared/api'
