import { z } from 'zod'
import type { RequestOutcome, RiscontroRequests } from '../../shared/contract'
import type { ExportEffects, LibraryService } from '../app/library-service'
import { userMessageOf } from '../storage/library-error'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'
import {
  articleId,
  articleIds,
  exportFileRequestSchema,
  exportRequestSchema,
  folderPath,
  generationSchema,
  noArguments,
  noteBody,
  noteTargetSchema,
  noteVerdictSchema,
  rowCorrectionSchema,
  rowId,
  searchQuery,
  uiLanguageOrSystem,
  workspaceSchema
} from './request-schemas'

/** Every request handler takes its arguments as `unknown`: they come from another process. */
export type RequestHandlers = {
  [K in keyof RiscontroRequests]: (...args: unknown[]) => ReturnType<RiscontroRequests[K]>
}

/** What the handlers need of the desktop; the Electron layer and the end-to-end bridge each give theirs. */
export interface DesktopEffects extends ExportEffects {
  /** Shows the system's folder dialog; null when the user cancels. */
  chooseFolder(): Promise<string | null>
}

/**
 * The main-process side of the contract: validates arguments, then calls the library service.
 * Article reads go by id, never by path, so the renderer cannot name a file outside the library.
 */
export function createRequestHandlers(service: LibraryService, effects: DesktopEffects): RequestHandlers {
  return {
    getLibrary: async (...args) => {
      noArguments.parse(args)
      return service.getLibrary()
    },
    openRecentFolder: async (...args) => {
      const [folder] = z.tuple([folderPath]).parse(args)
      return service.openRecentFolder(folder)
    },
    openDroppedFolder: async (...args) => {
      // Sent only by the preload, with the path of a File the user dropped (the page cannot name one).
      const [folder] = z.tuple([folderPath]).parse(args)
      return service.openFolder(folder)
    },
    chooseFolder: async (...args) => {
      noArguments.parse(args)
      const folder = await effects.chooseFolder()
      return folder === null ? null : service.openFolder(folder)
    },
    openSampleLibrary: async (...args) => {
      noArguments.parse(args)
      return service.openSampleLibrary()
    },
    listRecentFolders: async (...args) => {
      noArguments.parse(args)
      return service.listRecentFolders()
    },
    getUiLanguage: async (...args) => {
      noArguments.parse(args)
      return service.getUiLanguage()
    },
    setUiLanguage: async (...args) => {
      const [language] = z.tuple([uiLanguageOrSystem]).parse(args)
      return service.setUiLanguage(language)
    },
    listStartupProblems: async (...args) => {
      noArguments.parse(args)
      return service.listStartupProblems()
    },
    readArticle: async (...args) => {
      const [id] = z.tuple([articleId]).parse(args)
      return service.readArticle(id)
    },
    getComparison: async (...args) => {
      const [ids] = z.tuple([articleIds]).parse(args)
      return service.getComparison(ids)
    },
    correctComparison: async (...args) => {
      const [ids, correction] = z.tuple([articleIds, rowCorrectionSchema]).parse(args)
      return service.correctComparison(ids, correction)
    },
    undoCorrection: async (...args) => {
      const [ids] = z.tuple([articleIds]).parse(args)
      return service.undoCorrection(ids)
    },
    redoCorrection: async (...args) => {
      const [ids] = z.tuple([articleIds]).parse(args)
      return service.redoCorrection(ids)
    },
    loadWorkspace: async (...args) => {
      noArguments.parse(args)
      return service.loadWorkspace()
    },
    saveWorkspace: async (...args) => {
      const [generation, workspace] = z.tuple([generationSchema, workspaceSchema]).parse(args)
      return service.saveWorkspace(workspace, generation)
    },
    listNotes: async (...args) => {
      noArguments.parse(args)
      return service.listNotes()
    },
    saveNote: async (...args) => {
      const [generation, target, body, verdict] = z.tuple([generationSchema, noteTargetSchema, noteBody, noteVerdictSchema.nullable()]).parse(args)
      return service.saveNote(target, body, verdict, generation)
    },
    exportMarkdown: async (...args) => {
      const [request] = z.tuple([exportRequestSchema]).parse(args)
      return service.exportMarkdown(request, effects)
    },
    exportFile: async (...args) => {
      const [request] = z.tuple([exportFileRequestSchema]).parse(args)
      return service.exportFile(request, effects)
    },
    copyMarkdown: async (...args) => {
      const [ids, row] = z.tuple([articleIds, rowId.nullable()]).parse(args)
      return service.copyMarkdown(ids, row, effects)
    },
    searchLibrary: async (...args) => {
      const [query] = z.tuple([searchQuery]).parse(args)
      return service.searchLibrary(query)
    },
    listStories: async (...args) => {
      noArguments.parse(args)
      return service.listStories()
    },
    explainRow: async (...args) => {
      const [ids, row] = z.tuple([articleIds, rowId]).parse(args)
      return service.explainRow(ids, row)
    }
  }
}

/** Runs a handler and packs its result, or its error as a message for the user, for the trip across the boundary. */
export async function settleRequest<T>(run: () => Promise<T>): Promise<RequestOutcome<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, error: describeRequestError(error) }
  }
}

function describeRequestError(error: unknown): UserMessage {
  if (error instanceof z.ZodError) {
    return userMessage('invalidRequest', { details: error.issues.map((issue) => `${issue.path.join('.') || 'arguments'} ${issue.message}`).join('; ') })
  }
  return userMessageOf(error)
}
