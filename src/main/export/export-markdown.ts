import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { RootContent, Table } from 'mdast'
import type { Note } from '../notes/note-types'
import { buildComparisonTable, buildFootnoteDefinitions, ExportIndex } from './comparison-table'
import { generateRegion } from './export-regions'
import { buildLibraryNoteSection, buildOrphanedSection, buildRowSection, buildSourcesSection, toRowBlockId } from './export-sections'
import type { ExportInput, MarkdownExport } from './export-types'
import { buildFrontMatter } from './front-matter'
import { paragraph, serializeMarkdown, text } from './markdown-tree'
import { mergeExport } from './merge-export'
import { removeStaleTemporaryFiles, writeFileDurably } from '../storage/write-file-durably'

export type { ExportData, ExportFlavour, ExportInput, MarkdownExport } from './export-types'

/**
 * The Markdown file for a comparison (or the whole library): front matter, a summary, the table
 * with a footnote per cited claim, the library note, a section per row with its verdict and the
 * user's notes, the sources with their notes, and notes whose text is gone. Every part but the
 * front matter is a marked region (export-regions.ts) so a re-export can update it in place.
 * Pure and deterministic: the same input gives the same bytes.
 */
export function buildExport(input: ExportInput): MarkdownExport {
  const index = new ExportIndex(input)
  const created = formatCalendarDate(input.createdAt)
  const alignTables = !index.isLongTable
  const libraryNotes = input.notes.filter((note) => note.target.kind === 'library')
  const orphanedNotes = selectOrphanedNotes(input, index)
  // Each region's Markdown, made only when the writer reaches it (the order is the file's).
  const regions = new Map<string, () => Iterable<string>>()
  const addRegion = (id: string, make: () => Iterable<string>): void => {
    if (!regions.has(id)) regions.set(id, make)
  }
  addRegion('summary', () => {
    const conflicting = input.rows.filter((row) => index.isConflicting(row)).length
    const { t } = index.describe
    const summary = t('exportWords.summary', {
      date: created,
      rows: t('exportWords.rows', { count: input.rows.length }),
      sources: t('exportWords.sourceCount', { count: index.columns.length }),
      conflicting
    })
    return serializeRegion([{ type: 'heading', depth: 1, children: [text(input.title)] }, paragraph(text(summary))], alignTables)
  })
  addRegion('table', () => serializeTableSection(index, input.flavour))
  if (libraryNotes.length > 0) addRegion('notes', () => serializeRegion(buildLibraryNoteSection(index.describe, libraryNotes), alignTables))
  for (const row of input.rows) addRegion(toRowBlockId(row), () => serializeRegion(buildRowSection(index, row, input.flavour), alignTables))
  if (index.columns.length > 0) addRegion('sources', () => serializeRegion(buildSourcesSection(index, index.columns), alignTables))
  if (orphanedNotes.length > 0) addRegion('orphaned-notes', () => serializeRegion(buildOrphanedSection(index.describe, orphanedNotes), alignTables))
  // Footnotes go in regions of a batch each ('footnotes', 'footnotes-2'…): a region is held whole
  // until hashed, and 30,000 footnotes in one held 26 MB of text through the whole export.
  const cited = [...index.footnoteLabels.keys()]
  for (let start = 0; start < cited.length; start += SERIALIZE_BATCH) {
    const batch = cited.slice(start, start + SERIALIZE_BATCH)
    addRegion(start === 0 ? 'footnotes' : `footnotes-${start / SERIALIZE_BATCH + 1}`, () => [serializeMarkdown(buildFootnoteDefinitions(index, batch), { alignTables })])
  }
  return {
    frontMatter: buildFrontMatter({ title: input.title, created, sources: index.columns.map((article) => article.title), tags: ['riscontro'] }),
    regionIds: [...regions.keys()],
    buildRegion(id) {
      const make = regions.get(id)
      if (!make) throw new Error(`The export has no region ${id}.`)
      return generateRegion(id, make())
    }
  }
}

/**
 * Nodes serialized at once. mdast-util-to-markdown holds its whole tree and output while it works,
 * so one call over a whole library costs memory that grows with it (bench/export-memory.bench.ts).
 */
const SERIALIZE_BATCH = 500

/** A region's Markdown, a batch of nodes (or of table lines) at a time; the same text as one call gives. */
function* serializeRegion(nodes: readonly RootContent[], alignTables: boolean): Generator<string> {
  let batch: RootContent[] = []
  let first = true
  function* flush(): Generator<string> {
    if (batch.length === 0) return
    if (!first) yield '\n\n'
    first = false
    yield serializeMarkdown(batch, { alignTables })
    batch = []
  }
  for (const node of nodes) {
    if (node.type === 'table' && node.children.length > SERIALIZE_BATCH + 1) {
      yield* flush()
      if (!first) yield '\n\n'
      first = false
      const [header, ...lines] = node.children
      yield* serializeTableLines(lines.length, (start, end) => ({ ...node, children: [header!, ...lines.slice(start, end)] }))
      continue
    }
    batch.push(node)
    if (batch.length >= SERIALIZE_BATCH) yield* flush()
  }
  yield* flush()
}

/**
 * A table of many lines, a batch at a time (`tableOf` gives the table of lines `start` to `end`):
 * unaligned, since batches cannot share column widths. Every batch but the first drops its header
 * and delimiter lines.
 */
function* serializeTableLines(count: number, tableOf: (start: number, end: number) => Table): Generator<string> {
  for (let start = 0; start < count; start += SERIALIZE_BATCH) {
    const lines = serializeMarkdown([tableOf(start, start + SERIALIZE_BATCH)], { alignTables: false })
    yield start === 0 ? lines : `\n${lines.slice(lines.indexOf('\n', lines.indexOf('\n') + 1) + 1)}`
  }
}

/** The table region: its heading and the table, built a batch of rows at a time when there are many. */
function* serializeTableSection(index: ExportIndex, flavour: ExportInput['flavour']): Generator<string> {
  const rows = index.data.rows
  if (rows.length === 0) {
    yield serializeMarkdown([paragraph(text(index.describe.t('exportWords.noFigures')))])
    return
  }
  const heading: RootContent = { type: 'heading', depth: 2, children: [text(index.describe.t('exportWords.comparison'))] }
  if (rows.length <= SERIALIZE_BATCH) {
    yield* serializeRegion([heading, buildComparisonTable(index, rows, index.columns)], !index.isLongTable)
  } else {
    yield serializeMarkdown([heading])
    yield '\n\n'
    yield* serializeTableLines(rows.length, (start, end) => buildComparisonTable(index, rows.slice(start, end), index.columns))
  }
  if (flavour === 'obsidian') yield `\n\n${serializeMarkdown([paragraph(text('^comparison-table'))])}`
}

/** What a file system does for `writeExport`; tests pass their own. */
export interface ExportFileSystem {
  /** The file's text, or null when there is no such file. */
  readText(path: string): Promise<string | null>
  /**
   * Writes the chunks to a temporary file and, if `shouldReplace` then agrees, puts it in place of
   * the file in one step (rename), so an interruption leaves the old file whole. Answers whether it did.
   */
  writeAtomic(path: string, chunks: Iterable<string>, shouldReplace: () => Promise<boolean>): Promise<boolean>
}

export type WriteExportResult =
  | {
      ok: true
      /** There was no file before. */
      created: boolean
      /** The file already held exactly this: it was left as it was. */
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
  async writeAtomic(path, chunks, shouldReplace) {
    // Temporary files of an export killed mid-write (kill -9) are cleared at the next export there.
    await removeStaleTemporaryFiles(dirname(path), new Date(), { of: path })
    return writeFileDurably(path, chunks, { shouldReplace })
  }
}

/**
 * Writes an export, merging it into the file already there (mergeExport) so the user's own text
 * survives. The merged file is streamed to the durable write path region by region, never held
 * whole. Refuses, without writing, when the user edited inside a generated region and
 * `overwriteEdited` is false. A file that would not change is left as it was; if the file changed
 * while merging (another editor saved it), the merge is redone against the new content. I/O errors
 * are thrown.
 */
export async function writeExport(path: string, exported: MarkdownExport, options: { overwriteEdited: boolean; fs?: ExportFileSystem }): Promise<WriteExportResult> {
  const fs = options.fs ?? nodeExportFileSystem
  let existing = await fs.readText(path)
  for (let attempt = 0; ; attempt++) {
    const merged = mergeExport(existing, exported)
    if (merged.userEditedRegions.length > 0 && !options.overwriteEdited) {
      return { ok: false, reason: 'user-edited', userEditedRegions: merged.userEditedRegions }
    }
    const comparison = { identical: false }
    const before = existing
    let savedMeanwhile = false
    const replaced = await fs.writeAtomic(path, before === null ? merged.chunks() : compareWith(before, merged.chunks(), comparison), async () => {
      if (comparison.identical) return false
      const current = await fs.readText(path)
      savedMeanwhile = current !== before && attempt < 3
      if (savedMeanwhile) existing = current
      return !savedMeanwhile
    })
    if (savedMeanwhile) continue
    if (!replaced) return { ok: true, created: false, unchanged: true, overwrittenRegions: [] }
    return { ok: true, created: before === null, unchanged: false, overwrittenRegions: merged.userEditedRegions }
  }
}

/** Passes the chunks on, noting whether together they are exactly `text`. */
function* compareWith(text: string, chunks: Iterable<string>, result: { identical: boolean }): Generator<string> {
  let at = 0
  let same = true
  for (const chunk of chunks) {
    if (same) same = text.startsWith(chunk, at)
    at += chunk.length
    yield chunk
  }
  result.identical = same && at === text.length
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

