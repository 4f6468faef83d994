import type { ArticleBlock } from '../../shared/model'
import type { MappedText } from './mapped-text'
import type { UserMessage } from '../../shared/i18n/user-message'

/**
 * One block as a format reader found it (a paragraph of a text file, a Markdown heading, an HTML
 * `<blockquote>`), before cleaning. Every reader produces these; the shared pipeline
 * (build-document.ts) then normalizes, separates boilerplate, restores pulled quotes and lays out.
 */
export interface SourceBlock {
  content: MappedText
  /** What the markup says the block is; null when plain text leaves it to be inferred. */
  kind: ArticleBlock['kind'] | null
  /** A row of a fixed-width table (Reuters figures): kept on its own line, never a heading. */
  isTableRow?: boolean
  /**
   * A paragraph of hard-wrapped text that shares its run of lines with others (Reuters marks
   * paragraphs by indent only): its layout says "paragraph", so it is never taken for a heading.
   */
  isInWrappedRun?: boolean
  /** The PDF page it was printed on (from 1), carried into the document's blocks. */
  page?: number
}

/** What a format reader returns: the blocks plus the metadata the format states. */
export interface ReadArticle {
  blocks: SourceBlock[]
  title: string | null
  date: string | null
  /** Publisher, author and address as the format states them (see `ArticleSummary`); absent when it states none. */
  outlet?: string | null
  author?: string | null
  url?: string | null
  /** Non-article text the reader removed itself (HTML navigation), to keep alongside. */
  boilerplate: Array<{ kind: 'page-furniture'; text: string }>
  warnings: string[]
}

/** What a document reader (PDF, DOCX, e-mail, EPUB, feed) returns: its articles, one per feed item. */
export interface DocumentReading {
  /** Shown as the article's encoding: the container it was read from (`PDF`, `DOCX`, `MIME`…). */
  encoding: string
  parts: Array<{ part: string | null; article: ReadArticle }>
}

/** A document a reader refuses for a reason the user can act on (a password, no text layer). */
export class DocumentReadError extends Error {
  constructor(
    readonly status: 'empty' | 'unreadable' | 'not-an-article' | 'over-limit',
    readonly problem: UserMessage
  ) {
    super(problem.message)
    this.name = 'DocumentReadError'
  }
}
