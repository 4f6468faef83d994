import type { StateCreator } from 'zustand'
import type { ArticleSummary, IndexProgress, LibraryDelta, LibrarySnapshot, RecentFolder } from '../../../shared/model'
import { compareText } from '../../../shared/compare-text'
import { getBridge } from '../lib/bridge'
import { describeError, describeMessage } from '../lib/describe-error'
import type { AppState } from './app-store'

export interface LibrarySlice {
  library: LibrarySnapshot | null
  /** Every file of the open library, in path order (the snapshot's order), kept current by deltas. */
  articles: ArticleSummary[]
  progress: IndexProgress | null
  recentFolders: RecentFolder[]
  /** A folder is being opened (the dialog or the first snapshot is pending). */
  opening: boolean
  /** Subscribes to main's events and shows the library main opened; returns the unsubscribe. */
  connectLibrary(): () => void
  chooseFolder(): Promise<void>
  openRecentFolder(folder: string): Promise<void>
  /** Opens a dropped folder; false when the dropped item was not a file from the file manager. */
  openDroppedFolder(file: File): Promise<boolean>
  openSampleLibrary(): Promise<void>
  loadRecentFolders(): Promise<void>
}

function applyDelta(articles: ArticleSummary[], delta: LibraryDelta): ArticleSummary[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  for (const id of delta.removed) byId.delete(id)
  for (const article of delta.upserted) byId.set(article.id, article)
  return [...byId.values()].sort((a, b) => compareText(a.file, b.file))
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => {
  const showLibrary = (snapshot: LibrarySnapshot): void => {
    const current = get().library
    // Events of a library opened earlier can arrive late; never go back to it.
    if (current && snapshot.generation < current.generation) return
    // The same library arrives twice (the `libraryOpened` event and the request's answer); deltas
    // applied in between are newer than either copy's list, so only the first copy's list is taken.
    if (current?.generation === snapshot.generation) return
    set({ library: snapshot, articles: snapshot.articles, progress: null, opening: false, lastArticleMove: null })
    get().closeArticle()
    get().refreshStories()
    void get().loadRecentFolders()
    void get().restoreWorkspace()
    void get().loadNotes()
    get().refreshTextSearch()
  }

  /** Runs one library operation, turning its failure into a banner instead of an unhandled rejection. */
  const run = async (operation: () => Promise<LibrarySnapshot | null>): Promise<void> => {
    set({ opening: true })
    try {
      // Notes typed in this library are saved into it before another one is opened.
      await get().flushNotes()
      const snapshot = await operation()
      if (snapshot) showLibrary(snapshot)
    } catch (error) {
      get().showProblem(describeError(error))
    } finally {
      set({ opening: false })
    }
  }

  return {
    library: null,
    articles: [],
    progress: null,
    recentFolders: [],
    opening: true,

    connectLibrary() {
      const api = getBridge()
      const unsubscribers = [
        api.onLibraryOpened(showLibrary),
        api.onLibraryChanged((delta) => {
          if (delta.generation !== get().library?.generation) return
          set({ articles: applyDelta(get().articles, delta) })
          get().onArticlesChanged(delta)
          get().onComparedArticlesChanged(delta)
          get().refreshTextSearch()
          get().refreshStoriesSoon()
        }),
        api.onIndexProgress((progress) => {
          if (progress.generation === get().library?.generation) set({ progress })
        }),
        api.onLibraryProblem((problem) => {
          if (problem.generation === 0 || problem.generation === get().library?.generation) get().showProblem(describeMessage(problem))
        }),
        // Main re-attached notes to changed rows on its own (after indexing, after files changed).
        api.onNotesChanged((change) => {
          if (change.generation === get().library?.generation) void get().refreshNotes()
        }),
        // A riscontro:// link from an export: show its article, and the claim at its offsets.
        api.onLinkOpened((target) => {
          if (target.generation !== get().library?.generation) return
          get().setView('library')
          void get()
            .openArticle(target.articleId)
            .then(() => {
              const claim = get().articleView?.claims.find((candidate) => candidate.start === target.start && candidate.end === target.end)
              if (claim) get().focusClaim(claim.id)
            })
        })
      ]
      // Main may have opened the library before we subscribed; if not, `libraryOpened` brings it.
      // Main may also have failed to open the last library before we subscribed: say why.
      void api.getLibrary().then(
        async (snapshot) => {
          if (snapshot) return showLibrary(snapshot)
          const problems = await api.listStartupProblems()
          if (problems.length === 0 || get().library) return
          set({ opening: false })
          for (const problem of problems) get().showProblem(describeMessage(problem))
        },
        (error: unknown) => get().showProblem(describeError(error))
      )
      void get().loadRecentFolders()
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe())
    },

    chooseFolder: () => run(() => getBridge().chooseFolder()),
    openRecentFolder: (folder) => run(() => getBridge().openRecentFolder(folder)),
    async openDroppedFolder(file) {
      let hadPath = true
      await run(async () => {
        const snapshot = await getBridge().openDroppedFolder(file)
        hadPath = snapshot !== null
        return snapshot
      })
      return hadPath
    },
    openSampleLibrary: () => run(() => getBridge().openSampleLibrary()),

    async loadRecentFolders() {
      try {
        set({ recentFolders: await getBridge().listRecentFolders() })
      } catch {
        // The recent list is a convenience; the library works without it.
      }
    }
  }
}
