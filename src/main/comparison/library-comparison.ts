import type { ArticleSummary, Claim, Comparison, ComparisonRow, RowCorrection, RowExplanation, Story, Workspace } from '../../shared/api'
import { compareDatesNewestFirst, compareText } from '../../shared/compare-text'
import { Aligner, type ArticleClaims } from '../alignment/align-claims'
import {
  activeCorrections,
  canRedoCorrection,
  canUndoCorrection,
  createCorrectionHistory,
  pushCorrection,
  redoCorrection,
  undoCorrection,
  type CorrectionHistory
} from '../alignment/correction-history'
import { applyCorrections, hiddenClaimIds } from '../alignment/corrections'
import { applyStoryCorrections, compareStories, groupStories, storyOf } from '../alignment/stories'
import { SerialQueue } from '../library/serial-queue'
import { correctionHistorySchema, workspaceSchema } from './comparison-schemas'
import { libraryDataPath, loadLibraryData, saveLibraryData } from './library-data-file'

/** What the comparison needs of the library index. */
export interface ComparisonSource {
  /** Changes whenever an article or its claims change, so aligned rows can be reused until then. */
  revision(): number
  summaries(): ArticleSummary[]
  claimsOf(articleId: string): Claim[]
  /** The article's cleaned text (empty when unknown): stories are grouped by its words. */
  textOf(articleId: string): string
}

/** Newest first, undated last, then by file: the order columns are shown in. */
function compareByDate(a: ArticleSummary, b: ArticleSummary): number {
  return compareDatesNewestFirst(a.date, b.date) || compareText(a.file, b.file)
}

/**
 * One library's comparison state: the user's corrections (with undo and redo) and workspace, kept
 * in the data folder, and the rows of any selection of its articles with the corrections applied.
 * Electron-free: the app, the CLI and tests share it.
 */
export class LibraryComparison {
  private history: CorrectionHistory = createCorrectionHistory()
  private readonly changes = new SerialQueue()
  private aligned: { key: string; rows: ComparisonRow[]; stories: Story[] } | null = null
  private grouped: { key: string; stories: Story[] } | null = null
  /** Owns the claim readings and each story's rows, for the life of this library. */
  private readonly aligner = new Aligner()
  private workspace: Workspace | null = null
  /** Where a damaged corrections or workspace file was moved, for the user to be told once. */
  readonly damagedCopies: string[] = []

  constructor(
    private readonly dataDir: string,
    private readonly folder: string
  ) {}

  /** Reads the corrections and the workspace; throws `StoreUnreadableError` when either exists but cannot be read. */
  async load(): Promise<void> {
    const loaded = await loadLibraryData(this.path('corrections'), correctionHistorySchema)
    if (loaded.damagedCopy) this.damagedCopies.push(loaded.damagedCopy)
    if (loaded.value) this.history = { entries: loaded.value.entries, cursor: Math.min(loaded.value.cursor, loaded.value.entries.length) }
    const workspace = await loadLibraryData(this.path('workspace'), workspaceSchema)
    if (workspace.damagedCopy) this.damagedCopies.push(workspace.damagedCopy)
    this.workspace = workspace.value
  }

  compare(source: ComparisonSource, articleIds: readonly string[]): Comparison {
    const wanted = new Set(articleIds)
    const articles = source
      .summaries()
      .filter((summary) => summary.status === 'ok' && (wanted.size === 0 || wanted.has(summary.id)))
      .sort(compareByDate)
    const claims = articles.flatMap((article) => source.claimsOf(article.id))
    const claimsById = new Map(claims.map((claim) => [claim.id, claim]))
    const { rows: aligned, stories } = this.alignedRows(source, articles, wanted.size > 0)
    const languages = new Map(articles.map((article) => [article.id, article.language]))
    const corrections = activeCorrections(this.history)
    const rows = applyCorrections(aligned, corrections, claimsById, (members) =>
      this.aligner.label(members, (articleId) => languages.get(articleId) ?? 'und')
    )
    const named = new Set(rows.flatMap((row) => row.claimIds))
    const hidden = hiddenClaimIds(corrections)
    return {
      articles,
      claims: claims.filter((claim) => named.has(claim.id)),
      stories,
      rows,
      hiddenClaims: claims.filter((claim) => hidden.has(claim.id) && !named.has(claim.id)),
      canUndo: canUndoCorrection(this.history),
      canRedo: canRedoCorrection(this.history)
    }
  }

  /** The whole library's stories, with the user's story corrections applied. */
  stories(source: ComparisonSource): Story[] {
    const articles = source.summaries().filter((summary) => summary.status === 'ok')
    const corrections = activeCorrections(this.history).filter((correction) => correction.kind === 'move-article')
    const key = `${source.revision()}:${JSON.stringify(corrections)}`
    if (this.grouped?.key !== key) {
      const grouped = groupStories(articles.map((article) => ({ ...article, text: source.textOf(article.id) })), undefined, this.aligner.stems)
      const byId = new Map(articles.map((article) => [article.id, { ...article, text: '' }]))
      this.grouped = { key, stories: applyStoryCorrections(grouped, corrections, byId).sort(compareStories) }
    }
    return this.grouped.stories
  }

  /** Why the aligner built this row of the comparison of these articles as it did. */
  explainRow(source: ComparisonSource, articleIds: readonly string[], rowId: string): RowExplanation | null {
    const row = this.compare(source, articleIds).rows.find((candidate) => candidate.id === rowId)
    return row ? this.aligner.explain(row.storyId, row.claimIds, row.id) : null
  }

  correct(correction: RowCorrection): Promise<void> {
    return this.changeHistory((history) => pushCorrection(history, correction))
  }

  undo(): Promise<void> {
    return this.changeHistory(undoCorrection)
  }

  redo(): Promise<void> {
    return this.changeHistory(redoCorrection)
  }

  /** The workspace read at load, or as last saved. */
  loadWorkspace(): Workspace | null {
    return this.workspace
  }

  saveWorkspace(workspace: Workspace): Promise<void> {
    return this.changes.run(async () => {
      await saveLibraryData(this.path('workspace'), workspace)
      this.workspace = workspace
    })
  }

  /** Resolves once every change asked for so far has settled. */
  whenSaved(): Promise<void> {
    return this.changes.run(async () => undefined)
  }

  /**
   * Alignment is the costly step; its rows are reused while the selection and the library stay the
   * same, and the aligner re-aligns only the stories whose articles changed. Articles the user
   * picked are one story (they said they belong together); the whole library is grouped.
   */
  private alignedRows(source: ComparisonSource, articles: ArticleSummary[], picked: boolean): { rows: ComparisonRow[]; stories: Story[] } {
    const stories = picked
      ? articles.length > 0
        ? [storyOf(articles.map((article) => ({ ...article, text: '' })))]
        : []
      : this.stories(source)
    // Stories by their members, not their ids: an article moved between two stories leaves both ids as they were.
    const key = `${source.revision()}:${articles.map((article) => article.id).join(',')}:${stories.map((story) => story.articleIds.join('+')).join(',')}`
    if (this.aligned?.key !== key) {
      const input = new Map<string, ArticleClaims>(
        articles.map((article) => [article.id, { articleId: article.id, language: article.language, date: article.date, claims: source.claimsOf(article.id) }])
      )
      this.aligned = { key, rows: this.aligner.align(stories, input), stories }
    }
    return this.aligned
  }

  /**
   * Changes run one after another, each from the history the previous one left: two quick clicks
   * on Undo undo two corrections, not the same one twice.
   */
  private changeHistory(change: (history: CorrectionHistory) => CorrectionHistory): Promise<void> {
    const run = async (): Promise<void> => {
      const history = change(this.history)
      // Saved before it takes effect: a correction the disk did not keep is not shown as made.
      await saveLibraryData(this.path('corrections'), { version: 1, entries: history.entries, cursor: history.cursor })
      this.history = history
    }
    return this.changes.run(run)
  }

  private path(name: string): string {
    return libraryDataPath(this.dataDir, this.folder, name)
  }
}
