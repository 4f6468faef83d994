import type { ArticleBlock, ArticleDocument, BoilerplateBlock } from '../../shared/model'
import { measureAudioPlayerPrefix, classifyBoilerplate, isOfferFragment, type BoilerplateKind } from './boilerplate'
import { normalizeSpacing } from './clean-text'
import { chooseHeadings, looksLikeHeading } from './headings'
import { buildSourceMap, concatMappedTexts, sliceMappedText, createSyntheticText, type MappedText } from './mapped-text'
import { restorePulledQuotes, type QuoteHostBlock } from './pulled-quotes'
import type { SourceBlock } from './source-block'

/**
 * The pipeline every format shares, after its reader has found the blocks: normalize spacing, set
 * boilerplate aside, put pulled quotes back, decide headings, and lay the blocks out as one text
 * (blocks separated by a blank line) with its source map.
 */

export interface BuiltDocument {
  document: ArticleDocument
  /** A paywall cut the article off. */
  truncated: boolean
}

const BLOCK_SEPARATOR = '\n\n'
/** One separator for every article: MappedTexts are never written to once made (see mapped-text). */
const blockSeparator = createSyntheticText(BLOCK_SEPARATOR)

type ArticleUnit = QuoteHostBlock & SourceBlock

export function buildArticleDocument(sourceBlocks: readonly SourceBlock[], readerBoilerplate: readonly BoilerplateBlock[] = []): BuiltDocument {
  const cleaned = splitAudioPlayerPrefixes(
    sourceBlocks.map((block) => ({ ...block, content: normalizeSpacing(block.content) })).filter((block) => block.content.text.length > 0)
  )
  const { article, boilerplate, truncated } = separateBoilerplate(cleaned)
  const restored = rejoinSplitSentences(restorePulledQuotes(article.map((block): ArticleUnit => ({ ...block, restoredQuotes: [] }))))
  const headings = chooseHeadings(
    restored.map((block, index) =>
      block.kind !== null || block.isTableRow || block.isInWrappedRun ? null : looksLikeHeading(block.content.text, { leading: index === 0 })
    )
  )

  const parts: MappedText[] = []
  const blocks: ArticleBlock[] = []
  const restoredQuotes: ArticleDocument['restoredQuotes'] = []
  let offset = 0
  restored.forEach((block, index) => {
    if (index > 0) {
      parts.push(blockSeparator)
      offset += BLOCK_SEPARATOR.length
    }
    parts.push(block.content)
    const kind = block.kind ?? (headings[index] ? 'heading' : 'paragraph')
    const laidOut: ArticleBlock = { kind, start: offset, end: offset + block.content.text.length }
    if (block.page !== undefined) laidOut.page = block.page
    blocks.push(laidOut)
    for (const span of block.restoredQuotes) restoredQuotes.push({ start: offset + span.start, end: offset + span.end })
    offset += block.content.text.length
  })
  const body = parts.length === 0 ? createSyntheticText('') : concatMappedTexts(parts)
  return {
    document: {
      text: body.text,
      blocks,
      boilerplate: [...readerBoilerplate, ...boilerplate],
      restoredQuotes,
      sourceMap: buildSourceMap(body)
    },
    truncated
  }
}

const ENDS_WITHOUT_PUNCTUATION = /[^.!?:;…"”»’)\]]$/u
const STARTS_LOWERCASE = /^\p{Ll}/u

/**
 * A sentence split over two blocks ("…Britain's shabby tabby" / "surely deserves his own film",
 * where a page lost a link) is joined again: the first part ends without punctuation and the
 * second starts in lowercase. Only plain-text blocks (markup states its own structure), and never
 * the opening line: a headline over a paragraph that starts in lowercase is still a headline.
 */
function rejoinSplitSentences(blocks: ArticleUnit[]): ArticleUnit[] {
  const joined: ArticleUnit[] = []
  for (const block of blocks) {
    const previous = joined.at(-1)
    const joinable = (unit: ArticleUnit): boolean => unit.kind === null && !unit.isTableRow && !unit.isInWrappedRun
    if (
      previous &&
      joined.length > 1 &&
      joinable(previous) &&
      joinable(block) &&
      ENDS_WITHOUT_PUNCTUATION.test(previous.content.text) &&
      STARTS_LOWERCASE.test(block.content.text)
    ) {
      const shift = previous.content.text.length + 1
      joined[joined.length - 1] = {
        ...previous,
        content: concatMappedTexts([previous.content, createSyntheticText(' '), block.content]),
        restoredQuotes: [...previous.restoredQuotes, ...block.restoredQuotes.map((span) => ({ start: span.start + shift, end: span.end + shift }))]
      }
    } else {
      joined.push(block)
    }
  }
  return joined
}

/** "Ascolta ora 00:00 00:00 La Russia ha fornito…": the player's label becomes its own block. */
function splitAudioPlayerPrefixes(blocks: SourceBlock[]): SourceBlock[] {
  if (!blocks.some((block) => measureAudioPlayerPrefix(block.content.text) > 0)) return blocks
  return blocks.flatMap((block) => {
    const prefixLength = measureAudioPlayerPrefix(block.content.text)
    if (prefixLength === 0 || prefixLength >= block.content.text.length) return [block]
    return [
      { ...block, content: normalizeSpacing(sliceMappedText(block.content, 0, prefixLength)) },
      { ...block, content: normalizeSpacing(sliceMappedText(block.content, prefixLength)) }
    ]
  })
}

/**
 * Splits the blocks into article text and boilerplate, in order. After a paywall, the short blocks
 * that follow are its subscription offer (often wrapped over several lines) and are kept together.
 */
function separateBoilerplate(blocks: SourceBlock[]): { article: SourceBlock[]; boilerplate: BoilerplateBlock[]; truncated: boolean } {
  const article: SourceBlock[] = []
  const boilerplate: BoilerplateBlock[] = []
  let truncated = false
  let afterPaywall = false
  for (const block of blocks) {
    const text = block.content.text
    let kind: BoilerplateKind | null = classifyBoilerplate(text)
    if (kind === null && afterPaywall && isOfferFragment(text)) kind = 'subscription'
    if (kind === null) {
      afterPaywall = false
      article.push(block)
      continue
    }
    if (kind === 'paywall') {
      truncated = true
      afterPaywall = true
    }
    const previous = boilerplate.at(-1)
    if (kind === 'subscription' && previous?.kind === 'subscription' && afterPaywall) previous.text += '\n' + text
    else boilerplate.push({ kind, text })
  }
  return { article, boilerplate, truncated }
}
