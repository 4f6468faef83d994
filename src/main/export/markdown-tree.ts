import type { BlockContent, DefinitionContent, Html, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfm } from 'micromark-extension-gfm'

/**
 * The GFM extensions, made once: mdast-util-to-markdown compiles each escaping pattern to a regular
 * expression and keeps it on the pattern, so a fresh extension per call compiled them all again. An
 * export serializes thousands of regions and batches, and their compiled expressions (which only
 * a full garbage collection frees) pushed a 3,000-article export's memory past 500 MB (issue 15).
 * Aligning pads every cell to its column's widest: on a long table one wide cell pads thousands of lines.
 */
const GFM_ALIGNED_TABLES = gfmToMarkdown({ tablePipeAlign: true })
const GFM_UNALIGNED_TABLES = gfmToMarkdown({ tablePipeAlign: false })

/**
 * The one place Markdown is written and read. Everything the export emits goes through
 * mdast-util-to-markdown, which escapes what must be escaped (pipes in table cells, `*`, `[`), so
 * no caller concatenates user text into Markdown by hand.
 */
export function serializeMarkdown(children: readonly RootContent[], options: { alignTables?: boolean } = {}): string {
  const root: Root = { type: 'root', children: [...children] }
  return toMarkdown(root, {
    extensions: [options.alignTables === false ? GFM_UNALIGNED_TABLES : GFM_ALIGNED_TABLES],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fences: true,
    rule: '-',
    listItemIndent: 'one'
  }).trimEnd()
}

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

export function text(value: string): Text {
  return { type: 'text', value }
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children }
}

/**
 * Syntax the Markdown tree cannot express (Obsidian's `[!warning]` callout title, which the
 * serializer would otherwise escape as a link). Only ever given constant strings, never user text.
 */
export function rawSyntax(value: string): Html {
  return { type: 'html', value }
}

export type FlowContent = BlockContent | DefinitionContent

/** Nodes whose children are walked when rewriting a parsed note. */
export function getChildren(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : []
}
