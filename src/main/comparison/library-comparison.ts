import { createHash } from 'node:crypto'
import type { ArticleSummary, Claim, Comparison, ComparisonRow, RowCorrection, RowExplanation, Story, Workspace } from '../../shared/model'
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
import { SerialQueue } from '../storage/serial-queue'
import { loadAlignedCache, saveAlignedCache, type AlignedCache } from './aligned-cache'
import { correctionHistorySchema, workspaceSchema } from './comparison-schemas'
import { libraryDataPath, loadJsonFile, saveJsonFile, schemaShape } from '../storage/json-file'

/** What the comparison needs of the library index. */
export interface ComparisonSource {
  /** Changes whenever an article or its claims change, so aligned rows can be reused until then. */
  revision(): number
  summaries(): ArticleSummary[]
  claimsOf(articleId: string): Claim[]
  /** The article's cleaned text (empty when unknown): stories are grouped by its words. */
  textOf(articleId: string): string
  /**
   * A short key of what the article was read from: its text, title, date, language and claims
   * change only when it does. Stories and rows are kept under these keys, so a start that finds
   * nothing changed neither re-reads every text nor re-serializes every claim to know it.
   */
  contentKeyOf(articleId: string): string
}

const CACHE_SAVE_DELAY_MS = 1000

/** One short digest of the parts, each ended by a separator no part holds. */
function digestOf(parts: readonly string[]): string {
  const hash = createHash('sha1')
  for (const part of parts) hash.update(part).update('\u0000')
  return hash.digest('hex')
}

/** What a story's rows are computed from: its id and what each of its articles was read from (language, date, claims). */
function storyKey(story: Story, source: ComparisonSource): string {
  return digestOf([story.id, ...story.articleIds.flatMap((id) => [id, source.contentKeyOf(id)])])
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
  /** Stories and rows as last computed (and kept between runs), each under the key of the articles it came from. */
  private cache: AlignedCache = { grouping: null, rowsByKey: new Map() }
  private cacheChanged = false
  private cacheSaveTimer: NodeJS.Timeout | undefined
  /** Stories aligned since this comparison was created: a start that finds nothing changed aligns none. */
  storiesAligned = 0

  constructor(
    private readonly dataDir: string,
    private readonly folder: string
  ) {}

  /** Reads the corrections and the workspace; throws `StoreUnreadableError` when either exists but cannot be read. */
  async load(): Promise<void> {
    const loaded = await loadJsonFile(this.path('corrections'), schemaShape(correctionHistorySchema))
    if (loaded.damaged) this.damagedCopies.push(loaded.damaged.movedTo)
    if (loaded.value) this.history = { entries: loaded.value.entries, cursor: Math.min(loaded.value.cursor, loaded.value.entries.length) }
    const workspace = await loadJsonFile(this.path('workspace'), schemaShape(workspaceSchema))
    if (workspace.damaged) this.damagedCopies.push(workspace.damaged.movedTo)
    this.workspace = workspace.value
    this.cache = await loadAlignedCache(this.dataDir, this.folder)
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
      const groupingKey = digestOf(articles.flatMap((article) => [article.id, source.contentKeyOf(article.id)]))
      if (this.cache.grouping?.key !== groupingKey) {
        const withText = articles.map((article) => ({ ...article, text: source.textOf(article.id) }))
        this.cache.grouping = { key: groupingKey, stories: groupStories(withText, undefined, this.aligner.stems) }
        this.scheduleCacheSave()
      }
      const grouped = this.cache.grouping.stories
      const byId = new Map(articles.map((article) => [article.id, { ...article, text: '' }]))
      this.grouped = { key, stories: applyStoryCorrections(grouped, corrections, byId).sort(compareStories) }
    }
    return this.grouped.stories
  }

  /** Why the aligner built this row of the comparison of these articles as it did. */
  explainRow(source: ComparisonSource, articleIds: readonly string[], rowId: string): RowExplanation | null {
    const row = this.compare(source, articleIds).rows.find((candidate) => candidate.id === rowId)
    if (!row) return null
    // Rows kept from an earlier run were not aligned here: the row's story is aligned (once) to explain it.
    const story = this.aligned?.stories.find((candidate) => candidate.id === row.storyId)
    if (story) this.aligner.align([story], this.alignerInput(source, story.articleIds))
    return this.aligner.explain(row.storyId, row.claimIds, row.id)
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
      await saveJsonFile(this.path('workspace'), workspace)
      this.workspace = workspace
    })
  }

  /** Resolves once every change asked for so far has settled, and the stories and rows computed so far are kept. */
  whenSaved(): Promise<void> {
    if (this.cacheSaveTimer !== undefined) this.saveCacheNow()
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
      const input = this.alignerInput(source, articles.map((article) => article.id))
      // Each story's rows are reused, from this run or an earlier one, while its articles are the same; only the others are aligned.
      const keys = new Map(stories.map((story) => [story.id, storyKey(story, source)]))
      const toAlign = stories.filter((story) => !this.cache.rowsByKey.has(keys.get(story.id)!))
      if (toAlign.length > 0) {
        const rowsByStory = new Map<string, ComparisonRow[]>(toAlign.map((story) => [story.id, []]))
        for (const row of this.aligner.align(toAlign, input)) rowsByStory.get(row.storyId)!.push(row)
        for (const story of toAlign) this.cache.rowsByKey.set(keys.get(story.id)!, rowsByStory.get(story.id)!)
        this.storiesAligned += toAlign.length
        this.scheduleCacheSave()
      }
      this.aligned = { key, rows: stories.flatMap((story) => this.cache.rowsByKey.get(keys.get(story.id)!)!), stories }
      if (!picked) this.keepOnlyRowsOf(new Set(keys.values()))
    }
    return this.aligned
  }

  private alignerInput(source: ComparisonSource, articleIds: readonly string[]): Map<string, ArticleClaims> {
    const summaries = new Map(source.summaries().map((summary) => [summary.id, summary]))
    const input = new Map<string, ArticleClaims>()
    for (const id of articleIds) {
      const article = summaries.get(id)
      if (article) input.set(id, { articleId: id, language: article.language, date: article.date, claims: source.claimsOf(id) })
    }
    return input
  }

  /** Rows of stories no longer in the library are dropped, so the kept file stays the library's size. */
  private keepOnlyRowsOf(keys: ReadonlySet<string>): void {
    for (const key of this.cache.rowsByKey.keys()) {
      if (!keys.has(key)) {
        this.cache.rowsByKey.delete(key)
        this.scheduleCacheSave()
      }
    }
  }

  /** Saved a second after the last change (indexing changes the library many times a second), and at once by `whenSaved`. */
  private scheduleCacheSave(): void {
    this.cacheChanged = true
    clearTimeout(this.cacheSaveTimer)
    this.cacheSaveTimer = setTimeout(() => this.saveCacheNow(), CACHE_SAVE_DELAY_MS)
    this.cacheSaveTimer.unref()
  }

  private saveCacheNow(): void {
    clearTimeout(this.cacheSaveTimer)
    this.cacheSaveTimer = undefined
    if (!this.cacheChanged) return
    this.cacheChanged = false
    const cache = { grouping: this.cache.grouping, rowsByKey: new Map(this.cache.rowsByKey) }
    // Only time is lost when it cannot be written: the next run computes it again.
    void this.changes.run(() => saveAlignedCache(this.dataDir, this.folder, cache).catch(() => undefined))
  }

  /**
   * Changes run one after another, each from the history the previous one left: two quick clicks
   * on Undo undo two corrections, not the same one twice.
   */
  private changeHistory(change: (history: CorrectionHistory) => CorrectionHistory): Promise<void> {
    const run = async (): Promise<void> => {
      const history = change(this.history)
      // Saved before it takes effect: a correction the disk did not keep is not shown as made.
      await saveJsonFile(this.path('corrections'), { version: 1, entries: history.entries, cursor: history.cursor })
      this.history = history
    }
    return this.changes.run(run)
  }

  private path(name: string): string {
    return libraryDataPath(this.dataDir, this.folder, name)
  }
}
