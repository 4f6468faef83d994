import { createRequire } from 'node:module'
import { normalizeDate } from './article-metadata'
import { createSyntheticText } from './mapped-text'
import type { ReadArticle, SourceBlock } from './source-block'
import { assertMarkupWithinLimits } from './structure-limits'

/**
 * Reads a saved web page: @mozilla/readability finds the article in a linkedom document (no DOM
 * globals, and no script ever runs: linkedom does not execute scripts). Title and date come from
 * the page's metadata; navigation, footers and asides are kept as page furniture, not dropped.
 *
 * Source map: none. The text is rebuilt from the parsed DOM (entities decoded, tags gone), and
 * linkedom keeps no source positions, so HTML articles have an empty `sourceMap`.
 */

/** The few DOM members used here; linkedom's own typings rely on the DOM lib this project leaves out. */
interface HtmlNode {
  nodeType: number
  textContent: string | null
  childNodes: ArrayLike<HtmlNode>
}
interface HtmlElement extends HtmlNode {
  localName: string
  parentElement: HtmlElement | null
  getAttribute(name: string): string | null
  closest(selector: string): HtmlElement | null
  querySelectorAll(selector: string): ArrayLike<HtmlElement>
  getElementsByTagName(name: string): ArrayLike<HtmlElement>
  remove(): void
}
interface HtmlDocument {
  title: string
  body: HtmlElement | null
  documentElement: HtmlElement | null
  querySelector(selector: string): HtmlElement | null
  querySelectorAll(selector: string): ArrayLike<HtmlElement>
  getElementsByTagName(name: string): ArrayLike<HtmlElement>
}
/** An XML document (EPUB package, feed, Office properties) as linkedom parses it. */
export type XmlDocument = HtmlDocument
export type XmlElement = HtmlElement
interface ReadabilityResult {
  title?: string | null
  content?: string | null
  publishedTime?: string | null
}
interface HtmlLibraries {
  parseDocument(html: string): HtmlDocument
  parseXml(xml: string): HtmlDocument
  readArticle(document: HtmlDocument): ReadabilityResult | null
}

let htmlLibraries: HtmlLibraries | undefined

/**
 * linkedom is slow to load: loaded on the first HTML file rather than at start-up, since most
 * libraries are plain text. `require` keeps `parseArticle` synchronous; both packages ship CommonJS.
 */
function loadHtmlLibraries(): HtmlLibraries {
  if (!htmlLibraries) {
    const require = createRequire(import.meta.url)
    const { parseHTML, DOMParser } = require('linkedom') as typeof import('linkedom')
    const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability')
    htmlLibraries = {
      parseDocument: (html) => parseHTML(html).document as unknown as HtmlDocument,
      parseXml: (xml) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as HtmlDocument,
      readArticle: (document) => new Readability(document as never).parse()
    }
  }
  return htmlLibraries
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1
/** Never text: code, styling, embedded media, form controls. */
const NON_TEXT_ELEMENTS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, input, textarea'
/** Around the article rather than in it. */
const FURNITURE_ELEMENTS = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]'
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul'.split(
    ' '
  )
)
const HEADING = /^h[1-6]$/

/** Metadata naming the publication date, most specific first. Compared lower-cased. */
const DATE_META = ['article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created']
const TITLE_META = ['og:title', 'twitter:title']

const OUTLET_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher']
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author']

/** An XML document (parsed with linkedom, loaded on first use like the HTML readers). */
export function parseXmlDocument(xml: string): XmlDocument {
  assertMarkupWithinLimits(xml, 'xml')
  return loadHtmlLibraries().parseXml(xml)
}

export function readHtmlArticle(html: string): ReadArticle {
  assertMarkupWithinLimits(html, 'html')
  const { parseDocument, readArticle } = loadHtmlLibraries()
  const document = parseDocument(html)
  const meta = readMetaTags(document)
  const linkedData = readLinkedData(document)
  let title = firstValue(meta, TITLE_META) ?? linkedData.title ?? (collapse(document.title) || null)
  let date = firstDate(meta, DATE_META) ?? linkedData.date ?? timeElementDate(document)
  const outlet = firstValue(meta, OUTLET_META) ?? linkedData.outlet
  const author = firstPersonName(meta, AUTHOR_META) ?? linkedData.author
  const url = canonicalUrl(document) ?? webAddress(meta.get('og:url')) ?? linkedData.url

  for (const element of Array.from(document.querySelectorAll(NON_TEXT_ELEMENTS))) element.remove()
  const boilerplate: ReadArticle['boilerplate'] = []
  for (const element of Array.from(document.querySelectorAll(FURNITURE_ELEMENTS))) {
    if (element.parentElement?.closest(FURNITURE_ELEMENTS)) continue
    // One line per block or link, so "I più letti", "Borse in calo" do not run together.
    const lines: SourceBlock[] = []
    collectBlocks(element, 'paragraph', lines, true)
    const text = lines.map((line) => collapse(line.content.text)).filter(Boolean).join('\n')
    if (text) boilerplate.push({ kind: 'page-furniture', text })
  }
  for (const element of Array.from(document.querySelectorAll(FURNITURE_ELEMENTS))) element.remove()

  const article = readArticleSafely(readArticle, document)
  title ??= collapse(article?.title ?? '') || null
  date ??= normalizeDate(article?.publishedTime ?? null)
  // Readability found no article (a very short page): read the whole body instead.
  const root = article?.content ? parseDocument(`<!DOCTYPE html><html><body>${article.content}</body></html>`).body : document.body
  const blocks: SourceBlock[] = []
  if (root) collectBlocks(root, 'paragraph', blocks)
  return { blocks, title, date, outlet, author, url, boilerplate, warnings: [] }
}

/**
 * The blocks of an HTML fragment that is all article (a Word document converted by mammoth, an
 * EPUB chapter, a feed item's content): no Readability, which would drop short parts of it.
 */
export function readHtmlBlocks(html: string): SourceBlock[] {
  assertMarkupWithinLimits(html, 'html')
  const whole = /<body[\s>]/i.test(html)
  const document = loadHtmlLibraries().parseDocument(whole ? html : `<!DOCTYPE html><html><body>${html}</body></html>`)
  for (const element of Array.from(document.querySelectorAll(NON_TEXT_ELEMENTS))) element.remove()
  const blocks: SourceBlock[] = []
  if (document.body) collectBlocks(document.body, 'paragraph', blocks)
  return blocks
}

interface LinkedData {
  title: string | null
  date: string | null
  outlet: string | null
  author: string | null
  url: string | null
}

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|PressRelease)$/

/** schema.org JSON-LD (`NewsArticle` and kin, possibly inside an `@graph`): what news sites state most reliably. */
function readLinkedData(document: HtmlDocument): LinkedData {
  const found: LinkedData = { title: null, date: null, outlet: null, author: null, url: null }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown
    try {
      parsed = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const article = findLinkedArticle(parsed)
    if (!article) continue
    found.title ??= stringOf(article.headline)
    found.date ??= normalizeDate(stringOf(article.datePublished) ?? stringOf(article.dateCreated))
    found.outlet ??= nameOf(article.publisher)
    found.author ??= nameOf(article.author)
    found.url ??= webAddress(stringOf(article.url) ?? stringOf(article.mainEntityOfPage) ?? nameOf(article.mainEntityOfPage, '@id'))
  }
  return found
}

function findLinkedArticle(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const article = findLinkedArticle(item)
      if (article) return article
    }
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const types = ([] as unknown[]).concat(record['@type'] ?? [])
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return record
  return record['@graph'] ? findLinkedArticle(record['@graph']) : null
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? collapse(value) : null
}

/** `"Ansa"`, `{ "name": "Ansa" }` or a list of either: the names, joined. */
function nameOf(value: unknown, key = 'name'): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((item) => (typeof item === 'object' && item !== null ? stringOf((item as Record<string, unknown>)[key]) : stringOf(item)))
    .filter((name): name is string => name !== null)
  return names.length > 0 ? names.join(', ') : null
}

/** Only http(s) addresses are kept: they are shown and exported, never opened by Riscontro. */
function webAddress(value: string | null | undefined): string | null {
  return value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null
}

function canonicalUrl(document: HtmlDocument): string | null {
  return webAddress(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
}

/** `article:author` is often a profile address rather than a name; those are passed over. */
function firstPersonName(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)
    if (value && !/^https?:/i.test(value)) return value
  }
  return null
}

/** Readability can throw on odd markup; the page is then read from its body rather than refused. */
function readArticleSafely(readArticle: HtmlLibraries['readArticle'], document: HtmlDocument): ReadabilityResult | null {
  try {
    return readArticle(document)
  } catch {
    return null
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function readMetaTags(document: HtmlDocument): Map<string, string> {
  const values = new Map<string, string>()
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase()
    const content = collapse(element.getAttribute('content') ?? '')
    if (key && content && !values.has(key)) values.set(key, content)
  }
  return values
}

function firstValue(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)
    if (value) return value
  }
  return null
}

function firstDate(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const date = normalizeDate(meta.get(key) ?? null)
    if (date) return date
  }
  return null
}

function timeElementDate(document: HtmlDocument): string | null {
  for (const element of Array.from(document.querySelectorAll('time[datetime]'))) {
    const date = normalizeDate(element.getAttribute('datetime'))
    if (date) return date
  }
  return null
}

/**
 * Walks the content: each heading, paragraph, list item and other block becomes a block; inline
 * markup inside them is flattened to its text (a `<br>` becomes a space). In navigation,
 * `linksAsLines` makes each link a line of its own.
 */
function collectBlocks(container: HtmlElement, kind: 'paragraph' | 'quote', blocks: SourceBlock[], linksAsLines = false): void {
  let inline = ''
  const flush = (): void => {
    if (inline.trim()) blocks.push({ content: createSyntheticText(inline), kind })
    inline = ''
  }
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      inline += child.textContent ?? ''
      continue
    }
    if (child.nodeType !== ELEMENT_NODE) continue
    const element = child as HtmlElement
    const tag = element.localName
    if (tag === 'br') {
      inline += '\n'
    } else if (HEADING.test(tag)) {
      flush()
      const text = element.textContent ?? ''
      if (text.trim()) blocks.push({ content: createSyntheticText(text), kind: 'heading' })
    } else if (tag === 'blockquote') {
      flush()
      collectBlocks(element, 'quote', blocks, linksAsLines)
    } else if (BLOCK_ELEMENTS.has(tag) || (linksAsLines && tag === 'a')) {
      flush()
      collectBlocks(element, kind, blocks, linksAsLines)
    } else {
      // Inline markup; table cells are spaced so their values do not run together.
      inline += tag === 'td' || tag === 'th' ? ` ${element.textContent ?? ''} ` : (element.textContent ?? '')
    }
  }
  flush()
}
