import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type {
  ArticleView,
  Comparison,
  RowExplanation,
  Story,
  ExportFileOutcome,
  ExportFileRequest,
  ExportOutcome,
  ExportRequest,
  LibrarySearchResult,
  LinkTarget,
  LibrarySnapshot,
  Note,
  NoteTarget,
  NoteVerdict,
  RecentFolder,
  RiscontroEvents,
  RowCorrection,
  Unsubscribe,
  Workspace
} from '../../shared/api'
import { tableToMarkdown, rowToMarkdown } from '../export/copy-markdown'
import { EXPORT_EXTENSIONS, nodeExportFileEffects, writeExportFile } from '../export/export-file'
import { buildExport, exportDataOf, writeExport, type ExportData } from '../export/export-markdown'
import { LibraryNotes } from '../notes/library-notes'
import { searchLibrary } from '../search/search-library'
import { LibraryComparison } from '../comparison/library-comparison'
import type { DeepLink } from '../../shared/deep-link'
import { articleIdFor, LibraryIndex } from './library-index'
import { loadSettings, rememberFolder, saveSettings, type Settings } from './settings'
import { watchLibrary, type LibraryWatch } from './watch-library'

export type LibraryEvent = { [K in keyof RiscontroEvents]: { name: K; payload: RiscontroEvents[K] } }[keyof RiscontroEvents]

export interface LibraryServiceOptions {
  /** Where the index cache and settings live (the user's data folder or RISCONTRO_DATA_DIR). */
  dataDir: string
  /** The bundled sample articles, opened when the user has not chosen a folder. */
  sampleFolder: string
  /** Keep the index current as files change (the app does; the CLI does not). */
  watch: boolean
}

export type OpenLinkOutcome = { status: 'shown'; target: LinkTarget } | { status: 'declined' } | { status: 'missing'; message: string }

/** A problem the user caused and can fix: its message is shown as is. */
export class LibraryError extends Error {
  override name = 'LibraryError'
}

interface OpenLibrary {
  generation: number
  folder: string
  isSample: boolean
  index: LibraryIndex
  comparison: LibraryComparison
  notes: LibraryNotes
  /** Where this library was last exported, so a confirmed overwrite goes to the same file. */
  lastExportPath?: string
  watch?: LibraryWatch
}

/** What exporting needs of the desktop: a save dialog and the clipboard (tests pass their own). */
export interface ExportEffects {
  /** The save dialog, offering the suggested name; its extension says which kind of file is saved. */
  chooseExportPath(suggestedName: string): Promise<string | null>
  writeClipboard(text: string): void
  /** Prints a self-contained HTML document to PDF (Electron's `webContents.printToPDF`). */
  printToPdf(html: string): Promise<Uint8Array>
}

/**
 * The library as the app sees it: which folder is open, its index, recent folders, and the events
 * the renderer needs. No Electron here; the IPC layer and the end-to-end bridge both wrap it.
 */
export class LibraryService {
  private current: OpenLibrary | null = null
  private generation = 0
  private settings: Settings | null = null
  private readonly listeners = new Set<(event: LibraryEvent) => void>()

  constructor(private readonly options: LibraryServiceOptions) {}

  subscribe(listener: (event: LibraryEvent) => void): Unsubscribe {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Opens the last library the user had open, or the sample articles when there is none. */
  async start(): Promise<LibrarySnapshot> {
    const settings = await this.loadedSettings()
    if (settings.lastFolder) {
      const stillThere = await stat(settings.lastFolder).then((s) => s.isDirectory(), () => false)
      if (stillThere) return this.openFolder(settings.lastFolder)
    }
    return this.openSampleLibrary()
  }

  getLibrary(): LibrarySnapshot | null {
    return this.current ? this.snapshotOf(this.current) : null
  }

  async openFolder(folder: string): Promise<LibrarySnapshot> {
    const absolute = resolve(folder)
    const stats = await stat(absolute).catch(() => null)
    if (!stats) throw new LibraryError(`The folder ${absolute} does not exist. Check the path, or choose another folder.`)
    if (!stats.isDirectory()) throw new LibraryError(`${absolute} is a file, not a folder. Choose the folder that holds your articles.`)
    const isSample = absolute === resolve(this.options.sampleFolder)
    const snapshot = await this.open(absolute, isSample)
    if (!isSample) {
      const settings = rememberFolder(await this.loadedSettings(), absolute, basename(absolute), new Date())
      this.settings = settings
      await saveSettings(this.options.dataDir, settings)
    }
    return snapshot
  }

  async openSampleLibrary(): Promise<LibrarySnapshot> {
    const snapshot = await this.open(resolve(this.options.sampleFolder), true)
    this.settings = { ...(await this.loadedSettings()), lastFolder: null }
    await saveSettings(this.options.dataDir, this.settings)
    return snapshot
  }

  async listRecentFolders(): Promise<RecentFolder[]> {
    return (await this.loadedSettings()).recentFolders
  }

  async readArticle(articleId: string): Promise<ArticleView> {
    return this.openLibrary().index.readArticle(articleId)
  }

  async getComparison(articleIds: string[]): Promise<Comparison> {
    const library = this.openLibrary()
    return library.comparison.compare(library.index, articleIds)
  }

  async correctComparison(articleIds: string[], correction: RowCorrection): Promise<Comparison> {
    const library = this.openLibrary()
    await library.comparison.correct(correction)
    return library.comparison.compare(library.index, articleIds)
  }

  async undoCorrection(articleIds: string[]): Promise<Comparison> {
    const library = this.openLibrary()
    await library.comparison.undo()
    return library.comparison.compare(library.index, articleIds)
  }

  async redoCorrection(articleIds: string[]): Promise<Comparison> {
    const library = this.openLibrary()
    await library.comparison.redo()
    return library.comparison.compare(library.index, articleIds)
  }

  async loadWorkspace(): Promise<Workspace | null> {
    const library = this.openLibrary()
    const workspace = await library.comparison.loadWorkspace()
    this.reportDamagedCopies(library)
    return workspace
  }

  async saveWorkspace(workspace: Workspace): Promise<void> {
    await this.openLibrary().comparison.saveWorkspace(workspace)
  }

  async listNotes(): Promise<Note[]> {
    return this.openLibrary().notes.list()
  }

  async saveNote(target: NoteTarget, body: string, verdict: NoteVerdict | null): Promise<Note | null> {
    const library = this.openLibrary()
    return library.notes.save(target, body, verdict, library.index)
  }

  async exportMarkdown(request: ExportRequest, effects: ExportEffects): Promise<ExportOutcome> {
    const library = this.openLibrary()
    const path = request.reuseLastPath && library.lastExportPath ? library.lastExportPath : await effects.chooseExportPath(`${basename(library.folder)} – confronto.md`)
    if (!path) return { status: 'cancelled' }
    library.lastExportPath = path
    const data = this.exportData(library, request.articleIds)
    const markdown = buildExport({
      ...data,
      title: this.exportTitle(library),
      createdAt: new Date(),
      flavour: request.flavour,
      scope: request.articleIds.length === 0 ? 'library' : 'comparison'
    })
    const written = await writeExport(path, markdown, { overwriteEdited: request.overwriteEdited })
    if (!written.ok) return { status: 'user-edited', path, regions: written.userEditedRegions }
    return { status: written.unchanged ? 'unchanged' : 'written', path, rows: data.rows.length, notes: data.notes.length }
  }

  async exportFile(request: ExportFileRequest, effects: ExportEffects): Promise<ExportFileOutcome> {
    const library = this.openLibrary()
    const path = await effects.chooseExportPath(`${basename(library.folder)} – confronto.${EXPORT_EXTENSIONS[request.format]}`)
    if (!path) return { status: 'cancelled' }
    const data = this.exportData(library, request.articleIds)
    const paths = await writeExportFile(
      path,
      request.format,
      { ...data, title: this.exportTitle(library), createdAt: new Date().toISOString().slice(0, 10) },
      { writeFile: nodeExportFileEffects.writeFile, printToPdf: (html) => effects.printToPdf(html) }
    )
    return { status: 'written', paths, rows: data.rows.length, notes: data.notes.length }
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
      return { status: 'missing', message: `The link names ${link.file}, which is no longer an article in ${basename(library.folder)}. It may have been renamed or deleted.` }
    }
    const target: LinkTarget = link.kind === 'claim' ? { generation: library.generation, articleId, start: link.start, end: link.end } : { generation: library.generation, articleId, start: null, end: null }
    this.emit({ name: 'linkOpened', payload: target })
    return { status: 'shown', target }
  }

  private exportTitle(library: OpenLibrary): string {
    return `${library.isSample ? 'Sample articles' : basename(library.folder)}: comparison`
  }

  async copyMarkdown(articleIds: string[], rowId: string | null, effects: ExportEffects): Promise<string> {
    const data = this.exportData(this.openLibrary(), articleIds)
    const row = rowId === null ? null : data.rows.find((candidate) => candidate.id === rowId)
    if (rowId !== null && !row) throw new LibraryError('That row is no longer in the comparison. It may have changed with the files; choose it again.')
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
    if (!explanation) throw new LibraryError('That row is no longer in the comparison. It may have changed with the files; choose it again.')
    return explanation
  }

  /** Notes and article texts holding every word of the query (folded: case, accents, quotes). */
  async searchLibrary(query: string): Promise<LibrarySearchResult> {
    const { index, notes } = this.openLibrary()
    return searchLibrary(index, notes.list(), query)
  }

  private exportData(library: OpenLibrary, articleIds: string[]): ExportData {
    return exportDataOf(library.comparison.compare(library.index, articleIds), library.notes.list(), library.folder)
  }

  private openLibrary(): OpenLibrary {
    if (!this.current) throw new LibraryError('No library is open. Open a folder first.')
    return this.current
  }

  private reportDamagedCopies(library: OpenLibrary): void {
    if (library.notes.damaged) {
      this.emit({ name: 'libraryProblem', payload: { generation: library.generation, message: library.notes.damaged.message } })
      library.notes.damaged = null
    }
    for (const copy of library.comparison.damagedCopies.splice(0)) {
      this.emit({
        name: 'libraryProblem',
        payload: {
          generation: library.generation,
          message: `A damaged file of your corrections or layout was set aside as ${copy}; Riscontro started afresh. Nothing was deleted.`
        }
      })
    }
  }

  /** Resolves once the open library has been fully indexed (used by the CLI and tests). */
  async whenIndexed(): Promise<void> {
    await this.indexing
  }

  /** Resolves once the open library's watcher reports changes (used by tests and the benchmark). */
  async whenWatching(): Promise<void> {
    await this.current?.watch?.ready
  }

  async close(): Promise<void> {
    const closing = this.current
    this.current = null
    if (!closing) return
    await closing.watch?.stop()
    await closing.index.close()
    // Indexing stops at the next file once the index is closed; wait so nothing writes after close.
    await this.indexing
  }

  private indexing: Promise<void> = Promise.resolve()

  private async open(folder: string, isSample: boolean): Promise<LibrarySnapshot> {
    await this.close()
    const generation = ++this.generation
    const index = new LibraryIndex(folder, this.options.dataDir, {
      onProgress: (progress) => this.emit({ name: 'indexProgress', payload: { generation, ...progress } }),
      onChange: (change) => this.emit({ name: 'libraryChanged', payload: { generation, ...change } })
    })
    const comparison = new LibraryComparison(this.options.dataDir, folder)
    const notes = new LibraryNotes(this.options.dataDir, folder)
    const library: OpenLibrary = { generation, folder, isSample, index, comparison, notes }
    this.current = library
    await index.loadCache()
    await comparison.load()
    await notes.load()
    const snapshot = this.snapshotOf(library)
    this.emit({ name: 'libraryOpened', payload: snapshot })
    this.reportDamagedCopies(library)
    this.indexing = index.index().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      this.emit({
        name: 'libraryProblem',
        payload: { generation, message: `Riscontro could not index ${folder}: ${message}. Check that the folder exists and is readable.` }
      })
    })
    if (this.options.watch) {
      library.watch = watchLibrary(folder, {
        onFileChanged: (file) => void index.refreshFile(file),
        onFileRemoved: (file) => index.removeFiles(file),
        onFolderMissing: () =>
          this.emit({
            name: 'libraryProblem',
            payload: {
              generation,
              message: `The folder ${folder} is no longer there (moved, renamed or deleted). The list shows what it held; open another folder or put it back.`
            }
          })
      })
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
    this.settings ??= await loadSettings(this.options.dataDir)
    return this.settings
  }
}
