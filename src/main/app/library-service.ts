import { readdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { ExportFileOutcome, ExportFileRequest, ExportOutcome, ExportRequest, LinkTarget, UiLanguageChoice, RiscontroEvents, Unsubscribe } from '../../shared/contract'
import type { ArticleView, Comparison, RowExplanation, Story, LibrarySearchResult, LibrarySnapshot, Note, NoteTarget, NoteVerdict, RecentFolder, RowCorrection, ScanReport, Workspace } from '../../shared/model'
import { rowToMarkdown, tableToMarkdown } from '../export/copy-markdown'
import { EXPORT_EXTENSIONS, nodeExportFileEffects, writeExportFile, type ExportFileFormat } from '../export/export-file'
import { buildExport, writeExport, type ExportData, type ExportFlavour, type ExportInput, type WriteExportResult } from '../export/export-markdown'
import { buildScanReport, scanReportChunks } from '../export/scan-report'
import { LibraryNotes } from '../notes/library-notes'
import { setAsideNotesMessage } from '../notes/notes-store'
import { searchLibrary } from '../search/search-library'
import { LibraryComparison } from '../comparison/library-comparison'
import type { DeepLink } from '../../shared/deep-link'
import { articleIdFor } from '../articles/article-id'
import { LibraryIndex } from '../library/library-index'
import { StoreUnreadableError } from '../storage/read-store'
import { isDiskFull, removeStaleTemporaryFiles } from '../storage/write-file-durably'
import { describeIn } from '../../shared/i18n/describe'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'
import { LibraryError, userMessageOf } from '../storage/library-error'
import { pickUiLanguage, type UiLanguage } from '../../shared/i18n/languages'
import { loadSettings, rememberFolder, saveSettings, type LoadedSettings, type Settings } from '../library/settings'
import { watchLibrary, type LibraryWatch } from '../library/watch-library'

export type LibraryEvent = { [K in keyof RiscontroEvents]: { name: K; payload: RiscontroEvents[K] } }[keyof RiscontroEvents]

export interface LibraryServiceOptions {
  /** Where the index cache and settings live (the user's data folder or RISCONTRO_DATA_DIR). */
  dataDir: string
  /** The bundled sample articles, opened when the user has not chosen a folder (the CLI has none). */
  sampleFolder?: string
  /** Keep the index current as files change (the app and the end-to-end bridge do; tests that only read need not). */
  watch: boolean
  /** The system's preferred languages, most preferred first (Electron's `app.getPreferredSystemLanguages()`); the interface speaks the first it can. */
  systemLanguages?: readonly string[]
  /** The parse worker's entry, when not the one beside this module (end-to-end tests run the built one). */
  parseWorkerUrl?: URL
}

export type OpenLinkOutcome = { status: 'shown'; target: LinkTarget } | { status: 'declined' } | { status: 'missing'; message: UserMessage }


interface OpenLibrary {
  generation: number
  folder: string
  isSample: boolean
  index: LibraryIndex
  comparison: LibraryComparison
  notes: LibraryNotes
  /** The index is complete: notes may be reconciled with the whole library (against a partial index they would be orphaned). */
  indexed: boolean
  /** Where this library was last exported, so a confirmed overwrite goes to the same file. */
  lastExportPath?: string
  watch?: LibraryWatch
}

/** What exporting needs of the desktop: a save dialog and the clipboard (tests pass their own). */
export interface ExportEffects {
  /**
   * The save dialog, offering the suggested name; its extension says which kind of file is saved.
   * `libraryFolder` is where the dialog must not propose to write (the export would be indexed).
   */
  chooseExportPath(suggestedName: string, libraryFolder: string): Promise<string | null>
  writeClipboard(text: string): void
  /** Prints a self-contained HTML document to PDF (Electron's `webContents.printToPDF`). */
  printToPdf(html: string): Promise<Uint8Array>
}

/** What an export is of, and in which language its own words are (the app's interface's, the CLI's `--lang`). */
export interface LibraryExportScope {
  /** The compared articles; none for the whole library. */
  articleIds: string[]
  language: UiLanguage
}

/** What was exported: the counts a finished export reports. */
export interface LibraryExportCounts {
  rows: number
  articles: number
  notes: number
}

function countsOf(input: ExportData): LibraryExportCounts {
  return { rows: input.rows.length, articles: input.articles.length, notes: input.notes.length }
}

/** "Rassegna Corea: confronto": the export's title, in the export's language. */
function exportTitle(library: OpenLibrary, language: UiLanguage): string {
  const { t } = describeIn(language)
  return t('exportWords.title', { library: library.isSample ? t('exportWords.sampleArticles') : basename(library.folder) })
}

/**
 * The library as the app sees it: which folder is open, its index, recent folders, and the events
 * the renderer needs. The one composition root: no Electron here; the IPC layer, the end-to-end
 * bridge and the CLI all go through it.
 */
export class LibraryService {
  private current: OpenLibrary | null = null
  private generation = 0
  private settings: LoadedSettings | null = null
  /** Problems met while no library could be shown (a failed start), for the page to show when it connects. */
  private startupProblems: UserMessage[] = []
  private readonly listeners = new Set<(event: LibraryEvent) => void>()

  constructor(private readonly options: LibraryServiceOptions) {}

  subscribe(listener: (event: LibraryEvent) => void): Unsubscribe {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Opens the last library the user had open, or the sample articles when there is none. Never
   * throws: when the library cannot be opened whole, none is, and the reason is kept for the page
   * (`listStartupProblems`) and sent as a `libraryProblem`.
   */
  async start(): Promise<LibrarySnapshot | null> {
    try {
      await this.removeStaleTemporaryFiles()
      const settings = await this.loadedSettings()
      if (settings.lastFolder) {
        const stillThere = await stat(settings.lastFolder).then((s) => s.isDirectory(), () => false)
        if (stillThere) return await this.openFolder(settings.lastFolder)
      }
      return await this.openSampleLibrary()
    } catch (error) {
      const problem = userMessageOf(error)
      this.startupProblems.push(problem)
      this.emit({ name: 'libraryProblem', payload: { generation: 0, ...problem } })
      return null
    }
  }

  /** What went wrong before any library could be shown (cleared once one opens). */
  listStartupProblems(): UserMessage[] {
    return [...this.startupProblems]
  }

  getLibrary(): LibrarySnapshot | null {
    return this.current ? this.snapshotOf(this.current) : null
  }

  /** Opens a folder; `remember: false` (the CLI) leaves the recent folders and the settings untouched. */
  async openFolder(folder: string, { remember = true }: { remember?: boolean } = {}): Promise<LibrarySnapshot> {
    const absolute = resolve(folder)
    const stats = await stat(absolute).catch(() => null)
    if (!stats) throw new LibraryError('folderMissing', { folder: absolute })
    if (!stats.isDirectory()) throw new LibraryError('notAFolder', { folder: absolute })
    const isSample = this.options.sampleFolder !== undefined && absolute === resolve(this.options.sampleFolder)
    const snapshot = await this.open(absolute, isSample)
    if (!isSample && remember) await this.changeSettings((settings) => rememberFolder(settings, absolute, basename(absolute), new Date()))
    return snapshot
  }

  /** Opens a folder of the recent list; the page may not name any other path (it could be ~/.ssh). */
  async openRecentFolder(folder: string): Promise<LibrarySnapshot> {
    const recent = (await this.loadedSettings()).recentFolders.some((entry) => entry.folder === folder)
    if (!recent) throw new LibraryError('folderNotChosen')
    return this.openFolder(folder)
  }

  async openSampleLibrary(): Promise<LibrarySnapshot> {
    if (this.options.sampleFolder === undefined) throw new Error('This service was made without sample articles.')
    const snapshot = await this.open(resolve(this.options.sampleFolder), true)
    await this.changeSettings((settings) => ({ ...settings, lastFolder: null }))
    return snapshot
  }

  /** The interface's language: the one the user chose, else the system's first the interface speaks. */
  async getUiLanguage(): Promise<UiLanguageChoice> {
    const chosen = (await this.loadedSettings()).language
    return { language: chosen ?? pickUiLanguage(this.options.systemLanguages ?? []), chosen }
  }

  async setUiLanguage(language: UiLanguage | null): Promise<UiLanguageChoice> {
    await this.changeSettings((settings) => ({ ...settings, language }))
    const choice = await this.getUiLanguage()
    this.emit({ name: 'uiLanguageChanged', payload: choice })
    return choice
  }

  async listRecentFolders(): Promise<RecentFolder[]> {
    return (await this.loadedSettings()).recentFolders
  }

  async readArticle(articleId: string): Promise<ArticleView> {
    return this.openLibrary().index.readArticle(articleId)
  }

  async getComparison(articleIds: string[]): Promise<Comparison> {
    return this.compareReconcilingNotes(this.openLibrary(), articleIds)
  }

  async correctComparison(articleIds: string[], correction: RowCorrection): Promise<Comparison> {
    const library = this.openLibrary()
    await library.comparison.correct(correction)
    return this.compareReconcilingNotes(library, articleIds)
  }

  async undoCorrection(articleIds: string[]): Promise<Comparison> {
    const library = this.openLibrary()
    await library.comparison.undo()
    return this.compareReconcilingNotes(library, articleIds)
  }

  async redoCorrection(articleIds: string[]): Promise<Comparison> {
    const library = this.openLibrary()
    await library.comparison.redo()
    return this.compareReconcilingNotes(library, articleIds)
  }

  /**
   * The comparison of `articleIds` (none: the whole library), with the notes reconciled with it by
   * their owner: every note with the whole library once it is indexed, else the row notes of the
   * compared articles with its rows.
   */
  private async compareReconcilingNotes(library: OpenLibrary, articleIds: string[]): Promise<Comparison> {
    const comparison = library.comparison.compare(library.index, articleIds)
    if (articleIds.length === 0 && library.indexed) await library.notes.reconcile(() => comparison)
    else await library.notes.reconcileRowNotes(comparison, library.index)
    return comparison
  }

  /** Reconciles the notes with the whole library as it is now; a failure (a full disk) is reported, never thrown. */
  private async reconcileNotes(library: OpenLibrary): Promise<void> {
    await this.reportReconciled(library, library.notes.reconcile(() => library.comparison.compare(library.index, [])))
  }

  /** A background reconcile that changed notes tells the page to read them again; one that failed is reported. */
  private async reportReconciled(library: OpenLibrary, reconciled: Promise<boolean>): Promise<void> {
    await reconciled.then(
      (changed) => {
        if (changed) this.emit({ name: 'notesChanged', payload: { generation: library.generation } })
      },
      (error: unknown) => this.reportNotesProblem(library, error)
    )
  }

  private reportNotesProblem(library: OpenLibrary, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error)
    this.emit({ name: 'libraryProblem', payload: { generation: library.generation, ...userMessage('notesNotReattached', { reason }) } })
  }

  async loadWorkspace(): Promise<Workspace | null> {
    return this.openLibrary().comparison.loadWorkspace()
  }

  /** `generation` names the library the workspace was arranged in; it is never saved into another. */
  async saveWorkspace(workspace: Workspace, generation?: number): Promise<void> {
    await this.openLibrary(generation).comparison.saveWorkspace(workspace)
  }

  async listNotes(): Promise<Note[]> {
    return this.openLibrary().notes.list()
  }

  /** `generation` names the library the note was written in: an edit never lands in another library's notes. */
  async saveNote(target: NoteTarget, body: string, verdict: NoteVerdict | null, generation?: number): Promise<Note | null> {
    const library = this.openLibrary(generation)
    return library.notes.save(target, body, verdict, library.index)
  }

  async exportMarkdown(request: ExportRequest, effects: ExportEffects): Promise<ExportOutcome> {
    const library = this.openLibrary()
    const path = request.reuseLastPath && library.lastExportPath ? library.lastExportPath : await effects.chooseExportPath(`${basename(library.folder)} – confronto.md`, library.folder)
    if (!path) return { status: 'cancelled' }
    library.lastExportPath = path
    const { language } = await this.getUiLanguage()
    const { written, counts } = await this.writeMarkdownExport(path, { articleIds: request.articleIds, language }, request.flavour, request.overwriteEdited)
    if (!written.ok) return { status: 'user-edited', path, regions: written.userEditedRegions }
    return { status: written.unchanged ? 'unchanged' : 'written', path, rows: counts.rows, notes: counts.notes }
  }

  async exportFile(request: ExportFileRequest, effects: ExportEffects): Promise<ExportFileOutcome> {
    const library = this.openLibrary()
    const path = await effects.chooseExportPath(`${basename(library.folder)} – confronto.${EXPORT_EXTENSIONS[request.format]}`, library.folder)
    if (!path) return { status: 'cancelled' }
    const { language } = await this.getUiLanguage()
    const { paths, counts } = await this.writeExportFile(path, request.format, { articleIds: request.articleIds, language }, (html) => effects.printToPdf(html))
    return { status: 'written', paths, rows: counts.rows, notes: counts.notes }
  }

  /**
   * Writes the Markdown export to `path`, merged into an earlier export there (the user's own text
   * kept; refused, with the regions named, when generated parts were edited and `overwriteEdited`
   * is false). The app's Export… and the CLI's `export` both end here.
   */
  async writeMarkdownExport(path: string, scope: LibraryExportScope, flavour: ExportFlavour, overwriteEdited: boolean): Promise<{ written: WriteExportResult; counts: LibraryExportCounts }> {
    const input = await this.exportInput(this.openLibrary(), scope)
    const markdown = buildExport({ ...input, createdAt: new Date(), flavour, scope: scope.articleIds.length === 0 ? 'library' : 'comparison' })
    return { written: await writeExport(path, markdown, { overwriteEdited }), counts: countsOf(input) }
  }

  /** Writes the export in a format besides Markdown (a PDF only where `printToPdf` is given: the app); answers the files written. */
  async writeExportFile(path: string, format: ExportFileFormat, scope: LibraryExportScope, printToPdf?: (html: string) => Promise<Uint8Array>): Promise<{ paths: string[]; counts: LibraryExportCounts }> {
    const input = await this.exportInput(this.openLibrary(), scope)
    const paths = await writeExportFile(path, format, { ...input, createdAt: new Date().toISOString().slice(0, 10) }, { writeFile: nodeExportFileEffects.writeFile, printToPdf })
    return { paths, counts: countsOf(input) }
  }

  /**
   * The open library's `scan --json` document (the CLI's `scan`): its articles, skipped files and
   * claims, and, `withRows`, the whole library's stories and rows. `chunks` yields it in pieces, so
   * the document is never held whole; `report` is the same as one object.
   */
  async scanLibrary(withRows: boolean): Promise<{ chunks(): Iterable<string>; report(): ScanReport }> {
    const { index } = this.openLibrary()
    // Without rows the library is not compared here: callers that want claims only pay for claims
    // (unless it has notes to keep attached, which were reconciled with its rows once it was indexed).
    const compared = withRows ? await this.getComparison([]) : null
    return {
      chunks: () => scanReportChunks(index.summaries(), index.claims(), compared),
      report: () => buildScanReport(index.summaries(), index.claims(), compared?.stories ?? [], compared?.rows ?? [])
    }
  }

  /**
   * Opens a `riscontro://` link: in the open library, the article (and claim) it names is shown; a
   * link into another library first asks (`confirmOpenLibrary`) and opens it. Answers what happened,
   * in words for the user when the link cannot be followed.
   */
  async openLink(link: DeepLink, confirmOpenLibrary: (folder: string) => Promise<boolean>): Promise<OpenLinkOutcome> {
    if (this.current?.folder !== resolve(link.library)) {
      if (!(await confirmOpenLibrary(link.library))) return { status: 'declined' }
      await this.openFolder(link.library)
      await this.whenIndexed()
    }
    const library = this.openLibrary()
    const articleId = articleIdFor(link.file)
    const article = library.index.articlesById().get(articleId)
    if (!article || article.status !== 'ok') {
      return { status: 'missing', message: userMessage('linkMissing', { file: link.file, library: basename(library.folder) }) }
    }
    const target: LinkTarget = link.kind === 'claim' ? { generation: library.generation, articleId, start: link.start, end: link.end } : { generation: library.generation, articleId, start: null, end: null }
    this.emit({ name: 'linkOpened', payload: target })
    return { status: 'shown', target }
  }


  async copyMarkdown(articleIds: string[], rowId: string | null, effects: ExportEffects): Promise<string> {
    const { language } = await this.getUiLanguage()
    const data = await this.exportInput(this.openLibrary(), { articleIds, language })
    const row = rowId === null ? null : data.rows.find((candidate) => candidate.id === rowId)
    if (rowId !== null && !row) throw new LibraryError('rowGone')
    const markdown = row ? rowToMarkdown(row, data) : tableToMarkdown(data)
    effects.writeClipboard(markdown)
    return markdown
  }

  async listStories(): Promise<Story[]> {
    const library = this.openLibrary()
    return library.comparison.stories(library.index)
  }

  async explainRow(articleIds: string[], rowId: string): Promise<RowExplanation> {
    const library = this.openLibrary()
    const explanation = library.comparison.explainRow(library.index, articleIds, rowId)
    if (!explanation) throw new LibraryError('rowGone')
    return explanation
  }

  /** Notes and article texts holding every word of the query (folded: case, accents, quotes). */
  async searchLibrary(query: string): Promise<LibrarySearchResult> {
    const { index, notes } = this.openLibrary()
    return searchLibrary(index, notes.list(), query)
  }

  /**
   * What every export is made of: the comparison, the library's notes (reconciled with it by their
   * owner; the export only reads them), its title, in the scope's language.
   */
  private async exportInput(library: OpenLibrary, { articleIds, language }: LibraryExportScope): Promise<ExportData & Pick<ExportInput, 'title'>> {
    const { articles, claims, rows, stories } = await this.compareReconcilingNotes(library, articleIds)
    return { articles, claims, rows, stories, notes: library.notes.list(), library: library.folder, language, title: exportTitle(library, language) }
  }

  /** The open library; with `generation`, only if it is still the one open. */
  private openLibrary(generation?: number): OpenLibrary {
    if (!this.current) throw new LibraryError('noLibraryOpen')
    if (generation !== undefined && generation !== this.current.generation) {
      throw new LibraryError('libraryNoLongerOpen')
    }
    return this.current
  }

  private reportDamagedCopies(library: OpenLibrary): void {
    const setAside = setAsideNotesMessage(library.notes.setAsideEarlier)
    if (setAside) this.emit({ name: 'libraryProblem', payload: { generation: library.generation, ...setAside } })
    const damaged = library.notes.damaged
    if (damaged) {
      this.emit({ name: 'libraryProblem', payload: { generation: library.generation, ...userMessage('notesDamaged', { reason: damaged.problem, file: damaged.movedTo }) } })
      library.notes.damaged = null
    }
    for (const copy of library.comparison.damagedCopies.splice(0)) {
      this.emit({ name: 'libraryProblem', payload: { generation: library.generation, ...userMessage('damagedCopySetAside', { file: copy }) } })
    }
  }

  /**
   * Resolves once the open library has been fully indexed (a `riscontro://` link waits for it; so do
   * the CLI and tests): true, or false when indexing failed (a `libraryProblem` said why).
   */
  async whenIndexed(): Promise<boolean> {
    return this.indexing
  }

  /** Resolves once the open library's watcher reports changes (used by tests and the benchmark). */
  async whenWatching(): Promise<void> {
    await this.current?.watch?.ready
  }

  /** Resolves once the note and correction saves asked for so far have settled (quitting waits for it). */
  async whenSaved(): Promise<void> {
    const library = this.current
    if (library) await Promise.all([library.notes.whenSaved(), library.comparison.whenSaved()])
  }

  async close(): Promise<void> {
    const closing = this.current
    this.current = null
    if (!closing) return
    await closing.watch?.stop()
    closing.notes.cancelReconcile()
    await closing.index.close()
    // Indexing stops at the next file once the index is closed; wait so nothing writes after close,
    // the comparison's kept stories and rows (saved a second after a change) included.
    await this.indexing
    await Promise.all([closing.notes.whenSaved(), closing.comparison.whenSaved()])
  }

  private indexing: Promise<boolean> = Promise.resolve(true)

  /**
   * Opens a library whole or not at all: its cache, corrections, workspace and notes are read
   * before the library on screen is closed. When one of them cannot be read, the open stops with
   * the reason and the library on screen stays open, so no edit ever lands in a library whose files
   * were not read (issue 15).
   */
  private async open(folder: string, isSample: boolean): Promise<LibrarySnapshot> {
    // Reopening the same library: what its pending saves write is what the new copy must read.
    if (this.current?.folder === folder) await Promise.all([this.current.notes.whenSaved(), this.current.comparison.whenSaved()])
    const generation = ++this.generation
    const comparison = new LibraryComparison(this.options.dataDir, folder)
    const notes = new LibraryNotes(this.options.dataDir, folder)
    const index = new LibraryIndex(folder, this.options.dataDir, {
      onProgress: (progress) => this.emit({ name: 'indexProgress', payload: { generation, ...progress } }),
      onChange: (change) => {
        this.emit({ name: 'libraryChanged', payload: { generation, ...change } })
        // Files changed after the index was complete: the notes follow their claims and rows once the burst is over.
        if (library.indexed) notes.reconcileWhenQuiet(() => comparison.compare(index, []), (reconciled) => void this.reportReconciled(library, reconciled))
      }
    }, undefined, { workerUrl: this.options.parseWorkerUrl })
    const library: OpenLibrary = { generation, folder, isSample, index, comparison, notes, indexed: false }
    try {
      await index.loadCache()
      await comparison.load()
      await notes.load()
    } catch (error) {
      await index.close()
      if (error instanceof StoreUnreadableError) throw new LibraryError('storeUnreadable', { file: error.path, reason: error.reason }, { cause: error })
      throw error
    }
    await this.close()
    this.current = library
    this.startupProblems = []
    const snapshot = this.snapshotOf(library)
    this.emit({ name: 'libraryOpened', payload: snapshot })
    this.reportDamagedCopies(library)
    this.indexing = index.index().then(
      async () => {
        library.indexed = true
        await this.reconcileNotes(library)
        return true
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error)
        this.emit({ name: 'libraryProblem', payload: { generation, ...userMessage('indexFailed', { folder, reason }) } })
        return false
      }
    )
    if (this.options.watch) {
      void this.indexing.then(() => index.prepareForChanges())
      library.watch = watchLibrary(folder, {
        onFileChanged: (file) => void index.refreshFile(file),
        onFileRemoved: (file) => index.removeFiles(file),
        onFolderMissing: () =>
          this.emit({ name: 'libraryProblem', payload: { generation, ...userMessage('folderGone', { folder }) } })
      }, [this.options.dataDir])
    }
    return snapshot
  }

  private snapshotOf(library: OpenLibrary): LibrarySnapshot {
    return {
      generation: library.generation,
      folder: library.folder,
      name: library.isSample ? 'Sample articles' : basename(library.folder),
      isSample: library.isSample,
      articles: library.index.summaries()
    }
  }

  private emit(event: LibraryEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  private async loadedSettings(): Promise<Settings> {
    if (!this.settings) {
      this.settings = await loadSettings(this.options.dataDir)
      if (this.settings.problem) this.emit({ name: 'libraryProblem', payload: { generation: 0, ...this.settings.problem } })
    }
    return this.settings.settings
  }

  /**
   * Settings are a convenience: failing to save them (read-only or full data folder) is reported
   * but never turns an open that succeeded into a failure. Unreadable settings are never written.
   */
  private async changeSettings(change: (settings: Settings) => Settings): Promise<void> {
    const settings = change(await this.loadedSettings())
    const loaded = this.settings!
    loaded.settings = settings
    if (!loaded.writable) return
    try {
      await saveSettings(this.options.dataDir, settings)
    } catch (error) {
      const problem = isDiskFull(error) ? userMessage('recentNotSavedDiskFull') : userMessage('recentNotSaved', { reason: error instanceof Error ? error.message : String(error) })
      this.emit({ name: 'libraryProblem', payload: { generation: this.current?.generation ?? 0, ...problem } })
    }
  }

  /** Temporary files of writes killed mid-way (a crash, kill -9) in the data folder's store folders. */
  private async removeStaleTemporaryFiles(): Promise<void> {
    const now = new Date()
    const { dataDir } = this.options
    const folders = [dataDir, join(dataDir, 'index')]
    for (const parent of ['notes', 'libraries']) {
      const names = await readdir(join(dataDir, parent)).catch(() => [])
      folders.push(...names.map((name) => join(dataDir, parent, name)))
    }
    for (const folder of folders) await removeStaleTemporaryFiles(folder, now)
  }
}
