/// <reference lib="dom" />
import type { RequestOutcome, RiscontroApi, RiscontroEvents } from '../../src/shared/contract'

/**
 * Runs in the page before the renderer (Playwright `addInitScript`): defines `window.riscontro`
 * as the preload would, over the bridge server. Self-contained, because Playwright sends its source.
 */
export function installBridge(): void {
  const events = new EventSource('/events')
  // Answer no request before the event stream is connected, so no change after a snapshot is missed.
  const connected = new Promise<void>((resolve) => events.addEventListener('open', () => resolve(), { once: true }))
  const call = async (name: string, args: unknown[]): Promise<never> => {
    await connected
    const response = await fetch(`/api/${name}`, { method: 'POST', body: JSON.stringify(args) })
    const outcome = (await response.json()) as RequestOutcome<never>
    // As the preload's requestFailureError (src/shared/request-failure.ts), which this script cannot import.
    if (!outcome.ok) throw new Error(`riscontro-failure:${JSON.stringify(outcome.error)}`)
    return outcome.value
  }
  const subscribe = <K extends keyof RiscontroEvents>(name: K, listener: (payload: RiscontroEvents[K]) => void): (() => void) => {
    const forward = (event: MessageEvent<string>): void => listener(JSON.parse(event.data) as RiscontroEvents[K])
    events.addEventListener(name, forward)
    return () => events.removeEventListener(name, forward)
  }
  const api: RiscontroApi = {
    getLibrary: () => call('getLibrary', []),
    openRecentFolder: (folder) => call('openRecentFolder', [folder]),
    // A browser does not reveal where a dropped file lives; tests open folders through the bridge instead.
    openDroppedFolder: async () => null,
    chooseFolder: () => call('chooseFolder', []),
    openSampleLibrary: () => call('openSampleLibrary', []),
    listRecentFolders: () => call('listRecentFolders', []),
    listStartupProblems: () => call('listStartupProblems', []),
    readArticle: (articleId) => call('readArticle', [articleId]),
    getComparison: (articleIds) => call('getComparison', [articleIds]),
    correctComparison: (articleIds, correction) => call('correctComparison', [articleIds, correction]),
    undoCorrection: (articleIds) => call('undoCorrection', [articleIds]),
    redoCorrection: (articleIds) => call('redoCorrection', [articleIds]),
    loadWorkspace: () => call('loadWorkspace', []),
    saveWorkspace: (generation, workspace) => call('saveWorkspace', [generation, workspace]),
    listNotes: () => call('listNotes', []),
    saveNote: (generation, target, body, verdict) => call('saveNote', [generation, target, body, verdict]),
    searchLibrary: (query) => call('searchLibrary', [query]),
    listStories: () => call('listStories', []),
    explainRow: (articleIds, rowId) => call('explainRow', [articleIds, rowId]),
    exportMarkdown: (request) => call('exportMarkdown', [request]),
    exportFile: (request) => call('exportFile', [request]),
    copyMarkdown: (articleIds, rowId) => call('copyMarkdown', [articleIds, rowId]),
    getUiLanguage: () => call('getUiLanguage', []),
    setUiLanguage: (language) => call('setUiLanguage', [language]),
    onLibraryOpened: (listener) => subscribe('libraryOpened', listener),
    onLibraryChanged: (listener) => subscribe('libraryChanged', listener),
    onIndexProgress: (listener) => subscribe('indexProgress', listener),
    onLibraryProblem: (listener) => subscribe('libraryProblem', listener),
    onNotesChanged: (listener) => subscribe('notesChanged', listener),
    onLinkOpened: (listener) => subscribe('linkOpened', listener),
    onUiLanguageChanged: (listener) => subscribe('uiLanguageChanged', listener)
  }
  ;(window as unknown as { riscontro: RiscontroApi }).riscontro = api
}
