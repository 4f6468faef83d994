import type { ArticleSummary, Claim, Story } from '../../shared/model'
import type { UiLanguage } from '../../shared/i18n/languages'
import type { ComparisonRow } from '../alignment/comparison-types'
import type { Note } from '../notes/note-types'
import type { GeneratedRegion } from './export-regions'

/**
 * `plain`: CommonMark with GFM tables and footnotes only, for any Markdown tool.
 * `obsidian`: the same content, with callouts (`> [!warning] Conflicting`) and block ids (`^row-…`).
 */
export type { ExportFlavour } from '../../shared/contract'
import type { ExportFlavour } from '../../shared/contract'

/** What the export is built from: the comparison (or the whole library) as the app shows it. */
export interface ExportData {
  /** The library's articles; those with a claim in `rows` become the table's columns, in this order. */
  articles: readonly ArticleSummary[]
  claims: readonly Claim[]
  /** The rows to export, in display order. */
  rows: readonly ComparisonRow[]
  /** The library's notes as their owner keeps them (notes/library-notes.ts): reconciled, so row notes name current row ids. */
  notes: readonly Note[]
  /** The library's absolute folder: citations then link back to their claims with `riscontro://` links. */
  library?: string | null
  /** The stories the compared articles form (the JSON export's `stories`). */
  stories?: readonly Story[]
  /** The language of the export's own words (headings, column names, verdicts); English when absent. */
  language?: UiLanguage
}

export interface ExportInput extends ExportData {
  title: string
  /**
   * The export's date, passed in so the output is deterministic: a Date (its local calendar date is
   * used) or a string written as is (`2026-01-12` or `2026-01-12T10:30`).
   */
  createdAt: Date | string
  flavour: ExportFlavour
  /**
   * `library`: the whole library is exported, so every orphaned note is included. `comparison`
   * (default): only orphaned notes that quoted one of the compared articles.
   */
  scope?: 'comparison' | 'library'
}

/**
 * A Markdown export ready to be written or merged: never one string. Each region is made when the
 * writer reaches it and dropped once written, so a whole-library export (20 MB of text, 30,000
 * footnotes) fits in bounded memory (issue 15).
 */
export interface MarkdownExport {
  /** The front matter's YAML, the text between its `---` lines. */
  frontMatter: string
  /** Every region's id, in the export's order; none is empty. */
  regionIds: readonly string[]
  /** Makes one region, with its content and hash. */
  buildRegion(id: string): GeneratedRegion
}
