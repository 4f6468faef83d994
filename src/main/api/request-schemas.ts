import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { type ExportFileRequest, type ExportRequest } from '../../shared/contract'
import { noteVerdicts, type NoteTarget } from '../../shared/model'
import { uiLanguages } from '../../shared/i18n/languages'
import { ENTITY_ID, entityId, rowCorrectionSchema, workspaceSchema } from '../comparison/comparison-schemas'

/**
 * Every schema a request's arguments are parsed with, in one place: they come from another process.
 * Corrections and the workspace are also the shapes the comparison stores on disk, so they are
 * defined beside those files (comparison/comparison-schemas.ts) and used from there.
 */
export { entityId, rowCorrectionSchema, workspaceSchema }

export const noArguments = z.tuple([])

export const folderPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => isAbsolute(path), 'must be an absolute path')
  .refine((path) => !path.includes('\0'), 'must not contain NUL characters')

/** An entity id, named in the error message: the renderer asked for an article. */
export const articleId = z.string().regex(ENTITY_ID, 'must be an article id')
export const articleIds = z.array(entityId).max(100_000)

/** Which library a save was made in: a save from a library no longer open is refused. */
export const generationSchema = z.number().int().min(1)

/** Row ids are `row-` and 16 hex digits (alignment's rowIdFor). */
export const rowId = z.string().regex(/^row-[0-9a-f]{16}$/, 'must be a row id')

export const noteVerdictSchema = z.enum(noteVerdicts)

export const noteTargetSchema: z.ZodType<NoteTarget> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }),
  z.object({ kind: z.literal('article'), articleId: entityId }),
  z.object({ kind: z.literal('claim'), claimId: entityId, articleId: entityId }),
  z.object({ kind: z.literal('row'), rowId, claimIds: z.array(entityId).min(1).max(10_000) })
])

export const noteBody = z.string().max(1_000_000)

export const searchQuery = z.string().max(1000)

/** The interface language the user chose; null follows the system's. */
export const uiLanguageOrSystem = z.enum(uiLanguages).nullable()

export const exportFileRequestSchema: z.ZodType<ExportFileRequest> = z.object({
  articleIds,
  format: z.enum(['csv', 'xlsx', 'json', 'html', 'pdf'])
})

export const exportRequestSchema: z.ZodType<ExportRequest> = z.object({
  articleIds,
  flavour: z.enum(['plain', 'obsidian']),
  reuseLastPath: z.boolean(),
  overwriteEdited: z.boolean()
})
