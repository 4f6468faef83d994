import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { contextMenuTargetChannel, eventChannels, requestChannels, type RequestOutcome, type RiscontroApi, type RiscontroEvents, type RiscontroRequests } from '../shared/contract'
import { requestFailureError } from '../shared/request-failure'

type RequestArgs<K extends keyof RiscontroRequests> = Parameters<RiscontroRequests[K]>
type RequestValue<K extends keyof RiscontroRequests> = Awaited<ReturnType<RiscontroRequests[K]>>

async function invoke<K extends keyof RiscontroRequests>(name: K, ...args: RequestArgs<K>): Promise<RequestValue<K>> {
  const outcome = (await ipcRenderer.invoke(requestChannels[name], ...args)) as RequestOutcome<RequestValue<K>>
  if (!outcome.ok) throw requestFailureError(outcome.error)
  return outcome.value
}

function subscribe<K extends keyof RiscontroEvents>(name: K, listener: (payload: RiscontroEvents[K]) => void): () => void {
  // Wrap the listener so the page never receives Electron's event object (it carries `sender`).
  const forward = (_event: IpcRendererEvent, payload: RiscontroEvents[K]): void => listener(payload)
  ipcRenderer.on(eventChannels[name], forward)
  return () => ipcRenderer.removeListener(eventChannels[name], forward)
}

// A closed menu: one function per operation, never a relay that takes a channel name.
const api = {
  getLibrary: () => invoke('getLibrary'),
  openRecentFolder: (folder) => invoke('openRecentFolder', folder),
  // The path comes from Electron for a real dropped File: the page never names a path to open.
  openDroppedFolder: async (file) => {
    const folder = webUtils.getPathForFile(file)
    return folder ? invoke('openDroppedFolder', folder) : null
  },
  chooseFolder: () => invoke('chooseFolder'),
  openSampleLibrary: () => invoke('openSampleLibrary'),
  listRecentFolders: () => invoke('listRecentFolders'),
  listStartupProblems: () => invoke('listStartupProblems'),
  readArticle: (articleId) => invoke('readArticle', articleId),
  getComparison: (articleIds) => invoke('getComparison', articleIds),
  correctComparison: (articleIds, correction) => invoke('correctComparison', articleIds, correction),
  undoCorrection: (articleIds) => invoke('undoCorrection', articleIds),
  redoCorrection: (articleIds) => invoke('redoCorrection', articleIds),
  loadWorkspace: () => invoke('loadWorkspace'),
  saveWorkspace: (generation, workspace) => invoke('saveWorkspace', generation, workspace),
  listNotes: () => invoke('listNotes'),
  saveNote: (generation, target, body, verdict) => invoke('saveNote', generation, target, body, verdict),
  searchLibrary: (query) => invoke('searchLibrary', query),
  listStories: () => invoke('listStories'),
  explainRow: (articleIds, rowId) => invoke('explainRow', articleIds, rowId),
  exportMarkdown: (request) => invoke('exportMarkdown', request),
  exportFile: (request) => invoke('exportFile', request),
  copyMarkdown: (articleIds, rowId) => invoke('copyMarkdown', articleIds, rowId),
  getUiLanguage: () => invoke('getUiLanguage'),
  setUiLanguage: (language) => invoke('setUiLanguage', language),
  onLibraryOpened: (listener) => subscribe('libraryOpened', listener),
  onLibraryChanged: (listener) => subscribe('libraryChanged', listener),
  onIndexProgress: (listener) => subscribe('indexProgress', listener),
  onLibraryProblem: (listener) => subscribe('libraryProblem', listener),
  onNotesChanged: (listener) => subscribe('notesChanged', listener),
  onLinkOpened: (listener) => subscribe('linkOpened', listener),
  onUiLanguageChanged: (listener) => subscribe('uiLanguageChanged', listener)
} satisfies RiscontroApi

contextBridge.exposeInMainWorld('riscontro', api)

// Before main opens the context menu, tell it which claim (if any) is under the pointer. Main only
// copies a claim it finds in that article of the open library.
window.addEventListener(
  'contextmenu',
  (event) => {
    const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark[data-claim-id][data-article-id]') : null
    const target = mark ? { articleId: mark.dataset.articleId!, claimId: mark.dataset.claimId! } : null
    ipcRenderer.send(contextMenuTargetChannel, target)
  },
  true
)
