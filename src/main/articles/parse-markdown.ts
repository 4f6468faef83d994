import type { Nodes, Parent, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { parse as parseYaml } from 'yaml'
import { normalizeDate, readFusedDate } from './article-metadata'
import { concatMappedTexts, emptyMappedText, MappedTextBuilder, createSyntheticText, type MappedText } from './mapped-text'
import type { ReadArticle, SourceBlock } from './source-block'

/**
 * Reads a Markdown article: front matter (title, date) with `yaml`, structure with mdast.
 * Headings become heading blocks, paragraphs and list items paragraphs, block quotes quote blocks;
 * the markup itself (`#`, `*`, `[…](…)`, backslash escapes) is left out of the text.
 *
 * Source map: each text node is aligned character by character with the Markdown it came from, so
 * the map points at the words in the .md file and skips the markup around and inside them.
 */

/**
 * Front matter only when the opening `---` line has a closing one: a lone `---` is a thematic break.
 * Text right after the opening dashes names the front matter's language (`---yaml`, `---js`): only
 * YAML is read, and JavaScript front matter is never run (gray-matter, which this replaced, ran it
 * with `eval` unless told not to).
 */
const FRONT_MATTER = /^---([\w-]*)[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Reads YAML front matter as js-yaml's safe schema did under gray-matter: the YAML 1.2 core types
 * plus timestamps, so `date: 2024-01-10` is a date either way (JSON front matter is YAML too).
 */
function parseFrontMatter(language: string, yaml: string): Record<string, unknown> {
  if (!['', 'yaml', 'yml', 'json'].includes(language.toLowerCase())) throw new Error(`${language} front matter is not read`)
  const data: unknown = parseYaml(yaml, { customTags: ['timestamp'] })
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

export function readMarkdownArticle(file: string): ReadArticle {
  // Offsets are kept: Obsidian's markup is blanked out, never cut out, so the source map still fits the file.
  const original = blankObsidianSyntax(file)
  const warnings: string[] = []
  let title: string | null = null
  let date: string | null = null
  let credits: Pick<ReadArticle, 'outlet' | 'author' | 'url'> = {}
  let contentStart = 0
  const frontMatter = FRONT_MATTER.exec(original)
  if (frontMatter) {
    try {
      const data = parseFrontMatter(frontMatter[1]!, frontMatter[2]!)
      contentStart = frontMatter[0].length
      title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : null
      date = normalizeDate(data.date ?? data.published ?? data.pubDate ?? data.datePublished ?? null)
      credits = readFrontMatterCredits(data)
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
  // The words are aligned with the file itself, so the map never points at blanked markup.
  const reader = new MarkdownBlockReader(file, contentStart)
  reader.readBlocks(fromMarkdown(content).children, 'paragraph')
  return { blocks: reader.blocks, title, date, ...credits, boilerplate: [], warnings }
}

/**
 * `outlet` (or `publisher`, `site`, or `source` when it is not an address), `author` (or `authors`,
 * a list or Obsidian links such as `"[[Anna Rossi]]"`) and `url` (or `source`/`link` holding an
 * address, as Obsidian's Web Clipper writes it).
 */
function readFrontMatterCredits(data: Record<string, unknown>): Pick<ReadArticle, 'outlet' | 'author' | 'url'> {
  const text = (value: unknown): string | null => {
    const values = ([] as unknown[]).concat(value ?? []).filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    const joined = values.map((item) => String(item).replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2').trim()).filter(Boolean).join(', ')
    return joined || null
  }
  const isAddress = (value: string | null): value is string => value !== null && /^https?:\/\/\S+$/i.test(value)
  const source = text(data.source)
  const url = [text(data.url), source, text(data.link), text(data.canonical)].find(isAddress) ?? null
  const outlet = text(data.outlet) ?? text(data.publisher) ?? text(data.site) ?? (isAddress(source) ? null : source)
  return { outlet, author: text(data.author) ?? text(data.authors), url }
}

/** `[[Target]]`, `[[Target|shown text]]`, `[[Target#Heading]]`, `![[embedded note]]`. */
const WIKILINK = /!?\[\[([^[\]\n|]+?)(?:\|([^[\]\n]+?))?\]\]/g
/** `> [!warning]- Title`: the callout's type marker on the first line of a block quote. */
const CALLOUT_MARKER = /^([ \t]*(?:>[ \t]*)+)(\[![\w-]+\][+-]?)/gm

/**
 * Obsidian's own syntax, read as a reader of the note sees it: a wikilink or embed as the text it
 * shows (its alias, else its target, a heading or block reference after `#` or `^` kept as words or
 * dropped), a callout as the block quote it is, without its `[!type]` marker. The markup is
 * replaced by spaces of the same length, which the cleaning collapses.
 */
export function blankObsidianSyntax(markdown: string): string {
  if (!markdown.includes('[[') && !markdown.includes('[!')) return markdown
  return markdown
    .replace(WIKILINK, (match, target: string, alias: string | undefined) => {
      if (alias !== undefined) return ' '.repeat(match.length - alias.length - 2) + alias + '  '
      const opening = match.startsWith('!') ? 3 : 2
      const shown = target.replace(/\^[\w-]+$/, (block) => ' '.repeat(block.length)).replace(/#/g, ' ')
      return ' '.repeat(opening) + shown + '  '
    })
    .replace(CALLOUT_MARKER, (_match, quote: string, marker: string) => quote + ' '.repeat(marker.length))
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
