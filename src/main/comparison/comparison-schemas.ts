import { z } from 'zod'
import { noteVerdicts, type RowCorrection, type Workspace } from '../../shared/model'

/** Claim and article ids are 16 hex digits; anything else is refused before it reaches the library. */
export const ENTITY_ID = /^[0-9a-f]{16}$/
export const entityId = z.string().regex(ENTITY_ID, 'must be an id')

export const rowCorrectionSchema: z.ZodType<RowCorrection> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), claimId: entityId, withClaimId: entityId }),
  z.object({ kind: z.literal('move'), claimId: entityId, toRowOf: entityId.nullable() }),
  z.object({ kind: z.literal('split'), claimIds: z.array(entityId).min(1).max(10_000) }),
  z.object({ kind: z.literal('rename'), claimId: entityId, label: z.string().max(200) }),
  z.object({ kind: z.literal('hide'), claimId: entityId }),
  z.object({ kind: z.literal('unhide-claim'), claimId: entityId }),
  z.object({ kind: z.literal('move-article'), articleId: entityId, toStoryOf: entityId.nullable() })
])

export const correctionHistorySchema = z.object({
  version: z.literal(1),
  entries: z.array(rowCorrectionSchema),
  cursor: z.number().int().min(0)
})

const MAX_PANES = 6

export const workspaceSchema: z.ZodType<Workspace> = z.object({
  view: z.enum(['library', 'compare']),
  comparedArticleIds: z.array(entityId).max(100_000),
  compareAll: z.boolean(),
  paneArticleIds: z.array(entityId).max(MAX_PANES),
  paneWidths: z.array(z.number().positive().max(100)).max(MAX_PANES),
  tableShare: z.number().min(0.1).max(0.9),
  rowSearch: z.string().max(500),
  disagreementsOnly: z.boolean(),
  rowSort: z.enum(['label', 'spread', 'sources', 'verdict']),
  rowSortDescending: z.boolean(),
  syncScroll: z.boolean(),
  sidebarCollapsed: z.boolean().optional(),
  rowPanelCollapsed: z.boolean().optional(),
  userVerdictFilter: z.enum([...noteVerdicts, 'none']).nullable().optional(),
  readingArticleId: entityId.nullable().optional(),
  maximizedPaneId: entityId.nullable().optional()
})
