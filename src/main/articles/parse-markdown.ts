import matter from 'gray-matter'
import type { Nodes, Parent, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { normalizeDate, readFusedDate } from './article-metadata'
import { concatMappedTexts, emptyMappedText, MappedTextBuilder, createSyntheticText, type MappedText } from './mapped-text'
import type { ReadArticle, SourceBlock } from './source-block'

/**
 * Reads a Markdown article: front matter (title, date) with gray-matter, structure with mdast.
 * Headings become heading blocks, paragraphs and list items paragraphs, block quotes quote blocks;
 * the markup itself (`#`, `*`, `[…](…)`, backslash escapes) is left out of the text.
 *
 * Source map: each text node is aligned character by character with the Markdown it came from, so
 * the map points at the words in the .md file and skips the markup around and inside them.
 */

/**
 * gray-matter evaluates `---js` front matter with `eval`; a file in someone's library must never
 * run code, so the JavaScript engines are replaced by one that refuses.
 */
const refuseToEvaluate = (): never => {
  throw new Error('JavaScript front matter is not read')
}
const FRONT_MATTER_OPTIONS = { engines: { js: refuseToEvaluate, javascript: refuseToEvaluate } }
/** Front matter only when the opening `---` line has a closing one: a lone `---` is a thematic break. */
const FRONT_MATTER = /^---[\w-]*[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/

export function readMarkdownArticle(original: string): ReadArticle {
  const warnings: string[] = []
  let title: string | null = null
  let date: string | null = null
  let contentStart = 0
  if (FRONT_MATTER.test(original)) {
    try {
      const file = matter(original, FRONT_MATTER_OPTIONS)
      if (original.endsWith(file.content)) contentStart = original.length - file.content.length
      const data = file.data as Record<string, unknown>
      title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : null
      date = normalizeDate(data.date ?? data.published ?? data.pubDate ?? data.datePublished ?? null)
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      warnings.push(`The front matter at the top of this file could not be read (${message}); it is shown as text.`)
    }
  }
  const fusedDate = readFusedDate(original.slice(contentStart))
  if (fusedDate) {
    date ??= fusedDate.date
    contentStart += fusedDate.length
  }
  const content = original.slice(contentStart)
  const reader = new MarkdownBlockReader(original, contentStart)
  reader.readBlocks(fromMarkdown(content).children, 'paragraph')
  return { blocks: reader.blocks, title, date, boilerplate: [], warnings }
}

class MarkdownBlockReader {
  readonly blocks: SourceBlock[] = []

  constructor(
    private readonly original: string,
    /** Where the parsed Markdown starts in the original (after the front matter). */
    private readonly offset: number
  ) {}

  readBlocks(nodes: readonly RootContent[], paragraphKind: 'paragraph' | 'quote'): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          this.add(this.inlineText(node), 'heading')
          break
        case 'paragraph':
          this.add(this.inlineText(node), paragraphKind)
          break
        case 'blockquote':
          this.readBlocks(node.children, 'quote')
          break
        case 'list':
          for (const item of node.children) this.readBlocks(item.children, paragraphKind)
          break
        case 'code':
          this.add(this.aligned(node.value, node), paragraphKind)
          break
        case 'html':
          // Raw HTML in Markdown: its text is kept, its tags and comments are not.
          this.add(createSyntheticText(node.value.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ')), paragraphKind)
          break
        case 'thematicBreak':
        case 'definition':
        case 'yaml':
          break
        default:
          this.add(createSyntheticText(toString(node, { includeImageAlt: false, includeHtml: false })), paragraphKind)
      }
    }
  }

  private add(content: MappedText, kind: SourceBlock['kind']): void {
    if (content.text.trim()) this.blocks.push({ content, kind })
  }

  /** The words of a paragraph or heading, markup left out; a hard line break becomes a space. */
  private inlineText(node: Parent): MappedText {
    const parts: MappedText[] = []
    const visit = (child: Nodes): void => {
      if (child.type === 'text' || child.type === 'inlineCode') parts.push(this.aligned(child.value, child))
      else if (child.type === 'break') parts.push(createSyntheticText(' '))
      else if (child.type === 'image' || child.type === 'imageReference' || child.type === 'html' || child.type === 'footnoteReference') return
      else if ('children' in child) for (const grandchild of child.children) visit(grandchild)
    }
    for (const child of node.children) visit(child as Nodes)
    return parts.length === 0 ? emptyMappedText : concatMappedTexts(parts)
  }

  /**
   * `value` mapped onto the Markdown source it came from: each character is matched with the next
   * identical source character within a few positions (skipping `\` escapes, `&amp;` entities, the
   * `> ` of quoted lines); a character not found there maps to nothing.
   */
  private aligned(value: string, node: Nodes): MappedText {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return createSyntheticText(value)
    const sourceStart = this.offset + start
    const sourceEnd = this.offset + end
    const builder = new MappedTextBuilder()
    let cursor = sourceStart
    for (let index = 0; index < value.length; index++) {
      const character = value[index]!
      let found = -1
      for (let probe = cursor; probe < Math.min(sourceEnd, cursor + 12); probe++) {
        if (this.original[probe] === character) {
          found = probe
          break
        }
      }
      builder.push(character, found)
      if (found >= 0) cursor = found + 1
    }
    return builder.build()
  }
}
