/**
 * What Riscontro's main process and renderer talk about: articles, claims, stories, comparison rows,
 * corrections, notes, search results, and the `cli scan --json` document. The CLI's JSON output is
 * built from these types, so a field renamed here breaks the build on every side. The requests and
 * events that carry them are the contract (contract.ts).
 */

import type { SearchExcerpt } from './fold-text'
import type { UserMessage } from './i18n/user-message'
import type { UiLanguage } from './i18n/languages'

/** Why a file in the library is not (fully) readable as an article. `ok` means it is. */
export const articleStatuses = [
  'ok',
  'empty',
  'binary',
  'too-large',
  'unreadable',
  'not-an-article',
  'link-outside-library',
  'link-loop',
  'too-deep',
  /** A dangling link: it names a file that is not there. */
  'broken-link',
  /** A FIFO, socket or device: never read, reading one could block forever. */
  'special-file',
  /** Reading it hit a limit per file (figures, nesting, time); the rest of the library indexes. */
  'over-limit',
  /** Found by the folder walk and not read yet: listed at once, its title and figures follow. Never cached. */
  'indexing'
] as const

export type ArticleStatus = (typeof articleStatuses)[number]

/** One file of the library, as the sidebar lists it and `cli scan --json` prints it. */
export interface ArticleSummary {
  /** Stable across runs: derived from the file's path relative to the library folder. */
  id: string
  /** Path relative to the library folder, with `/` separators. */
  file: string
  title: string
  /** `YYYY-MM-DD`, `YYYY-MM`, or null when the article states none. Never the file's mtime. */
  date: string | null
  /**
   * Who published it, as the file states (HTML `og:site_name` or JSON-LD publisher, PDF producer,
   * DOCX company, EPUB publisher, feed title, e-mail sender's domain, front matter `outlet`/`source`); null when none.
   */
  outlet: string | null
  /** Who wrote it (byline, PDF/DOCX author, EPUB creator, e-mail sender); null when none. */
  author: string | null
  /** Where it was published (canonical link, feed item link, MHTML snapshot location, front matter `url`); null when none. */
  url: string | null
  /** ISO 639-1 code (`it`, `en`, …) or `und` when the text is too short or unknown. */
  language: string
  words: number
  /** How many numeric claims the article states. */
  claimCount: number
  /** The article was cut off by a paywall or similar. */
  truncated: boolean
  status: ArticleStatus
  /** What went wrong and what to do, for any status but `ok`, in English (the CLI's words); null when `ok`. */
  reason: string | null
  /** The same sentence as a code and its parameters, so the interface says it in its language; null when `ok`. */
  problem: UserMessage | null
}

/** A block of the cleaned article text; offsets index into `ArticleDocument.text`. */
export interface ArticleBlock {
  kind: 'heading' | 'paragraph' | 'quote'
  start: number
  end: number
  /** The page (from 1) of a PDF the block was printed on; absent for formats without pages. */
  page?: number
}

/** Text that is not the article (audio players, paywalls, subscription offers): kept, shown collapsed. */
export interface BoilerplateBlock {
  kind: 'audio-player' | 'paywall' | 'subscription' | 'page-furniture'
  text: string
}

/**
 * Maps a run of the cleaned text back to the decoded original file:
 * cleaned offsets [cleanStart, cleanStart + length) came from original offsets
 * [originalStart, originalStart + originalLength).
 */
export interface SourceSegment {
  cleanStart: number
  length: number
  originalStart: number
  originalLength: number
}

/** The readable body of one article, as the reading pane shows it. */
export interface ArticleDocument {
  /** Cleaned body text; blocks are separated by a blank line. */
  text: string
  blocks: ArticleBlock[]
  boilerplate: BoilerplateBlock[]
  /** Spans of `text` where a pulled quote was put back into its sentence. */
  restoredQuotes: Array<{ start: number; end: number }>
  sourceMap: SourceSegment[]
}

/** An article opened for reading. */
export interface ArticleView {
  summary: ArticleSummary
  /** The character encoding the file was decoded from (e.g. `UTF-8`, `windows-1252`). */
  encoding: string
  /** Things the reader should know (e.g. invalid bytes replaced). */
  warnings: string[]
  document: ArticleDocument
  /** The numeric claims of `document.text`, in text order. */
  claims: Claim[]
}

export interface LibrarySnapshot {
  /** Increases every time a library is opened, so late events of a previous one can be ignored. */
  generation: number
  /** Absolute path of the library folder. */
  folder: string
  /** Folder name, for display. */
  name: string
  /** True when this is the bundled sample library. */
  isSample: boolean
  articles: ArticleSummary[]
}

export interface LibraryDelta {
  generation: number
  upserted: ArticleSummary[]
  removed: string[]
}

export interface IndexProgress {
  generation: number
  phase: 'scanning' | 'indexing' | 'ready'
  done: number
  total: number
}

/** A library-level problem (e.g. the folder disappeared), shown as a banner. */
export interface LibraryProblem extends UserMessage {
  generation: number
}

export interface RecentFolder {
  folder: string
  name: string
  openedAt: string
}

/** How a claim bounds its quantity (issue 3): `vague` claims ("migliaia di soldati") have no value. */
export type ClaimQualifier = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'range' | 'vague'

/**
 * What kind of quantity a claim states. `age`: how old someone is ("un 34enne", "aged 52"), in years; `duration`: a span of time as a
 * quantity ("in 72 ore", "nine months"), in a time unit; `measure`: any other measure (km, t, MW).
 */
export type ClaimKind = 'count' | 'money' | 'percent' | 'measure' | 'age' | 'duration'

/** The direction of a claim that states a change rather than a level ("in calo del 7,5%", "rose 15 dlrs", "+4%"). */
export type ClaimChange = 'rise' | 'fall'

/**
 * A quantity an article asserts about the world ("più di 4 milioni di proiettili"), found in the
 * cleaned article text and normalized. Offsets index into `ArticleDocument.text`.
 */
export interface Claim {
  /**
   * Stable: derived from the article id, the claim's words and how many identical claims come
   * before it (claims/extract-claims.ts), so it survives edits elsewhere in the file.
   */
  id: string
  articleId: string
  /** The surface text as written: qualifier + number + unit ("più di 4 milioni di proiettili"). */
  text: string
  start: number
  end: number
  /** The sentence holding the claim. */
  sentence: string
  kind: ClaimKind
  /**
   * The stated number (4000000); null when vague. For ranges, the midpoint is not invented: null.
   * Negative only when the text writes a minus sign ("-12%"); a change in words keeps its figure
   * ("in calo del 7,5%" is 7.5) and says its direction in `change`.
   */
  value: number | null
  /** Lower and upper bounds the wording implies (ranges and bounds); null where unbounded. */
  low: number | null
  high: number | null
  qualifier: ClaimQualifier
  /**
   * Set when the claim is a change, not a level: "rose by 15 dlrs to 310 dlrs" is a `rise` of 15 and
   * a level of 310. The extractor always sets it (null for levels); optional so claims built
   * elsewhere (tests, earlier exports) stay valid.
   */
  change?: ClaimChange | null
  /** Canonical unit: ISO 4217 code for money (`USD`), `%`, a measure unit (`km`), or the canonical counted thing (`soldier`). */
  unit: string | null
  /** The counted noun phrase as written ("proiettili d'artiglieria e razzi"). */
  subject: string | null
  /** The attribution the sentence gives ("secondo l'IISS"), or null. */
  source: string | null
  /**
   * The time scope the sentence gives the claim, ISO 8601 style: a year or month ("2024", "2025-01"),
   * an interval ("2024-12/2025-02"), or an open one ("2023/.." since 2023); null when none.
   */
  period: string | null
  /** The page (from 1) of a PDF holding the claim, so a citation can say "p. 4"; absent for formats without pages. */
  page?: number
}

/** `agree`: the sources' figures are compatible; `differ`: they are not; `single`: one source only. */
export type RowVerdict = 'agree' | 'differ' | 'single'

/**
 * Articles that report the same event (issue 9): grouped by the words they share and their dates,
 * or as the user arranged them. A row only ever holds claims of one story.
 */
export interface Story {
  /** Derived from the smallest member article id. */
  id: string
  /** The title of the story's earliest article. */
  title: string
  /** Member article ids, sorted. */
  articleIds: string[]
  /** Earliest and latest article date (`YYYY-MM-DD` or `YYYY-MM`), null when none is dated. */
  dateFrom: string | null
  dateTo: string | null
}

/** One quantity as several articles report it: a row of the comparison table. */
export interface ComparisonRow {
  /** Derived from the member claim ids: the same claims always make the same id. */
  id: string
  /** The story the row's claims belong to. */
  storyId: string
  /** "Troops sent · soldiers", or the name the user gave the row. */
  label: string
  /** The members' canonical unit (`soldier`, `USD`, `%`, `km`), or null. */
  unit: string | null
  /** Member claims, sorted by article id then position in the article. */
  claimIds: string[]
  verdict: RowVerdict
  /** Smallest and largest figure the members state; null when none. */
  low: number | null
  high: number | null
  /** Ratio of the extremes (max / min) when the verdict is `differ`, else null. */
  spread: number | null
  /** How many distinct articles the row's claims come from. */
  sourceCount: number
}

/**
 * The user correcting the machine's rows. Corrections name claims, never rows: rows are recomputed
 * whenever the library changes, while claim ids survive edits elsewhere in a file.
 */
export type RowCorrection =
  /** The rows holding the two claims become one (the first claim's row keeps its label). */
  | { kind: 'merge'; claimId: string; withClaimId: string }
  /** The claim goes to the row holding `toRowOf`, or to a new row of its own when that is null. */
  | { kind: 'move'; claimId: string; toRowOf: string | null }
  /** These claims leave their rows to form one new row. */
  | { kind: 'split'; claimIds: string[] }
  /** The row holding the claim gets this label; an empty label gives the built one back. */
  | { kind: 'rename'; claimId: string; label: string }
  /** The claim is hidden from the table. */
  | { kind: 'hide'; claimId: string }
  /** A hidden claim goes back to the row it was hidden from (a row of its own when that row is gone). */
  | { kind: 'unhide-claim'; claimId: string }
  /** The article joins the story holding `toStoryOf` (an article id), or a story of its own when null. */
  | { kind: 'move-article'; articleId: string; toStoryOf: string | null }

/** One piece of evidence for or against two claims being the same quantity, with its fitted weight. */
export interface EvidenceItem {
  /** What was compared: `counted`, `figure`, `near`, `sentence`, `source`, `period`, `increment`, `currency`. */
  field: string
  /** The level found (`same-class`, `overlap`, `high`…). */
  level: string
  /** log2(m/u): positive speaks for the same quantity, negative against. */
  weight: number
  /** What the line names; the page says it in its language ("both count deaths", "179 and 180: within 25% of each other"). */
  names: EvidenceNames
}

/** What a counted-thing class is called in each language, or the words an article used, or null when it names nothing. */
export type CountedName = { label: Readonly<Record<UiLanguage, string>> } | { words: string } | null

/** What a piece of evidence names, as the articles wrote it (never a sentence: the page phrases it). */
export interface EvidenceNames {
  /** `counted`: what each claim counts. */
  counted?: [CountedName, CountedName]
  /** `figure`: both figures as written. */
  figures?: [string, string]
  /** `near`, `sentence`, `keyword`: the words both share, as written, rarest first. */
  words?: string[]
  /** `beside`, `source`, `period`, `currency`: each claim's own (a word, an attribution, a period like `2024-12/2025-02`, a currency code). */
  pair?: [string | null, string | null]
}

export interface ClaimPairEvidence {
  claimId: string
  otherClaimId: string
  /** Sum of the items' weights. */
  weight: number
  items: EvidenceItem[]
}

/** Why the aligner built a row as it did (issue 9). */
export interface RowExplanation {
  rowId: string
  /** The weight two groups need, on average over their pairs, to join. */
  threshold: number
  /** The strongest link of each member to the rest of the row (members of other articles). */
  joined: ClaimPairEvidence[]
  /** The claim outside the row (same story and kind) with the highest average weight to it, and its link to the nearest member. */
  closestOutside: (ClaimPairEvidence & { averageWeight: number }) | null
}

/** The comparison of some articles (or the whole library), with the library's corrections applied. */
export interface Comparison {
  /** The compared articles, the table's columns, in the library's date order. */
  articles: ArticleSummary[]
  /** Every claim the rows name. */
  claims: Claim[]
  /** The stories the compared articles form; one story when the user picked the articles. */
  stories: Story[]
  /** Grouped by story (in `stories` order), then most sources first. */
  rows: ComparisonRow[]
  /** Claims of the compared articles the user hid from the table, in column then reading order: the list to restore them from. */
  hiddenClaims: Claim[]
  canUndo: boolean
  canRedo: boolean
}

/** `verdict`: the user's own verdicts (row notes) first, conflicting first; the renderer orders by them, notes being its to read. */
export type RowSortKey = 'label' | 'spread' | 'sources' | 'verdict'

/** What the user arranged, restored at the next start: never article text, only choices. */
export interface Workspace {
  view: 'library' | 'compare'
  /** The articles being compared; empty with `compareAll` for the whole library. */
  comparedArticleIds: string[]
  compareAll: boolean
  /** The articles open side by side, at most six. */
  paneArticleIds: string[]
  /** Relative widths of the panes, one per pane. */
  paneWidths: number[]
  /** Fraction of the comparison area the table takes, the panes the rest. */
  tableShare: number
  rowSearch: string
  disagreementsOnly: boolean
  rowSort: RowSortKey
  rowSortDescending: boolean
  /** Bringing a claim into view in one pane brings the same row's claims into view in the others. */
  syncScroll: boolean
  /** The library sidebar folded away, giving the table its width (absent in workspaces saved before it existed). */
  sidebarCollapsed?: boolean
  /** The comparison's row panel folded away likewise. */
  rowPanelCollapsed?: boolean
  /** Only rows carrying this verdict of the user's ('none': rows without one); null or absent for every row. */
  userVerdictFilter?: NoteVerdict | 'none' | null
  /** The article open in the reading pane, reopened at the next start; null when none. */
  readingArticleId?: string | null
  /** The side-by-side pane shown alone, filling the panes area; null when all are shown. */
  maximizedPaneId?: string | null
}

/**
 * What a note is about. Rows are recomputed on every index, so a row note remembers the row's
 * member claims and is found again as the current row sharing the most of them.
 */
export type NoteTarget =
  | { kind: 'library' }
  | { kind: 'article'; articleId: string }
  | { kind: 'claim'; claimId: string; articleId: string }
  | { kind: 'row'; rowId: string; claimIds: string[] }

export const noteVerdicts = ['confirmed', 'approximate', 'conflicting', 'unverifiable'] as const

/** The user's judgement of a comparison row (only row notes carry one). */
export type NoteVerdict = (typeof noteVerdicts)[number]

/** The text a note was attached to when last seen, so an orphaned note still says what it was about. */
export interface NoteAnchor {
  quote: string
  sentence: string
  articleTitle: string
  /** Library-relative path of the article, with `/` separators. */
  file: string
}

/** A note the user wrote: never dropped; a note whose target vanished is kept and marked orphaned. */
export interface Note {
  id: string
  target: NoteTarget
  /** Markdown, as the user typed it. */
  body: string
  verdict?: NoteVerdict
  /** ISO 8601 date-times. */
  createdAt: string
  updatedAt: string
  /** Null for the library note, which has nothing to quote. */
  anchor: NoteAnchor | null
  /** The target is gone from the current index (claim edited away, article deleted, row dissolved). */
  orphaned: boolean
}

/** The `cli scan --json` document. */
export interface ScanReport {
  articles: Array<
    Pick<ArticleSummary, 'id' | 'file' | 'title' | 'date' | 'outlet' | 'author' | 'url' | 'language' | 'words' | 'truncated' | 'status'>
  >
  /** `problem`: the reason as a message code and its parameters (null in an index made before codes), for callers that say it in another language. */
  skipped: Array<{ file: string; reason: string; problem: Pick<UserMessage, 'code' | 'params'> | null }>
  /** Every claim of every article, in file then text order. */
  claims: Claim[]
  /** The library's stories, with the user's story corrections applied. */
  stories: Story[]
  /** The whole library's comparison rows, with the library's saved corrections applied. */
  rows: ComparisonRow[]
}

/** A stretch of text around a search match; `highlights` are ranges of `text` holding the query's words. */
export type { SearchExcerpt, TextRange } from './fold-text'

/** An article whose cleaned text holds every word of a search. */
export interface ArticleSearchHit {
  articleId: string
  /** Occurrences of the query's words in the text. */
  matchCount: number
  excerpt: SearchExcerpt
}

/** A note holding every word of a search, in its text or in the quote it is anchored to. */
export interface NoteSearchHit {
  noteId: string
  target: NoteTarget
  /**
   * What the note is about, in English for `cli search` ("Library note", "Note on “11.000 soldati”"…);
   * the app says it in the interface's language from `target.kind` and `about`.
   */
  label: string
  /** The title of the article (article notes) or the words quoted (claim and row notes) the note is anchored to; null when none. */
  about: string | null
  orphaned: boolean
  /** The article to open for this note, and the claim to bring into view there; null when there is none. */
  articleId: string | null
  claimId: string | null
  excerpt: SearchExcerpt
}

export interface LibrarySearchResult {
  query: string
  /** Most matches first. */
  notes: NoteSearchHit[]
  /** Most matches first, at most `SEARCH_ARTICLE_LIMIT`; `articleTotal` counts them all. */
  articles: ArticleSearchHit[]
  articleTotal: number
}

/** A search lists this many articles at most: enough to browse, and a hint to add a word past it. */
export const SEARCH_ARTICLE_LIMIT = 500
