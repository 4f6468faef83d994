import { isMap, parse, parseDocument, stringify } from 'yaml'

/**
 * The export's YAML front matter. Flat keys with string or list-of-string values only, as
 * Obsidian's properties require (https://help.obsidian.md/properties: no nested objects).
 */
export interface ExportFrontMatter {
  title: string
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`: Obsidian reads it as a date property. */
  created: string
  /** Source article titles. */
  sources: string[]
  tags: string[]
}

/** Tags Riscontro writes start with this; the user's other tags survive a re-export. */
const GENERATED_TAG = /^riscontro(\/|$)/

const yamlOptions = { lineWidth: 0 } as const

/** The YAML of the front matter, without the `---` lines around it. */
export function buildFrontMatter(frontMatter: ExportFrontMatter): string {
  return stringify(frontMatter, yamlOptions)
}

/** Splits `---\n…\n---` off the top of a file (LF line endings); `frontMatter` is the YAML between. */
export function splitFrontMatter(markdown: string): { frontMatter: string | null; body: string } {
  const match = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(markdown)
  if (!match) return { frontMatter: null, body: markdown }
  return { frontMatter: match[1] ?? '', body: markdown.slice(match[0].length) }
}

/**
 * The front matter of a re-export: the user's keys, values and comments kept in place; `title`
 * and `sources` updated; `created` kept from the first export; the user's own tags kept after
 * Riscontro's. YAML the user broke is kept as written rather than rewritten.
 */
export function mergeFrontMatter(existingYaml: string | null, generatedYaml: string): string {
  if (existingYaml === null) return generatedYaml
  const document = parseDocument(existingYaml)
  if (document.errors.length > 0 || (document.contents !== null && !isMap(document.contents))) return existingYaml
  const generated = parse(generatedYaml) as ExportFrontMatter
  if (document.contents === null) return generatedYaml
  document.set('title', generated.title)
  if (!document.has('created')) document.set('created', generated.created)
  document.set('sources', document.createNode(generated.sources))
  const userTags = readTags(document.toJS()?.tags).filter((tag) => !GENERATED_TAG.test(tag))
  document.set('tags', document.createNode([...generated.tags, ...userTags.filter((tag) => !generated.tags.includes(tag))]))
  return document.toString(yamlOptions)
}

/** Obsidian accepts `tags: a` and `tags: [a, b]`. */
function readTags(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((tag) => tag !== '')
  if (Array.isArray(value)) return value.filter((tag): tag is string => typeof tag === 'string')
  return []
}
