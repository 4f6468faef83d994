/** The comparison's rows are part of the shared model (src/shared/model.ts); re-exported for the domain's own imports. */
export type { ComparisonRow, RowVerdict } from '../../shared/model'
