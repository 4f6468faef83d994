import type { Claim } from '../../shared/api'
import { strongActionWords, type StrongAction, type WeakAction } from './alignment-lexicon'
import { contextItemCount, ReadingCache, readClaim, topicCategory, type ClaimFeatures } from './claim-features'
import type { ComparisonRow } from './comparison-types'
import { compareText } from '../../shared/compare-text'
import { compareClaims, sortRowsByDefault, summarizeRow } from './row-summary'

/** One article's claims, with what the aligner needs to know about the article. */
export interface ArticleClaims {
  articleId: string
  /** ISO 639-1 code or `und`. */
  language: string
  /** `YYYY-MM-DD`, `YYYY-MM` or null. */
  date: string | null
  claims: Claim[]
}

/**
 * Two figures more than this factor apart are taken for different quantities rather than a
 * disagreement: "9 milioni" and "4 milioni" of shells differ, "11" and "11.000" soldiers are not the
 * same count.
 */
export const magnitudeFactor = 20

/**
 * Groups claims that report the same quantity into rows (issue 4).
 *
 * 1. Each claim is read once (`readClaim`): what it counts (a language-neutral concept, the
 *    currency, the measure unit), what happens to it (sent, killed…), whether it adds to an earlier
 *    figure ("altri 3.000"), its time scope, its descriptive words, the context words of its
 *    sentence, its magnitude.
 * 2. Claims are blocked by kind + concept + strong action + increment: only claims of one block can
 *    share a row. Claims that say too little (a bare count, a percentage of nothing named) get a
 *    row of their own.
 * 3. Inside a block, claims join rows greedily in a fixed order (precise before vague, then article
 *    id and position), each the best-scoring row it is compatible with: no conflicting action, an
 *    overlapping time scope, no conflicting descriptive words, magnitudes within `magnitudeFactor`,
 *    shared sentence context with the row (`contextCompatible`), and, for two precise claims of
 *    one article, overlapping values unless two different sources are quoted (198 and 283 workers
 *    of one article are two quantities). A second pass merges rows that the reading order kept
 *    apart (`mergeRows`), so the rows do not depend on which article happens to sort first.
 *
 * Cost (see bench/align-claims.bench.ts): a claim only looks at the rows an index says it could
 * join (`RowIndex`: rows sharing a context item, rows of its own article), never at all the claims
 * or rows of its block, and the cheap checks read compact arrays (`BlockRows`); context words
 * common to the library or the block are dropped first (`commonContextItems`, `droppedContextItems`).
 * What a call reads, clusters and summarizes is kept for the next (`readings`, `clusteredBlocks`,
 * `summarizedRows`): after one article changed, only its claims are read again, and only the
 * blocks and rows it touches are redone. A first alignment is mostly reading (tokenizing every
 * sentence) and clustering, then the garbage collector: the per-claim work allocates as little
 * as it can (no closures or sorts per claim, one string object per block key and per concept,
 * context lists at their exact length, claims not sorted again when they come in order; a row
 * makes its one map and set only when a second member joins, which nearly half never get), and
 * much of what remains is waiting on memory, since 200,000 claims' features lie all over the heap:
 * the counts that decide which context items to drop are gathered in one pass in reading order,
 * not block by block.
 * Deterministic: the input order does not matter, and row ids derive from member claim ids.
 */
export function alignClaims(articles: readonly ArticleClaims[]): ComparisonRow[] {
  const cache = new ReadingCache()
  const read = articles.map((article) => readArticle(article, cache))
  const singles: ClaimFeatures[][] = []
  const blocks = new Map<string, Block>()
  const sentenceCounts = new SentenceContextCounts(contextItemCount())
  const seen = new Set<string>()
  const ordered = claimsInOrder(articles, read)
  // One pass in reading order over every claim's context (see `Block.contextItems`).
  for (let index = 0; index < ordered.features.length; index += 1) {
    const features = ordered.features[index]!
    if (seen.has(features.claim.id)) continue
    seen.add(features.claim.id)
    sentenceCounts.add(features)
    const blockKey = ordered.blockKeys[index]!
    if (blockKey === null) {
      singles.push([features])
      continue
    }
    let block = blocks.get(blockKey)
    if (!block) {
      block = { members: [], contextItems: [] }
      blocks.set(blockKey, block)
    }
    block.members.push(features)
    for (const item of features.sentenceContext) block.contextItems.push(item)
  }
  const common = commonContextItems(sentenceCounts)

  const groups = singles
  const scratch = new Int32Array(contextItemCount())
  let largest = 0
  for (const block of blocks.values()) largest = Math.max(largest, block.members.length)
  let table: BlockRows | null = null
  for (const key of [...blocks.keys()].sort(compareText)) {
    const block = blocks.get(key)!
    const dropped = droppedContextItems(block, common, scratch)
    for (const members of clusterBlockOnce(block.members, dropped, scratch, () => (table ??= new BlockRows(largest)))) groups.push(members)
  }
  return sortRowsByDefault(groups.map(summarizeRowOnce))
}

/** The claims of one block, in reading order. */
interface Block {
  members: ClaimFeatures[]
  /**
   * Every member's `sentenceContext`, one after the other: what `droppedContextItems` counts.
   * Gathered while the claims are visited in reading order, where their lists lie close together
   * in the heap; going through the members again, block by block, cost some 60 ms of cache misses
   * over 200,000 claims.
   */
  contextItems: number[]
}

/**
 * Every claim read, in `compareClaims` order (then article id): the order blocks and rows list
 * them in. A library hands its articles over in that order already (by id, claims by position), so
 * the claims are only sorted when they are not.
 */
function claimsInOrder(articles: readonly ArticleClaims[], read: readonly ArticleReading[]): { features: ClaimFeatures[]; blockKeys: Array<string | null> } {
  let previous: Claim | null = null
  let ordered = true
  for (const { claims } of read) {
    for (const claim of claims) {
      if (previous !== null && compareClaims(previous, claim) >= 0) ordered = false
      previous = claim
    }
    if (!ordered) break
  }
  if (ordered) {
    // A loop rather than `flatMap`, which cost some 30 ms over 10,000 articles.
    const features: ClaimFeatures[] = []
    const blockKeys: Array<string | null> = []
    for (const reading of read) {
      for (let index = 0; index < reading.features.length; index += 1) {
        features.push(reading.features[index]!)
        blockKeys.push(reading.blockKeys[index]!)
      }
    }
    return { features, blockKeys }
  }
  const everyClaim = read.flatMap(({ features, blockKeys }, articleIndex) =>
    features.map((claimFeatures, index) => ({ article: articles[articleIndex]!, features: claimFeatures, blockKey: blockKeys[index]! }))
  )
  everyClaim.sort((a, b) => compareClaims(a.features.claim, b.features.claim) || compareText(a.article.articleId, b.article.articleId))
  return { features: everyClaim.map((entry) => entry.features), blockKeys: everyClaim.map((entry) => entry.blockKey) }
}

/**
 * Work of earlier calls, reused when its inputs are the same, so that aligning again after one
 * article changed redoes only what that article touches: the rows of a block that holds the same
 * claims in the same order with the same context items dropped (clustering reads nothing else),
 * and the summary of a row with the same members. Keyed by the first member, so entries go with
 * their claims.
 */
const clusteredBlocks = new WeakMap<ClaimFeatures, { members: readonly ClaimFeatures[]; dropped: readonly number[]; rows: ClaimFeatures[][] }>()
const summarizedRows = new WeakMap<ClaimFeatures, { members: readonly ClaimFeatures[]; row: ComparisonRow }>()

/** `clusterBlock` with the block's contexts narrowed by `dropped` (see `droppedContextItems`), unless an earlier call did it. */
function clusterBlockOnce(block: ClaimFeatures[], dropped: readonly number[], scratch: Int32Array, table: () => BlockRows): ClaimFeatures[][] {
  const kept = clusteredBlocks.get(block[0]!)
  if (kept && sameItems(kept.members, block) && sameItems(kept.dropped, dropped)) return kept.rows
  for (const item of dropped) scratch[item] = 1
  for (const features of block) features.context = withoutFlagged(features.sentenceContext, scratch)
  for (const item of dropped) scratch[item] = 0
  const rows = clusterBlock(block, table())
  // The narrowed lists are of no use once the block is done.
  for (const features of block) features.context = features.sentenceContext
  clusteredBlocks.set(block[0]!, { members: block, dropped, rows })
  return rows
}

/** The items not flagged 1 in `flags`; the list itself when none is (most claims). */
function withoutFlagged(items: number[], flags: Int32Array): number[] {
  let kept = 0
  for (const item of items) if (flags[item] !== 1) kept += 1
  if (kept === items.length) return items
  const narrowed = new Array<number>(kept)
  kept = 0
  for (const item of items) if (flags[item] !== 1) narrowed[kept++] = item
  return narrowed
}

function summarizeRowOnce(members: ClaimFeatures[]): ComparisonRow {
  const kept = summarizedRows.get(members[0]!)
  if (kept && sameItems(kept.members, members)) return kept.row
  const row = summarizeRow(members.map((member) => member.claim), { features: members })
  summarizedRows.set(members[0]!, { members, row })
  return row
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]))
}

/** What a call read from one article's claims (see `readings`), and the block of each (`blockKeyOf`). */
interface ArticleReading {
  language: string
  date: string | null
  claims: readonly Claim[]
  features: ClaimFeatures[]
  blockKeys: Array<string | null>
}

/**
 * What earlier calls read, by article. The library changes one article at a time and hands back
 * the same claim lists for the others, so aligning again after a change reads only the changed
 * article. Keyed by the article's claim list; used while that list holds the same Claim objects
 * (claims are never changed in place) and the article keeps the language and date the reading
 * depends on; an entry goes with its list. The features are shared between calls: only their
 * `context` is set for a while by each call (`clusterBlockOnce`).
 */
const readings = new WeakMap<readonly Claim[], ArticleReading>()

function readArticle(article: ArticleClaims, cache: ReadingCache): ArticleReading {
  const { claims, language, date } = article
  const kept = readings.get(claims)
  if (kept && kept.language === language && kept.date === date && sameItems(kept.claims, claims)) return kept
  const context = { language, articleDate: date }
  const features = claims.map((claim) => readClaim(claim, context, cache))
  const reading = { language, date, claims: [...claims], features, blockKeys: features.map(blockKeyOf) }
  readings.set(claims, reading)
  return reading
}

/**
 * Context items found in more than 2% of a large library's claim sentences (and at least 100 of
 * them) say nothing about which story a sentence belongs to: a place every other article names, an
 * agency's boilerplate. They are dropped from the context (see `droppedContextItems`), which keeps the
 * context check meaningful and the search for rows cheap (see `RowIndex`). Small libraries keep
 * every item. A flag by item id, null when none is dropped.
 */
function commonContextItems({ frequency, sentences }: SentenceContextCounts): Uint8Array | null {
  const limit = Math.max(100, sentences * 0.02)
  if (sentences <= limit) return null
  const common = new Uint8Array(frequency.length)
  frequency.forEach((count, item) => {
    if (count > limit) common[item] = 1
  })
  return common
}

/** How many claim sentences hold each context item (see `commonContextItems`). */
class SentenceContextCounts {
  readonly frequency: Int32Array
  sentences = 0
  private previous: string | null = null

  constructor(itemCount: number) {
    this.frequency = new Int32Array(itemCount)
  }

  /** Claims arrive in article and position order, so a sentence's claims are neighbours: each sentence counts once. */
  add(features: ClaimFeatures): void {
    if (features.claim.sentence === this.previous) return
    this.previous = features.claim.sentence
    this.sentences += 1
    for (const item of features.sentenceContext) this.frequency[item] = this.frequency[item]! + 1
  }
}

function blockKeyOf(features: ClaimFeatures): string | null {
  if (features.concept === null) return null
  // A percentage or measure without a named thing or name cannot be told apart from any other.
  if (features.topicRequired && !features.topic.some((item) => topicCategory(item) !== 'place')) return null
  let keys = blockKeysByConcept.get(features.concept)
  if (!keys) {
    keys = []
    blockKeysByConcept.set(features.concept, keys)
  }
  const slot = 2 * (features.strongAction === null ? 0 : strongActions.indexOf(features.strongAction) + 1) + (features.increment ? 1 : 0)
  return (keys[slot] ??= `${features.concept}|${features.strongAction ?? ''}|${features.increment ? 'increment' : ''}`)
}

/**
 * Block keys made so far, by concept, then by strong action and increment (see `blockKeyOf`): one
 * string object per block, hashed once, rather than a new one for every claim. Grows with the
 * concepts met, as the word classes of `claim-features` do.
 */
const blockKeysByConcept = new Map<string, string[]>()
const strongActions = Object.keys(strongActionWords) as StrongAction[]

/** A row of a block while it is built; what the search for rows reads of it lives in `BlockRows`. */
interface Row {
  /** Its number in `BlockRows`: creation order. */
  order: number
  members: ClaimFeatures[]
  /**
   * Each member's article, in the same order: what the same-article check and `rowCandidates` read,
   * without going to the members' features, which lie all over the heap.
   */
  memberArticles: string[]
  /**
   * The members' topic items. Like `contextItems`, null while the row has one member (nearly half
   * never get a second), whose own lists say the same (see `rowHasTopic`, `holdersOf`): no map or
   * set is made for a row until a second member joins (`addToRow`).
   */
  topic: Set<string> | null
  hasName: boolean
  hasNeutralThing: boolean
  /** Languages of the plain-word items, each once: one or two, so a list rather than a set. */
  wordLanguages: string[]
  /**
   * By context item, packed in one number (one map per row rather than three, and one lookup):
   * how many members' sentences hold it, in units of `oneHolder` (see `holdersOf`), plus the flags
   * `filedByQuarter` and `filedByHalf` once the row is filed under the item in the search index
   * (when a quarter, and half, of its members held it).
   */
  contextItems: Map<number, number> | null
  /** How many items carry `filedByHalf`: a row with none cannot be merged (see `mergeRows`). */
  halfItemCount: number
}

/** Flags and count of `Row.contextItems`: the count lies above the two flag bits. */
const filedByQuarter = 1
const filedByHalf = 2
const holderShift = 2
const oneHolder = 1 << holderShift

/** How many of the row's members' sentences hold the item. */
function holdersOf(row: Row, item: number): number {
  if (row.contextItems === null) return row.members[0]!.context.includes(item) ? 1 : 0
  return (row.contextItems.get(item) ?? 0) >> holderShift
}

function rowHasTopic(row: Row, item: string): boolean {
  return row.topic === null ? row.members[0]!.topic.includes(item) : row.topic.has(item)
}

/**
 * The items the row is filed under by half (`filedByHalf`) that half of its members still hold:
 * what `rowsShareContext` can match. A row of one member holds each of its items.
 */
function halfItemsOf(row: Row, into: number[]): readonly number[] {
  if (row.contextItems === null) return row.members[0]!.context
  into.length = 0
  for (const [item, packed] of row.contextItems) {
    if ((packed & filedByHalf) !== 0 && (packed >> holderShift) * 2 >= row.members.length) into.push(item)
  }
  return into
}

/** Gives a row that is getting its second member the maps its first member stood for (see `Row.topic`). */
function materializeRow(row: Row): void {
  const first = row.members[0]!
  row.topic = new Set(first.topic)
  row.contextItems = new Map()
  // The first member's `extend` filed the row under each item, by quarter and by half.
  for (const item of first.context) row.contextItems.set(item, oneHolder | filedByQuarter | filedByHalf)
}

/**
 * The rows of one block while they are built. What the search for a claim's row reads of every
 * candidate (the real corpus checks some ten million) lives here in arrays indexed by row number,
 * one per field, rather than in scattered row objects: `RowIndex` marks candidates here, and the
 * cheap checks (action, time scope, magnitude, places) read nothing else. Sized once for the
 * largest block and reused.
 */
class BlockRows {
  readonly rows: Row[] = []
  /** The last search (a claim's, or a row's in `mergeRows`) that listed the row, so a candidate is checked once. */
  readonly seenBy: Int32Array
  /** For that search: under how many of its context items the row is filed (see `RowIndex.candidates`)… */
  readonly filedHits: Int32Array
  /** …and whether the row shares an article with it. */
  readonly articleHit: Uint8Array
  readonly weakAction: Array<WeakAction | null> = []
  readonly scopeFrom: Float64Array
  readonly scopeTo: Float64Array
  /** The members' `topicPlaceBits` together, and their `topicNameBits` and `topicThingBits`. */
  readonly placeBits: Int32Array
  readonly topicBits: Int32Array
  /** Smallest and largest representative figure of the precise members, and their log10 sum. */
  readonly figureMin: Float64Array
  readonly figureMax: Float64Array
  readonly logSum: Float64Array
  readonly figureCount: Int32Array
  /** Intersection of the vague members' bands. */
  readonly bandLowMax: Float64Array
  readonly bandHighMin: Float64Array
  /** The figures a new member may have (see `magnitudeCompatible`). */
  readonly acceptLow: Float64Array
  readonly acceptHigh: Float64Array
  /** The values every precise member allows (empty when they disagree: low > high). */
  readonly commonLow: Float64Array
  readonly commonHigh: Float64Array

  constructor(capacity: number) {
    this.seenBy = new Int32Array(capacity)
    this.filedHits = new Int32Array(capacity)
    this.articleHit = new Uint8Array(capacity)
    this.scopeFrom = new Float64Array(capacity)
    this.scopeTo = new Float64Array(capacity)
    this.placeBits = new Int32Array(capacity)
    this.topicBits = new Int32Array(capacity)
    this.figureMin = new Float64Array(capacity)
    this.figureMax = new Float64Array(capacity)
    this.logSum = new Float64Array(capacity)
    this.figureCount = new Int32Array(capacity)
    this.bandLowMax = new Float64Array(capacity)
    this.bandHighMin = new Float64Array(capacity)
    this.acceptLow = new Float64Array(capacity)
    this.acceptHigh = new Float64Array(capacity)
    this.commonLow = new Float64Array(capacity)
    this.commonHigh = new Float64Array(capacity)
  }

  /** Forgets the previous block's rows. */
  clear(): void {
    this.rows.length = 0
    this.weakAction.length = 0
  }

  /** A new empty row; its number. */
  add(): number {
    const order = this.rows.length
    this.rows.push({
      order,
      members: [],
      memberArticles: [],
      topic: null,
      hasName: false,
      hasNeutralThing: false,
      wordLanguages: [],
      contextItems: null,
      halfItemCount: 0
    })
    this.seenBy[order] = -1
    this.filedHits[order] = 0
    this.articleHit[order] = 0
    this.weakAction.push(null)
    this.scopeFrom[order] = Number.NEGATIVE_INFINITY
    this.scopeTo[order] = Number.POSITIVE_INFINITY
    this.placeBits[order] = 0
    this.topicBits[order] = 0
    this.figureMin[order] = Number.POSITIVE_INFINITY
    this.figureMax[order] = Number.NEGATIVE_INFINITY
    this.logSum[order] = 0
    this.figureCount[order] = 0
    this.bandLowMax[order] = Number.NEGATIVE_INFINITY
    this.bandHighMin[order] = Number.POSITIVE_INFINITY
    this.acceptLow[order] = Number.NEGATIVE_INFINITY
    this.acceptHigh[order] = Number.POSITIVE_INFINITY
    this.commonLow[order] = Number.NEGATIVE_INFINITY
    this.commonHigh[order] = Number.POSITIVE_INFINITY
    return order
  }
}

function positiveFigure(features: ClaimFeatures): number | null {
  return features.representative !== null && features.representative > 0 ? features.representative : null
}

/**
 * Where rows of one block are found. A claim from another article can only join a row that shares
 * a context item with it (`contextCompatible`), so a claim looks at the rows filed under its
 * context items and the rows holding its own article: the few rows it could join, not every row
 * of a large block. Rows are listed by number (see `BlockRows`).
 */
class RowIndex {
  private readonly byItem = new Map<number, number[]>()
  /** The same at half of the members: what `rowsShareContext` can match. */
  private readonly byHalfItem = new Map<number, number[]>()
  private readonly byArticle = new Map<string, number[]>()
  /** The rows the last search found (see `candidates`), in its first `foundCount` places. */
  readonly found: Int32Array
  private foundCount = 0

  constructor(private readonly table: BlockRows) {
    this.found = new Int32Array(table.seenBy.length)
  }

  /**
   * Files the row, once the new member joined, under its article and under the context items the
   * context check can match: those at least a quarter of the members hold. An item only reaches a
   * quarter when a member bringing it joins, so filing at that moment misses none; items that
   * later fall below stay filed and are checked in vain, which is harmless.
   */
  extend(row: Row, features: ClaimFeatures, newArticle: boolean): void {
    if (newArticle) push(this.byArticle, features.articleId, row.order)
    if (row.contextItems === null) {
      // The row's only member: it holds each of its items.
      for (const item of features.context) {
        push(this.byItem, item, row.order)
        push(this.byHalfItem, item, row.order)
      }
      row.halfItemCount = features.context.length
      return
    }
    for (const item of features.context) {
      let packed = row.contextItems.get(item)!
      const count = packed >> holderShift
      if (count * 4 >= row.members.length && (packed & filedByQuarter) === 0) {
        packed |= filedByQuarter
        push(this.byItem, item, row.order)
      }
      if (count * 2 >= row.members.length && (packed & filedByHalf) === 0) {
        packed |= filedByHalf
        row.halfItemCount += 1
        push(this.byHalfItem, item, row.order)
      }
      row.contextItems.set(item, packed)
    }
  }

  /** Whether the row holds a claim of the article (rows are filed under each of their articles). */
  holdsArticle(order: number, articleId: string): boolean {
    return this.byArticle.get(articleId)?.includes(order) ?? false
  }

  /**
   * Rows that could take all of a row's members: rows of its articles, rows sharing an item both
   * hold with half of their members (`filedHits` counts those items, at most as many as the rows
   * share now).
   */
  rowCandidates(row: Row, halfItems: readonly number[], stamp: number): Int32Array {
    this.foundCount = 0
    this.table.seenBy[row.order] = stamp
    // A member's article may repeat: the rows it leads to are listed once all the same.
    for (const articleId of row.memberArticles) this.collect(this.byArticle.get(articleId), stamp, true)
    for (const item of halfItems) this.collect(this.byHalfItem.get(item), stamp, false)
    return this.found.subarray(0, this.foundCount)
  }

  /**
   * Rows of the claim's article and rows filed under its context items, in the first places of
   * `found`; how many. `filedHits` counts the claim's items a row is filed under: an upper bound on
   * the items `contextCompatible` can find shared, so a row reached through one item cannot give
   * the two a disagreeing figure needs.
   */
  candidates(features: ClaimFeatures, stamp: number): number {
    this.foundCount = 0
    this.collect(this.byArticle.get(features.articleId), stamp, true)
    for (const item of features.context) this.collect(this.byItem.get(item), stamp, false)
    return this.foundCount
  }

  /** Adds the rows not found yet, counting what led to each: an article (listed first) or a filed item. */
  private collect(orders: number[] | undefined, stamp: number, byArticle: boolean): void {
    if (!orders) return
    const { seenBy, filedHits, articleHit } = this.table
    for (const order of orders) {
      if (seenBy[order] !== stamp) {
        seenBy[order] = stamp
        filedHits[order] = 0
        articleHit[order] = byArticle ? 1 : 0
        this.found[this.foundCount++] = order
      }
      if (!byArticle) filedHits[order] = filedHits[order]! + 1
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * The context items the clustering of a block leaves out (see `ClaimFeatures.context`): the
 * library's common ones (`commonContextItems`) and the block's own. A word most claims of the
 * block share ("involved" in every sentence about companies involved, "Trump" in a folder about
 * his budget) cannot tell its rows apart: items held by more than a tenth of a block's claims (and
 * more than 20) leave the context. On the events corpus this raises the share of row pairs from
 * one event from 0.82 to 0.83. In the order the block first names them; `scratch` is all zeros,
 * and is left so.
 */
function droppedContextItems(block: Block, common: Uint8Array | null, scratch: Int32Array): number[] {
  const limit = Math.max(20, block.members.length * 0.1)
  const large = block.members.length > limit
  if (!large && common === null) return []
  // How many of the block's claims hold each item (a claim's context names an item once).
  const named: number[] = []
  for (const item of block.contextItems) {
    if (scratch[item] === 0) named.push(item)
    scratch[item] = scratch[item]! + 1
  }
  const dropped = named.filter((item) => common?.[item] === 1 || (large && scratch[item]! > limit))
  for (const item of named) scratch[item] = 0
  return dropped
}

/**
 * Rows of one block: each claim, in a fixed order, joins the compatible candidate row with the best
 * score (shared descriptive words, the same action, the nearest magnitude; ties go to the older
 * row), or starts a row of its own.
 */
function clusterBlock(block: ClaimFeatures[], table: BlockRows): ClaimFeatures[][] {
  // Blocks arrive in article and position order; precise claims go first so rows anchor on figures.
  const ordered = [...block.filter((features) => !features.vague), ...block.filter((features) => features.vague)]
  table.clear()
  const index = new RowIndex(table)

  ordered.forEach((features, stamp) => {
    let best = -1
    let bestScore = Number.NEGATIVE_INFINITY
    const count = index.candidates(features, stamp)
    for (let found = 0; found < count; found += 1) {
      const order = index.found[found]!
      if (!isCompatible(table, order, features)) continue
      const score = scoreOf(table, order, features)
      // Candidates come in no particular order: ties go to the older row.
      if (score > bestScore || (score === bestScore && best >= 0 && order < best)) {
        best = order
        bestScore = score
      }
    }
    // The search just noted whether each candidate holds the claim's article; a new row holds none.
    const newArticle = best < 0 || table.articleHit[best] === 0
    if (best < 0) best = table.add()
    const row = table.rows[best]!
    addToRow(table, row, features)
    index.extend(row, features, newArticle)
  })
  return mergeRows(table, index, ordered.length).map((row) => row.members)
}

/**
 * A second pass, so the result depends less on which claim came first: each row, in creation
 * order, is merged into the first earlier row that shares its context (row to row) and that every
 * one of its members is otherwise compatible with. A row started by a sentence that names little
 * ("più di 11.000 soldati l'anno scorso", in a list) cannot be found by a report sharing words with
 * the story but not with that sentence; once other reports joined either row, the rows meet here.
 */
function mergeRows(table: BlockRows, index: RowIndex, firstStamp: number): Row[] {
  const { rows } = table
  const merged = new Uint8Array(rows.length)
  const scratch: number[] = []
  rows.forEach((row, offset) => {
    if (row.halfItemCount === 0) return
    // The row does not change during its turn: only earlier rows take members.
    const halfItems = halfItemsOf(row, scratch)
    // Earlier rows in creation order (a numeric sort of typed arrays needs no comparator).
    const candidates = index.rowCandidates(row, halfItems, firstStamp + offset)
    // Narrowed in place: the list is the index's `found`, free until its next search.
    let count = 0
    for (const other of candidates) if (other < row.order && merged[other] === 0) candidates[count++] = other
    const earlier = candidates.subarray(0, count).sort()
    let target = -1
    for (let found = 0; found < count && target < 0; found += 1) if (canTakeRow(table, earlier[found]!, row, halfItems)) target = earlier[found]!
    if (target < 0) return
    const targetRow = rows[target]!
    for (const member of row.members) {
      const newArticle = !index.holdsArticle(target, member.articleId)
      addToRow(table, targetRow, member)
      index.extend(targetRow, member, newArticle)
    }
    merged[row.order] = 1
  })
  return rows.filter((row) => merged[row.order] === 0)
}

/** For a row `RowIndex.rowCandidates` just listed for `row`: the rows share context and every member of `row` fits the other. */
function canTakeRow(table: BlockRows, target: number, row: Row, halfItems: readonly number[]): boolean {
  if (!rowsShareContext(table, target, row, halfItems)) return false
  for (const member of row.members) if (!isCompatibleBesidesContext(table, target, member)) return false
  return true
}

/** For a row `RowIndex.candidates` just listed for the claim (see `contextCompatible`). */
function isCompatible(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  // Cheapest checks first: the first three read only `table`.
  return (
    actionAndScopeCompatible(table, order, features) &&
    magnitudeCompatible(table, order, features) &&
    topicsCompatible(table, order, features) &&
    contextCompatible(table, order, features) &&
    // Only a row holding the claim's article can hold another figure of it.
    (table.articleHit[order] === 0 || sameArticleCompatible(table.rows[order]!, features))
  )
}

/** For a row `RowIndex.rowCandidates` just listed (its `articleHit` says whether the rows share an article). */
function isCompatibleBesidesContext(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  return (
    actionAndScopeCompatible(table, order, features) &&
    magnitudeCompatible(table, order, features) &&
    topicsCompatible(table, order, features) &&
    (table.articleHit[order] === 0 || sameArticleCompatible(table.rows[order]!, features))
  )
}

function actionAndScopeCompatible(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  const weakAction = table.weakAction[order]!
  if (weakAction !== null && features.weakAction !== null && weakAction !== features.weakAction) return false
  return features.scopeFrom <= table.scopeTo[order]! && features.scopeTo >= table.scopeFrom[order]!
}

/**
 * `contextCompatible` between two rows: items half of each row's members hold, one when the rows'
 * figures agree, two when they do not. Stricter than for a claim: a row's words add up, and a
 * loose test would let a story's main name merge every row of that story.
 */
function rowsShareContext(table: BlockRows, target: number, row: Row, halfItems: readonly number[]): boolean {
  // Filled by `RowIndex.rowCandidates`: whether the rows share an article, and a bound on the items they share.
  if (table.articleHit[target] === 1) return true
  const agrees = table.commonLow[row.order]! <= table.commonHigh[target]! && table.commonHigh[row.order]! >= table.commonLow[target]!
  const required = agrees ? 1 : 2
  if (table.filedHits[target]! < required) return false
  const targetRow = table.rows[target]!
  let shared = 0
  for (const item of halfItems) {
    if (holdersOf(targetRow, item) * 2 < targetRow.members.length) continue
    shared += 1
    if (shared >= required) return true
  }
  return false
}

/**
 * A claim from an article not yet in the row must share context with it: names, places or content
 * words of its sentence that enough members' sentences hold (a claim or row without any context
 * only gathers claims of its own article). "$5.7 billion for the wall" and "$66
 * billion of car exports" are USD amounts of similar size, but about different stories.
 * - A claim whose figure agrees with the row (or a vague one) needs one item held by a quarter of
 *   the members: the same figure in the same words is already good evidence.
 * - A claim that would make the row disagree needs two items, each held by half of the members
 *   (one, when its sentence has too few words to ask for two): calling two figures one quantity
 *   reported differently asks for more evidence than finding it reported alike.
 * Shares of the members rather than any member, so a large row does not gather everything that
 * shares one word with one of its members. Tuned on the events corpus (../shared/corpus/events):
 * this keeps the share of row pairs from one event at about 0.8 (0.66 with one item for all)
 * while finding as many equal-figure pairs of one event.
 */
function contextCompatible(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  // What `RowIndex.candidates` noted for the claim: whether the row holds the claim's article, and
  // under how many of the claim's items it is filed, at least as many as this count can find.
  if (table.articleHit[order] === 1) return true
  const filedHits = table.filedHits[order]!
  // No context, no evidence that two articles speak of the same thing (and no item to be filed under).
  if (filedHits === 0) return false
  const agrees = agreesWithRow(table, order, features)
  const required = agrees || features.context.length <= 4 ? 1 : 2
  if (filedHits < required) return false
  const row = table.rows[order]!
  // A row of one member is filed under each of its items: the bound is the count.
  if (row.members.length === 1) return true
  const memberShare = agrees ? 4 : 2
  let shared = 0
  for (const item of features.context) {
    if (holdersOf(row, item) * memberShare >= row.members.length) shared += 1
    if (shared >= required) return true
  }
  return false
}

/** The claim is vague, or allows a value every precise member of the row allows. */
function agreesWithRow(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  return features.vague || (features.interval.low <= table.commonHigh[order]! && features.interval.high >= table.commonLow[order]!)
}

/** Whether the row's topic holds one of the items, ruled out first by the items' bits (see `topicItemBit`). */
function sharesTopic(table: BlockRows, order: number, items: readonly string[], bits: number): boolean {
  if ((bits & table.topicBits[order]!) === 0) return false
  const row = table.rows[order]!
  for (const item of items) if (rowHasTopic(row, item)) return true
  return false
}

/**
 * Descriptive words conflict when both sides have some of a kind, share none, and could have
 * shared one:
 * - places: both name places and none in common ("soldati nordcoreani" vs "Russian troops");
 * - names: both name someone or something and none in common ("Koksan" vs "Pantsir");
 * - things: none in common while both have language-neutral ones (construction vs textile workers)
 *   or plain words of the same language ("reggimento" vs "marina"). Words of different languages
 *   cannot be compared without a dictionary, so they do not keep claims apart.
 * Percentages and measures need positive evidence: a shared thing or name ("degli elettori").
 */
function topicsCompatible(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  const placeBits = table.placeBits[order]!
  if (features.topicPlaceBits !== 0 && placeBits !== 0 && (features.topicPlaceBits & placeBits) === 0) return false
  const names = sharesTopic(table, order, features.topicNames, features.topicNameBits)
  const row = table.rows[order]!
  if (features.topicNames.length > 0 && row.hasName && !names) return false
  if (features.topicRequired) return sharesTopic(table, order, features.topicThings, features.topicThingBits) || names
  if (features.topicThings.length === 0 || sharesTopic(table, order, features.topicThings, features.topicThingBits)) return true
  if (row.hasNeutralThing && features.hasNeutralThing) return false
  for (const language of features.thingLanguages) if (row.wordLanguages.includes(language)) return false
  return true
}

function magnitudeCompatible(table: BlockRows, order: number, features: ClaimFeatures): boolean {
  const low = table.acceptLow[order]!
  const high = table.acceptHigh[order]!
  if (features.vague) return features.bandLow <= high && features.bandHigh >= low
  const figure = positiveFigure(features)
  return figure === null || (figure >= low && figure <= high)
}

/**
 * Only asked of a row that holds a claim of the claim's article (the search notes which, see
 * `articleHit`), so reading the row's members costs nothing to the many rows of other articles,
 * and no row keeps its precise members by article.
 */
function sameArticleCompatible(row: Row, features: ClaimFeatures): boolean {
  if (features.vague) return true
  const { interval, articleId } = features
  for (let index = 0; index < row.members.length; index += 1) {
    if (row.memberArticles[index] !== articleId) continue
    const other = row.members[index]!
    if (other.vague) continue
    if (interval.low <= other.interval.high && other.interval.low <= interval.high) continue
    // One article quoting two sources with two figures is the very disagreement the table shows.
    const source = normalizedSource(features.claim.source)
    const otherSource = normalizedSource(other.claim.source)
    if (source === null || otherSource === null || source === otherSource) return false
  }
  return true
}

function normalizedSource(source: string | null): string | null {
  const trimmed = source?.trim().toLowerCase()
  return trimmed ? trimmed : null
}

function scoreOf(table: BlockRows, order: number, features: ClaimFeatures): number {
  let score = 0
  const row = table.rows[order]!
  for (const item of features.topic) if (rowHasTopic(row, item)) score += 3
  const weakAction = table.weakAction[order]!
  if (weakAction !== null && weakAction === features.weakAction) score += 1
  const figure = positiveFigure(features)
  const figureCount = table.figureCount[order]!
  if (figure !== null && figureCount > 0) score -= Math.abs(Math.log10(figure) - table.logSum[order]! / figureCount)
  return score
}

function addToRow(table: BlockRows, row: Row, features: ClaimFeatures): void {
  const { order } = row
  row.members.push(features)
  row.memberArticles.push(features.articleId)
  if (row.members.length === 2) materializeRow(row)
  if (row.contextItems !== null && row.topic !== null) {
    for (const item of features.context) row.contextItems.set(item, (row.contextItems.get(item) ?? 0) + oneHolder)
    for (const item of features.topic) row.topic.add(item)
  }
  table.weakAction[order] ??= features.weakAction
  table.scopeFrom[order] = Math.max(table.scopeFrom[order]!, features.scopeFrom)
  table.scopeTo[order] = Math.min(table.scopeTo[order]!, features.scopeTo)
  table.placeBits[order] = table.placeBits[order]! | features.topicPlaceBits
  table.topicBits[order] = table.topicBits[order]! | features.topicNameBits | features.topicThingBits
  if (features.topicNames.length > 0) row.hasName = true
  if (features.hasNeutralThing) row.hasNeutralThing = true
  for (const language of features.thingLanguages) if (!row.wordLanguages.includes(language)) row.wordLanguages.push(language)
  if (features.vague) {
    table.bandLowMax[order] = Math.max(table.bandLowMax[order]!, features.bandLow)
    table.bandHighMin[order] = Math.min(table.bandHighMin[order]!, features.bandHigh)
    updateAcceptedFigures(table, order)
    return
  }
  const figure = positiveFigure(features)
  if (figure !== null) {
    table.figureMin[order] = Math.min(table.figureMin[order]!, figure)
    table.figureMax[order] = Math.max(table.figureMax[order]!, figure)
    table.logSum[order] = table.logSum[order]! + Math.log10(figure)
    table.figureCount[order] = table.figureCount[order]! + 1
    updateAcceptedFigures(table, order)
  }
  table.commonLow[order] = Math.max(table.commonLow[order]!, features.interval.low)
  table.commonHigh[order] = Math.min(table.commonHigh[order]!, features.interval.high)
}

/** The band of figures a new member may have so that no two members lie more than `magnitudeFactor` apart. */
function updateAcceptedFigures(table: BlockRows, order: number): void {
  const low = Math.max(table.figureMax[order]!, table.bandLowMax[order]!) / magnitudeFactor
  const high = Math.min(table.figureMin[order]!, table.bandHighMin[order]!) * magnitudeFactor
  table.acceptLow[order] = low > 0 ? low : Number.NEGATIVE_INFINITY
  table.acceptHigh[order] = Number.isNaN(high) ? Number.POSITIVE_INFINITY : high
}
