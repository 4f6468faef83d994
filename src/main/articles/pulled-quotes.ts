import { concatMappedTexts, sliceMappedText, type MappedText } from './mapped-text'

/**
 * Puts pulled quotes back where they belong.
 *
 * Some sites render a quotation as a large "pull quote" outside the sentence and leave the sentence
 * with empty quote marks; the saved text then reads `Kim ha descritto i militari morti come "",
 * aggiungendo che "" dei Lavoratori.` with the quoted words on their own lines nearby. A claim
 * inside such a quote would otherwise be read out of its sentence, so each quote goes back into its
 * empty marks, in order, and its standalone line is dropped. This happens only when the numbers
 * match: as many standalone quote lines right next to the sentence as it has empty marks.
 */

export interface QuoteHostBlock {
  content: MappedText
  /** Blocks the markup already typed (headings, block quotes) are never taken as pulled quotes. */
  kind: 'heading' | 'paragraph' | 'quote' | null
  isTableRow?: boolean
  /** Spans of `content.text` where a quote was put back (set here; empty before). */
  restoredQuotes: Array<{ start: number; end: number }>
}

/**
 * Empty quote marks (straight, curly, guillemets) standing as a quotation of their own: after a
 * space and before a space or punctuation. `(in Yongin).""` is a nested closing quote, not a gap.
 */
const EMPTY_QUOTES = /(?<=^|[\s([—–-])(?:""|“”|«»)(?=$|[\s,.;:!?)\]—–-])/g
/** A pulled quote is a fragment: short, and not a sentence of its own. */
const MAX_QUOTE_LENGTH = 300
const EMPTY_QUOTES_ANYWHERE = /""|“”|«»/
const ENDS_SENTENCE = /[.!?;:]["”»’)]*$/

function isPulledQuoteCandidate(block: QuoteHostBlock): boolean {
  const { text } = block.content
  return (
    (block.kind === null || block.kind === 'paragraph') &&
    !block.isTableRow &&
    text.length >= 3 &&
    text.length <= MAX_QUOTE_LENGTH &&
    !ENDS_SENTENCE.test(text) &&
    !EMPTY_QUOTES_ANYWHERE.test(text)
  )
}

/** Returns the blocks with quotes restored and the standalone quote lines removed; never drops other text. */
export function restorePulledQuotes<Block extends QuoteHostBlock>(blocks: readonly Block[]): Block[] {
  const consumed = new Set<number>()
  const replaced = new Map<number, Block>()
  blocks.forEach((block, index) => {
    if (!EMPTY_QUOTES_ANYWHERE.test(block.content.text)) return
    const marks = [...block.content.text.matchAll(EMPTY_QUOTES)].map((match) => match.index)
    if (marks.length === 0 || consumed.has(index)) return
    const quotes = nearbyQuoteLines(blocks, index, marks.length, consumed)
    if (!quotes) return
    for (const quoteIndex of quotes) consumed.add(quoteIndex)
    replaced.set(index, fillEmptyQuotes(block, marks, quotes.map((quoteIndex) => blocks[quoteIndex]!.content)))
  })
  // Nearly every article has no pulled quote: then there is nothing to rebuild.
  if (replaced.size === 0) return blocks.slice()
  return blocks.flatMap((block, index) => (consumed.has(index) ? [] : [replaced.get(index) ?? block]))
}

/**
 * Indexes of the `count` candidate lines closest to the host, in document order: first the run
 * just before it (where the seeds put them), else the run just after.
 */
function nearbyQuoteLines(blocks: readonly QuoteHostBlock[], hostIndex: number, count: number, consumed: Set<number>): number[] | null {
  const before: number[] = []
  for (let index = hostIndex - 1; index >= 0 && before.length < count; index--) {
    if (consumed.has(index) || !isPulledQuoteCandidate(blocks[index]!)) break
    before.unshift(index)
  }
  if (before.length === count) return before
  const after: number[] = []
  for (let index = hostIndex + 1; index < blocks.length && after.length < count; index++) {
    if (!isPulledQuoteCandidate(blocks[index]!)) break
    after.push(index)
  }
  return after.length === count ? after : null
}

function fillEmptyQuotes<Block extends QuoteHostBlock>(host: Block, marks: number[], quotes: MappedText[]): Block {
  const parts: MappedText[] = []
  const restoredQuotes: Array<{ start: number; end: number }> = []
  let cursor = 0
  let length = 0
  marks.forEach((mark, index) => {
    // Keep the opening mark, insert the quote, and continue from the closing mark.
    const head = sliceMappedText(host.content, cursor, mark + 1)
    parts.push(head)
    length += head.text.length
    const quote = quotes[index]!
    parts.push(quote)
    restoredQuotes.push({ start: length, end: length + quote.text.length })
    length += quote.text.length
    cursor = mark + 1
  })
  parts.push(sliceMappedText(host.content, cursor))
  return { ...host, content: concatMappedTexts(parts), restoredQuotes }
}
