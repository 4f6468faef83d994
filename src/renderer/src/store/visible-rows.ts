import type { ArticleSummary, Claim, Comparison, ComparisonRow, Note, NoteVerdict, RowSortKey, Story } from '../../../shared/model'
import { sortComparisonRows } from '../../../shared/sort-rows'
import { foldForSearch, hasWordStart, searchWords } from '../../../shared/fold-text'

export interface RowFilters {
  rowSearch: string
  disagreementsOnly: boolean
  rowSort: RowSortKey
  rowSortDescending: boolean
  /** Only rows with this verdict of the user's ('none': rows without one); null for all. */
  userVerdictFilter?: NoteVerdict | 'none' | null
  /** The user's verdict of each row, from row notes (see `selectUserVerdicts`). */
  userVerdicts?: ReadonlyMap<string, NoteVerdict>
}

/** The order of "Your verdict": what needs attention first. */
const userVerdictRank: Record<NoteVerdict, number> = { conflicting: 0, unverifiable: 1, approximate: 2, confirmed: 3 }

/** The table's rows: filtered by every word of the search (label, unit, claims as written) and sorted. */
export function selectVisibleRows(comparison: Comparison | null, filters: RowFilters): ComparisonRow[] {
  if (!comparison) return []
  const claimsById = new Map(comparison.claims.map((claim) => [claim.id, claim]))
  const words = searchWords(filters.rowSearch)
  const matching = comparison.rows.filter((row) => {
    if (filters.disagreementsOnly && row.verdict !== 'differ') return false
    if (filters.userVerdictFilter) {
      const verdict = filters.userVerdicts?.get(row.id) ?? 'none'
      if (verdict !== filters.userVerdictFilter) return false
    }
    if (words.length === 0) return true
    const texts = row.claimIds.map((id) => claimsById.get(id)?.text ?? '')
    const haystack = foldForSearch([row.label, row.unit ?? '', ...texts].join(' '))
    return words.every((word) => hasWordStart(haystack, word))
  })
  const sorted = sortComparisonRows(matching, filters.rowSort, filters.rowSortDescending ? 'descending' : 'ascending')
  if (filters.rowSort !== 'verdict') return sorted
  const rank = (row: ComparisonRow): number => {
    const verdict = filters.userVerdicts?.get(row.id)
    return verdict ? userVerdictRank[verdict] : 4
  }
  // Stable: within one verdict, rows keep the most-sources order.
  return sorted.sort((a, b) => rank(a) - rank(b))
}

/**
 * The user's verdict of each row, from the row notes that carry one (drafts being typed included).
 * A row note follows its claims (as `findNoteFor` does): the row of the same id, else the row holding
 * most of the note's claims.
 */
export function selectUserVerdicts(
  comparison: Comparison | null,
  notes: readonly Note[],
  drafts: Readonly<Record<string, { verdict: NoteVerdict | null }>>
): Map<string, NoteVerdict> {
  const verdicts = new Map<string, NoteVerdict>()
  if (!comparison) return verdicts
  const rowIds = new Set(comparison.rows.map((row) => row.id))
  const rowOfClaim = new Map(comparison.rows.flatMap((row) => row.claimIds.map((id) => [id, row.id] as const)))
  for (const note of notes) {
    if (note.target.kind !== 'row' || !note.verdict) continue
    let rowId: string | undefined = rowIds.has(note.target.rowId) ? note.target.rowId : undefined
    if (!rowId) {
      const shared = new Map<string, number>()
      for (const claimId of note.target.claimIds) {
        const id = rowOfClaim.get(claimId)
        if (id) shared.set(id, (shared.get(id) ?? 0) + 1)
      }
      rowId = [...shared].sort((a, b) => b[1] - a[1])[0]?.[0]
    }
    if (rowId) verdicts.set(rowId, note.verdict)
  }
  for (const [key, draft] of Object.entries(drafts)) {
    if (!key.startsWith('row:')) continue
    const rowId = key.slice('row:'.length)
    if (!rowIds.has(rowId)) continue
    if (draft.verdict) verdicts.set(rowId, draft.verdict)
    else verdicts.delete(rowId)
  }
  return verdicts
}

/** A line of the comparison table: a story's header, or a row. */
export type TableLine = { kind: 'story'; story: Story; rowCount: number } | { kind: 'row'; row: ComparisonRow }

/**
 * The table's lines. With several stories (the whole folder), each story's visible rows come under
 * a header naming it, in the comparison's story order, sorted within the story: a row never holds
 * two stories' claims, and sorting never mixes them either (issue 9). One story needs no header.
 */
export function selectTableLines(comparison: Comparison | null, rows: readonly ComparisonRow[]): TableLine[] {
  if (!comparison || comparison.stories.length < 2) return rows.map((row) => ({ kind: 'row', row }))
  const byStory = new Map<string, ComparisonRow[]>(comparison.stories.map((story) => [story.id, []]))
  const unplaced: ComparisonRow[] = []
  for (const row of rows) (byStory.get(row.storyId) ?? unplaced).push(row)
  const lines: TableLine[] = []
  for (const story of comparison.stories) {
    const storyRows = byStory.get(story.id)!
    if (storyRows.length === 0) continue
    lines.push({ kind: 'story', story, rowCount: storyRows.length })
    for (const row of storyRows) lines.push({ kind: 'row', row })
  }
  // A row naming a story the comparison does not list would be a bug in main; show it rather than lose it.
  for (const row of unplaced) lines.push({ kind: 'row', row })
  return lines
}

/**
 * The table's columns: the compared articles, newest first; with several stories, each story's
 * articles side by side (in the comparison's story order), so a story's rows fill adjacent cells
 * rather than cells scattered over the whole folder.
 */
export function selectTableColumns(comparison: Comparison | null): ArticleSummary[] {
  if (!comparison) return []
  if (comparison.stories.length < 2) return comparison.articles
  const storyIndex = new Map(comparison.stories.flatMap((story, index) => story.articleIds.map((id) => [id, index] as const)))
  const rank = (article: ArticleSummary): number => storyIndex.get(article.id) ?? comparison.stories.length
  // Sorting is stable: within a story the articles keep the comparison's date order.
  return [...comparison.articles].sort((a, b) => rank(a) - rank(b))
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
