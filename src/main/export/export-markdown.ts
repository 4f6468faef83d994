import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { RootContent, Table } from 'mdast'
import type { Comparison } from '../../shared/api'
import type { Note } from '../notes/note-types'
import { reconcileNotes } from '../notes/reconcile-notes'
import { buildComparisonTable, buildFootnoteDefinitions, ExportIndex } from './comparison-table'
import { wrapRegion } from './export-regions'
import { buildLibraryNoteSection, buildOrphanedSection, buildRowSection, buildSourcesSection, toRowBlockId } from './export-sections'
import type { ExportData, ExportInput } from './export-types'
import { buildFrontMatter } from './front-matter'
import { paragraph, serializeMarkdown, text } from './markdown-tree'
import { mergeExport } from './merge-export'
import { removeStaleTemporaryFiles, writeFileDurably } from '../storage/write-file-durably'

export type { ExportData, ExportFlavour, ExportInput } from './export-types'

/**
 * The Markdown file for a comparison (or the whole library): front matter, a summary, the table
 * with a footnote per cited claim, the library note, a section per row with its verdict and the
 * user's notes, the sources with their notes, and notes whose text is gone. Every part but the
 * front matter is a marked region (export-regions.ts) so a re-export can update it in place.
 * Pure and deterministic: the same input gives the same bytes.
 */
/** The comparison as exported: its rows, and the library's notes matched to them (row notes follow their claims). */
export function exportDataOf(comparison: Comparison, notes: readonly Note[], library: string | null = null): ExportData {
  const claimsById = new Map(comparison.claims.map((claim) => [claim.id, claim]))
  const articlesById = new Map(comparison.articles.map((article) => [article.id, article]))
  const reconciled = reconcileNotes(notes, claimsById, comparison.rows, articlesById).notes
  return { articles: comparison.articles, claims: comparison.claims, rows: comparison.rows, notes: reconciled, library, stories: comparison.stories }
}

export function buildExport(input: ExportInput): string {
  const index = new ExportIndex(input)
  const created = formatCalendarDate(input.createdAt)
  const conflicting = input.rows.filter((row) => index.isConflicting(row)).length
  const regions: Array<[string, RootContent[]]> = [
    [
      'summary',
      [
        { type: 'heading', depth: 1, children: [text(input.title)] },
        paragraph(
          text(
            `Exported from Riscontro on ${created}: ${pluralize(input.rows.length, 'row')} from ${pluralize(index.columns.length, 'source')}, ${conflicting} conflicting.`
          )
        )
      ]
    ],
    ['table', buildTableSection(index, input.flavour)],
    ['notes', buildLibraryNoteSection(input.notes.filter((note) => note.target.kind === 'library'))],
    ...input.rows.map((row): [string, RootContent[]] => [toRowBlockId(row), buildRowSection(index, row, input.flavour)]),
    ['sources', buildSourcesSection(index, index.columns)],
    ['orphaned-notes', buildOrphanedSection(selectOrphanedNotes(input, index))],
    ['footnotes', buildFootnoteDefinitions(index, [...index.footnoteLabels.keys()])]
  ]
  const frontMatter = buildFrontMatter({
    title: input.title,
    created,
    sources: index.columns.map((article) => article.title),
    tags: ['riscontro']
  })
  const body = regions
    .filter(([, nodes]) => nodes.length > 0)
    .map(([id, nodes]) => flatten(wrapRegion(id, serializeRegion(nodes, !index.isLongTable))))
    .join('\n\n')
  return `${frontMatter}\n\n${body}\n`
}

/**
 * Nodes serialized at once. mdast-util-to-markdown holds its whole tree and output while it works:
 * the 30,000 footnotes of a 3,000-article library in one call took 250 MB and most of a 900 MB peak.
 */
const SERIALIZE_BATCH = 500

/** A region's Markdown, serialized a batch of nodes (or of table lines) at a time; the same text as one call gives. */
function serializeRegion(nodes: readonly RootContent[], alignTables: boolean): string {
  const parts: string[] = []
  let batch: RootContent[] = []
  const flush = (): void => {
    if (batch.length > 0) parts.push(serializeMarkdown(batch, { alignTables }))
    batch = []
  }
  for (const node of nodes) {
    if (node.type === 'table' && node.children.length > SERIALIZE_BATCH + 1) {
      flush()
      parts.push(serializeLongTable(node))
      continue
    }
    batch.push(node)
    if (batch.length >= SERIALIZE_BATCH) flush()
  }
  flush()
  return parts.join('\n\n')
}

/** A table of many lines, a batch of lines at a time; unaligned, since batches cannot share column widths. */
function serializeLongTable(table: Table): string {
  const [header, ...lines] = table.children
  const parts: string[] = []
  for (let start = 0; start < lines.length; start += SERIALIZE_BATCH) {
    const text = serializeMarkdown([{ ...table, children: [header!, ...lines.slice(start, start + SERIALIZE_BATCH)] }], { alignTables: false })
    // Every batch but the first drops its header and delimiter lines.
    parts.push(start === 0 ? text : text.split('\n').slice(2).join('\n'))
  }
  return parts.join('\n')
}

/**
 * The same text as one contiguous string. Strings built by joining and slicing are kept by V8 as
 * trees of their pieces; a 3,000-article export held 300 MB of heap for 20 MB of text that way.
 */
function flatten(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}

/** What a file system does for `writeExport`; tests pass their own. */
export interface ExportFileSystem {
  /** The file's text, or null when there is no such file. */
  readText(path: string): Promise<string | null>
  /** Replaces the file in one step (temporary file, then rename), so an interruption leaves the old file whole. */
  writeTextAtomic(path: string, text: string): Promise<void>
}

export type WriteExportResult =
  | {
      ok: true
      /** What the file holds now. */
      text: string
      /** There was no file before. */
      created: boolean
      /** The file already held exactly this: nothing was written. */
      unchanged: boolean
      /** Regions the user had edited that this write replaced (only with `overwriteEdited`). */
      overwrittenRegions: string[]
    }
  | {
      ok: false
      reason: 'user-edited'
      /** The regions the user edited inside: the app asks, then calls again with `overwriteEdited: true`. */
      userEditedRegions: string[]
    }

/** An export would be merged into a file that is not UTF-8: rewriting it as UTF-8 would destroy its accents. */
export class NotUtf8ExportError extends Error {
  override name = 'NotUtf8ExportError'
  constructor(readonly path: string) {
    super(
      `${path} is not UTF-8 text (perhaps Windows-1252), and Riscontro writes UTF-8: updating it would garble its accented letters. Nothing was written. Choose another file, or convert this one to UTF-8 first.`
    )
  }
}

// ignoreBOM keeps a byte order mark in the text, so the merge writes it back as the file had it.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export const nodeExportFileSystem: ExportFileSystem = {
  async readText(path) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(path)
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null
      throw error
    }
    try {
      return strictUtf8.decode(bytes)
    } catch {
      throw new NotUtf8ExportError(path)
    }
  },
  async writeTextAtomic(path, text) {
    // Temporary files of an export killed mid-write (kill -9) are cleared at the next export there.
    await removeStaleTemporaryFiles(dirname(path), new Date(), { of: path })
    await writeFileDurably(path, text)
  }
}

/**
 * Writes an export, merging it into the file already there (mergeExport) so the user's own text
 * survives. Refuses, without writing, when the user edited inside a generated region and
 * `overwriteEdited` is false. If the file changes while merging (another editor saved it), the
 * merge is redone against the new content. I/O errors are thrown.
 */
export async function writeExport(
  path: string,
  text: string,
  options: { overwriteEdited: boolean; fs?: ExportFileSystem }
): Promise<WriteExportResult> {
  const fs = options.fs ?? nodeExportFileSystem
  let existing = await fs.readText(path)
  for (let attempt = 0; ; attempt++) {
    const merged = existing === null ? { text, userEditedRegions: [] } : mergeExport(existing, text)
    if (merged.userEditedRegions.length > 0 && !options.overwriteEdited) {
      return { ok: false, reason: 'user-edited', userEditedRegions: merged.userEditedRegions }
    }
    if (merged.text === existing) return { ok: true, text: merged.text, created: false, unchanged: true, overwrittenRegions: [] }
    const current = await fs.readText(path)
    if (current !== existing && attempt < 3) {
      existing = current
      continue
    }
    await fs.writeTextAtomic(path, merged.text)
    return { ok: true, text: merged.text, created: existing === null, unchanged: false, overwrittenRegions: merged.userEditedRegions }
  }
}

function buildTableSection(index: ExportIndex, flavour: ExportInput['flavour']): RootContent[] {
  if (index.data.rows.length === 0) return [paragraph(text('No figures to compare.'))]
  const nodes: RootContent[] = [{ type: 'heading', depth: 2, children: [text('Comparison')] }, buildComparisonTable(index, index.data.rows, index.columns)]
  if (flavour === 'obsidian') nodes.push(paragraph(text('^comparison-table')))
  return nodes
}

/**
 * Notes whose target is gone: those about this comparison's articles (by the file they quoted),
 * or every one when exporting the whole library.
 */
function selectOrphanedNotes(input: ExportInput, index: ExportIndex): Note[] {
  const files = new Set(index.columns.map((article) => article.file))
  return input.notes.filter((note) => note.orphaned && (input.scope === 'library' || (note.anchor !== null && files.has(note.anchor.file))))
}

function formatCalendarDate(createdAt: Date | string): string {
  if (typeof createdAt === 'string') return createdAt
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())}`
}

function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
