import { hash } from 'node:crypto'
import { normalizeDate } from './article-metadata'
import { decodeArticleBytes } from './decode-text'
import { parseXmlDocument, readHtmlBlocks, type XmlElement } from './parse-html'
import { DocumentReadError, type DocumentReading, type ReadArticle } from './source-block'
import { userMessage } from '../../shared/i18n/user-message'

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed file: each item is an article of its own. An item is
 * named within its file by `part`, a short hash of its guid (Atom `id`), else its link, else its
 * title: stable while the feed gains and loses items, so its claims and notes keep their ids. The
 * feed's title stands for the outlet.
 */
export function readFeedArticles(bytes: Uint8Array): DocumentReading['parts'] {
  const decoded = decodeArticleBytes(bytes)
  if (!decoded.ok) throw new DocumentReadError('unreadable', userMessage('feedNotText', { kind: decoded.kind }))
  const document = parseXmlDocument(decoded.text)
  const root = document.documentElement
  const rootName = root?.localName.toLowerCase() ?? ''
  if (!root || !['rss', 'feed', 'rdf:rdf', 'rdf'].includes(rootName)) {
    throw new DocumentReadError('not-an-article', userMessage('xmlNotFeed'))
  }
  const channel = root.getElementsByTagName('channel')[0] ?? root
  const outlet = childText(channel, ['title'])
  const items = [...Array.from(root.getElementsByTagName('item')), ...Array.from(root.getElementsByTagName('entry'))]
  const usedParts = new Set<string>()
  return items.map((item, position) => {
    const link = itemLink(item)
    const title = childText(item, ['title'])
    const base = hash('sha1', childText(item, ['guid', 'id']) ?? link ?? title ?? String(position), 'hex').slice(0, 8)
    let part = base
    for (let suffix = 2; usedParts.has(part); suffix++) part = `${base}-${suffix}`
    usedParts.add(part)
    const content = childText(item, ['content:encoded', 'content', 'description', 'summary'], false) ?? ''
    const article: ReadArticle = {
      blocks: readHtmlBlocks(content),
      title,
      date: normalizeDate(childText(item, ['pubdate', 'published', 'dc:date', 'updated'])),
      outlet,
      author: childText(item, ['dc:creator', 'author']),
      url: link,
      boilerplate: [],
      warnings: []
    }
    return { part, article }
  })
}

/**
 * The text of the first child element with one of these names (lower-cased, prefix included), tried
 * in order. Atom's `<author><name>` gives its name; `collapse` false keeps an HTML body's line breaks.
 */
function childText(element: XmlElement, names: readonly string[], collapse = true): string | null {
  const children = Array.from(element.childNodes).filter((node): node is XmlElement => node.nodeType === 1)
  for (const name of names) {
    const child = children.find((candidate) => candidate.localName.toLowerCase() === name)
    if (!child) continue
    const nested = child.getElementsByTagName('name')[0]
    const text = (nested ?? child).textContent ?? ''
    const value = collapse ? text.replace(/\s+/g, ' ').trim() : text.trim()
    if (value) return value
  }
  return null
}

/** RSS `<link>` holds the address; Atom's `<link rel="alternate" href>` (or a link with no rel) does. */
function itemLink(item: XmlElement): string | null {
  for (const link of Array.from(item.childNodes).filter((node): node is XmlElement => node.nodeType === 1 && (node as XmlElement).localName.toLowerCase() === 'link')) {
    const href = link.getAttribute('href')
    const rel = link.getAttribute('rel')
    const address = (href ?? link.textContent ?? '').trim()
    if ((!rel || rel === 'alternate') && /^https?:\/\/\S+$/i.test(address)) return address
  }
  return null
}
