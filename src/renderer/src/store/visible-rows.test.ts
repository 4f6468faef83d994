import { describe, expect, it } from 'vitest'
import type { ArticleSummary, Comparison, ComparisonRow, Note, NoteVerdict, Story } from '../../../shared/model'
import { selectTableColumns, selectTableLines, selectUserVerdicts, selectVisibleRows } from './visible-rows'

function story(id: string, title: string, articleIds: string[]): Story {
  return { id, title, articleIds, dateFrom: '2026-11-14', dateTo: '2026-11-14' }
}

function row(id: string, storyId: string, label: string, sourceCount: number): ComparisonRow {
  return { id, storyId, label, unit: null, claimIds: [id], verdict: sourceCount > 1 ? 'agree' : 'single', low: 1, high: 1, spread: null, sourceCount }
}

const flood = story('story-a', 'Alluvione nelle Marche, la piena del Misa travolge Senigallia', ['a', 'b'])
const troops = story('story-c', 'Truppe nordcoreane in Russia', ['c', 'd', 'e'])

function comparisonOf(stories: Story[], rows: ComparisonRow[]): Comparison {
  return { articles: [], claims: [], stories, rows, hiddenClaims: [], canUndo: false, canRedo: false }
}

const rowsOf = (lines: ReturnType<typeof selectTableLines>): string[] =>
  lines.map((line) => (line.kind === 'story' ? `# ${line.story.id} (${line.rowCount})` : line.row.label))

describe('selectTableLines', () => {
  it('puts each story’s rows under its header, in the comparison’s story order, sorted within the story', () => {
    const comparison = comparisonOf(
      [troops, flood],
      [row('r1', 'story-c', 'Soldati', 3), row('r2', 'story-c', 'Munizioni', 2), row('r3', 'story-a', 'Morti', 2), row('r4', 'story-a', 'Dispersi', 2)]
    )
    const rows = selectVisibleRows(comparison, { rowSearch: '', disagreementsOnly: false, rowSort: 'label', rowSortDescending: false })
    expect(rowsOf(selectTableLines(comparison, rows))).toEqual(['# story-c (2)', 'Munizioni', 'Soldati', '# story-a (2)', 'Dispersi', 'Morti'])
  })

  it('leaves out the header of a story whose rows the filters hide', () => {
    const comparison = comparisonOf([troops, flood], [row('r1', 'story-c', 'Soldati', 3), row('r3', 'story-a', 'Morti', 2)])
    const rows = selectVisibleRows(comparison, { rowSearch: 'morti', disagreementsOnly: false, rowSort: 'sources', rowSortDescending: true })
    expect(rowsOf(selectTableLines(comparison, rows))).toEqual(['# story-a (1)', 'Morti'])
  })

  it('shows no header when the comparison is one story (articles the user picked)', () => {
    const comparison = comparisonOf([flood], [row('r3', 'story-a', 'Morti', 2), row('r4', 'story-a', 'Dispersi', 1)])
    const rows = selectVisibleRows(comparison, { rowSearch: '', disagreementsOnly: false, rowSort: 'sources', rowSortDescending: true })
    expect(rowsOf(selectTableLines(comparison, rows))).toEqual(['Morti', 'Dispersi'])
  })

  it('still shows a row whose story the comparison does not list, after the stories', () => {
    const comparison = comparisonOf([troops, flood], [row('r3', 'story-a', 'Morti', 2), row('r9', 'story-gone', 'Feriti', 2)])
    expect(rowsOf(selectTableLines(comparison, comparison.rows))).toEqual(['# story-a (1)', 'Morti', 'Feriti'])
  })
})

describe('selectTableColumns', () => {
  const article = (id: string, date: string): ArticleSummary => ({
    id,
    file: `${id}.md`,
    title: id,
    date,
    outlet: null,
    author: null,
    url: null,
    language: 'it',
    words: 100,
    claimCount: 2,
    truncated: false,
    status: 'ok',
    reason: null,
    problem: null
  })
  // The comparison's own order: newest first, the two stories' articles interleaved.
  const articles = [article('c', '2026-11-15'), article('a', '2026-11-14'), article('d', '2026-01-10'), article('b', '2025-06')]

  it('puts each story’s articles side by side, in story order, newest first within the story', () => {
    const columns = selectTableColumns({ ...comparisonOf([flood, troops], []), articles })
    expect(columns.map((column) => column.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps the date order for one story', () => {
    const columns = selectTableColumns({ ...comparisonOf([flood], []), articles })
    expect(columns.map((column) => column.id)).toEqual(['c', 'a', 'd', 'b'])
  })
})

describe('the user’s own verdicts', () => {
  const rows = [row('r1', 'story-c', 'Soldati', 3), row('r2', 'story-c', 'Munizioni', 2), row('r3', 'story-c', 'Morti', 2)]
  const comparison = comparisonOf([troops], rows)
  const note = (rowId: string, claimIds: string[], verdict: Note['verdict']): Note => ({
    id: `n-${rowId}`,
    target: { kind: 'row', rowId, claimIds },
    body: 'Da verificare con il ministero.',
    verdict,
    createdAt: '2026-11-14T10:00:00Z',
    updatedAt: '2026-11-14T10:00:00Z',
    anchor: null,
    orphaned: false
  })

  it('finds each row’s verdict, following a note to the row now holding its claims, a draft winning over the saved note', () => {
    const verdicts = selectUserVerdicts(comparison, [note('r1', ['r1'], 'conflicting'), note('gone', ['r2'], 'confirmed'), note('r3', ['r3'], 'approximate')], {
      'row:r3': { verdict: null }
    })
    expect([...verdicts]).toEqual([
      ['r1', 'conflicting'],
      ['r2', 'confirmed']
    ])
  })

  it('filters by a verdict or by rows without one, and sorts conflicting rows first', () => {
    const userVerdicts = new Map<string, NoteVerdict>([
      ['r2', 'confirmed'],
      ['r3', 'conflicting']
    ])
    const filters = { rowSearch: '', disagreementsOnly: false, rowSort: 'sources' as const, rowSortDescending: true, userVerdicts }
    expect(selectVisibleRows(comparison, { ...filters, userVerdictFilter: 'conflicting' }).map((visible) => visible.label)).toEqual(['Morti'])
    expect(selectVisibleRows(comparison, { ...filters, userVerdictFilter: 'none' }).map((visible) => visible.label)).toEqual(['Soldati'])
    expect(selectVisibleRows(comparison, { ...filters, rowSort: 'verdict' }).map((visible) => visible.label)).toEqual(['Morti', 'Munizioni', 'Soldati'])
  })
})
