/**
 * The contract between Riscontro's main process and its renderer: each request, the events main
 * pushes, their channels, and how results cross the boundary. Main implements the requests
 * (src/main/api), the preload exposes them one function per operation (src/preload), and the
 * renderer reads them in exactly one module (src/renderer/src/lib/bridge.ts). What they carry is
 * the model (model.ts), so a field renamed there breaks the build on every side.
 */

import type { UiLanguage } from './i18n/languages'
import type { UserMessage } from './i18n/user-message'
import type { ArticleView, Comparison, IndexProgress, LibraryDelta, LibraryProblem, LibrarySearchResult, LibrarySnapshot, Note, NoteTarget, NoteVerdict, RecentFolder, RowCorrection, RowExplanation, Story, Workspace } from './model'

export type Unsubscribe = () => void

/** The interface's language, and the one the user chose (null: the system's, which gave `language`). */
export interface UiLanguageChoice {
  language: UiLanguage
  chosen: UiLanguage | null
}

/** Requests the renderer makes; each is one IPC channel, validated in main. */
export interface RiscontroRequests {
  /** The library open now, or null while none is. */
  getLibrary(): Promise<LibrarySnapshot | null>
  /**
   * Opens a folder of the recent list; any other path is refused. The renderer never opens a path it
   * names itself (a compromised page must not read ~/.ssh): folders come from the dialog, the
   * recent list, or a drop (issue 15).
   */
  openRecentFolder(folder: string): Promise<LibrarySnapshot>
  /**
   * Opens a folder the user dropped on the window. Only the preload sends this, with the path
   * Electron gives for a real dropped File; the page's API takes the File, never a path.
   */
  openDroppedFolder(folder: string): Promise<LibrarySnapshot>
  /** Asks the user for a folder with the system dialog; null when cancelled. */
  chooseFolder(): Promise<LibrarySnapshot | null>
  openSampleLibrary(): Promise<LibrarySnapshot>
  listRecentFolders(): Promise<RecentFolder[]>
  /** Why no library could be opened at start (e.g. its notes file cannot be read); empty once one opens. */
  listStartupProblems(): Promise<UserMessage[]>
  readArticle(articleId: string): Promise<ArticleView>
  /** Aligns the claims of these articles (all readable articles when empty) into rows. */
  getComparison(articleIds: string[]): Promise<Comparison>
  /** Records a correction for the open library, then answers the comparison with it applied. */
  correctComparison(articleIds: string[], correction: RowCorrection): Promise<Comparison>
  undoCorrection(articleIds: string[]): Promise<Comparison>
  redoCorrection(articleIds: string[]): Promise<Comparison>
  /** The open library's saved workspace, or null when the user has arranged nothing yet. */
  loadWorkspace(): Promise<Workspace | null>
  /** Saves the workspace of the library opened as `generation`; refused if another library is open now. */
  saveWorkspace(generation: number, workspace: Workspace): Promise<void>
  /** Every note of the open library. */
  listNotes(): Promise<Note[]>
  /**
   * Creates or updates the one note of this target in the library opened as `generation` (refused if
   * another library is open now); an empty body with no verdict deletes it.
   */
  saveNote(generation: number, target: NoteTarget, body: string, verdict: NoteVerdict | null): Promise<Note | null>
  /** Writes the comparison (or the library) as Markdown to a file the user picks. */
  exportMarkdown(request: ExportRequest): Promise<ExportOutcome>
  /** Writes the comparison (or the library) as CSV, XLSX, JSON, an HTML report or a PDF, to a file the user picks. */
  exportFile(request: ExportFileRequest): Promise<ExportFileOutcome>
  /** Puts one row (or, with null, the whole table) on the clipboard as Markdown; answers the text. */
  copyMarkdown(articleIds: string[], rowId: string | null): Promise<string>
  /** Finds the notes and the articles whose text hold every word of the query. */
  searchLibrary(query: string): Promise<LibrarySearchResult>
  /** The whole library grouped into stories, with the user's story corrections applied. */
  listStories(): Promise<Story[]>
  /** Why a row's claims were joined, and why the closest claim outside it was not. */
  explainRow(articleIds: string[], rowId: string): Promise<RowExplanation>
  getUiLanguage(): Promise<UiLanguageChoice>
  /** Sets the interface language (null: follow the system's), saved in the settings; every window follows at once. */
  setUiLanguage(language: UiLanguage | null): Promise<UiLanguageChoice>
}

/** A `riscontro://` link was opened: show this article, and the claim at these offsets when given. */
export interface LinkTarget {
  generation: number
  articleId: string
  start: number | null
  end: number | null
}

/** Events main pushes to the renderer. */
export interface RiscontroEvents {
  libraryOpened: LibrarySnapshot
  libraryChanged: LibraryDelta
  indexProgress: IndexProgress
  libraryProblem: LibraryProblem
  /** Main re-attached the notes of library `generation` to changed rows in the background: read them again. */
  notesChanged: { generation: number }
  linkOpened: LinkTarget
  uiLanguageChanged: UiLanguageChoice
}

/** What the preload exposes as `window.riscontro`. */
export interface RiscontroApi extends Omit<RiscontroRequests, 'openDroppedFolder'> {
  /** Opens the folder the user dropped; null when the dropped item has no path on disk (not a file from the file manager). */
  openDroppedFolder(file: File): Promise<LibrarySnapshot | null>
  onLibraryOpened(listener: (snapshot: LibrarySnapshot) => void): Unsubscribe
  onLibraryChanged(listener: (delta: LibraryDelta) => void): Unsubscribe
  onIndexProgress(listener: (progress: IndexProgress) => void): Unsubscribe
  onLibraryProblem(listener: (problem: LibraryProblem) => void): Unsubscribe
  onNotesChanged(listener: (change: { generation: number }) => void): Unsubscribe
  onLinkOpened(listener: (target: LinkTarget) => void): Unsubscribe
  onUiLanguageChanged(listener: (choice: UiLanguageChoice) => void): Unsubscribe
}

export const requestChannels = {
  getLibrary: 'library:get',
  openRecentFolder: 'library:open-recent',
  openDroppedFolder: 'library:open-dropped',
  chooseFolder: 'library:choose-folder',
  openSampleLibrary: 'library:open-sample',
  listRecentFolders: 'library:list-recent',
  listStartupProblems: 'library:startup-problems',
  readArticle: 'article:read',
  getComparison: 'comparison:get',
  correctComparison: 'comparison:correct',
  undoCorrection: 'comparison:undo',
  redoCorrection: 'comparison:redo',
  loadWorkspace: 'workspace:load',
  saveWorkspace: 'workspace:save',
  listNotes: 'notes:list',
  saveNote: 'notes:save',
  exportMarkdown: 'export:markdown',
  exportFile: 'export:file',
  copyMarkdown: 'export:copy',
  searchLibrary: 'library:search',
  listStories: 'comparison:stories',
  explainRow: 'comparison:explain-row',
  getUiLanguage: 'settings:get-language',
  setUiLanguage: 'settings:set-language'
} as const satisfies Record<keyof RiscontroRequests, string>

export const eventChannels = {
  libraryOpened: 'event:library-opened',
  libraryChanged: 'event:library-changed',
  indexProgress: 'event:index-progress',
  libraryProblem: 'event:library-problem',
  notesChanged: 'event:notes-changed',
  linkOpened: 'event:link-opened',
  uiLanguageChanged: 'event:ui-language-changed'
} as const satisfies Record<keyof RiscontroEvents, string>

/**
 * Sent by the preload itself on every right-click (it is not part of `window.riscontro`): the claim
 * under the pointer, read from its `mark[data-claim-id][data-article-id]`, or null. Main's context
 * menu offers "Copy claim as Markdown" for it.
 */
export const contextMenuTargetChannel = 'preload:context-menu-target'

export interface ContextMenuTarget {
  articleId: string
  claimId: string
}

export type ExportFlavour = 'plain' | 'obsidian'

export interface ExportRequest {
  /** The compared articles; empty for the whole library. */
  articleIds: string[]
  flavour: ExportFlavour
  /** Write to the file chosen last time instead of asking (after the user confirmed an overwrite). */
  reuseLastPath: boolean
  /** Replace generated parts the user edited by hand. */
  overwriteEdited: boolean
}

/** Export formats besides Markdown: the table as CSV or a workbook, the `scan --json` document, a report as HTML or PDF. */
export type ExportFileFormat = 'csv' | 'xlsx' | 'json' | 'html' | 'pdf'

export interface ExportFileRequest {
  /** The compared articles; empty for the whole library. */
  articleIds: string[]
  format: ExportFileFormat
}

export type ExportFileOutcome =
  | { status: 'cancelled' }
  /** `paths`: every file written (a CSV export writes the table and, beside it, its claims). */
  | { status: 'written'; paths: string[]; rows: number; notes: number }

export type ExportOutcome =
  | { status: 'cancelled' }
  | { status: 'written' | 'unchanged'; path: string; rows: number; notes: number }
  /** The file has hand edits inside generated parts: ask, then export again with `overwriteEdited`. */
  | { status: 'user-edited'; path: string; regions: string[] }

/**
 * How a request's result crosses the process boundary. An error travels as a message for the user
 * (a code and its parameters, said in the interface's language by the page, with its English for
 * logs), never as a wrapped stack.
 */
export type RequestOutcome<T> = { ok: true; value: T } | { ok: false; error: UserMessage }
