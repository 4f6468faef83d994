import { z } from 'zod'
import { noteVerdicts, type ExportFileRequest, type ExportRequest, type NoteTarget } from '../../shared/api'
import { entityId } from '../comparison/comparison-schemas'

/** Row ids are `row-` and 16 hex digits (alignment's rowIdFor). */
export const rowId = z.string().regex(/^row-[0-9a-f]{16}$/, 'must be a row id')

export const noteVerdictSchema = z.enum(noteVerdicts)

export const noteTargetSchema: z.ZodType<NoteTarget> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }),
  z.object({ kind: z.literal('article'), articleId: entityId }),
  z.object({ kind: z.literal('claim'), claimId: entityId, articleId: entityId }),
  z.object({ kind: z.literal('row'), rowId, claimIds: z.array(entityId).min(1).max(10_000) })
])

export const exportFileRequestSchema: z.ZodType<ExportFileRequest> = z.object({
  articleIds: z.array(entityId).max(100_000),
  format: z.enum(['csv', 'xlsx', 'json', 'html', 'pdf'])
})

export const exportRequestSchema: z.ZodType<ExportRequest> = z.object({
  articleIds: z.array(entityId).max(100_000),
  flavour: z.enum(['plain', 'obsidian']),
  reuseLastPath: z.boolean(),
  overwriteEdited: z.boolean()
})
