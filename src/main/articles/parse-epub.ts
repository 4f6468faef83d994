import { posix } from 'node:path'
import { normalizeDate } from './article-metadata'
import { readHtmlBlocks } from './parse-html'
import { DocumentReadError, type ReadArticle, type SourceBlock } from './source-block'
import { userMessage } from '../../shared/i18n/user-message'
import { xmlText, ZipArchive } from './zip-archive'

/**
 * Reads an EPUB as one article: its chapters in reading order (the package's spine), each read
 * from its XHTML like any HTML fragment. Title, author, publisher, date and a web address (an
 * `http` identifier or source) come from the package's Dublin Core metadata.
 */
export function readEpubArticle(bytes: Uint8Array): ReadArticle {
  const archive = ZipArchive.open(bytes, 'epub')
  const container = archive.xml('META-INF/container.xml')
  const packagePath = container?.getElementsByTagName('rootfile')[0]?.getAttribute('full-path')
  const book = packagePath ? archive.xml(packagePath) : null
  if (!packagePath || !book) {
    throw new DocumentReadError('unreadable', userMessage('epubNoPackage'))
  }
  const hrefById = new Map<string, string>()
  for (const item of Array.from(book.getElementsByTagName('item'))) {
    const id = item.getAttribute('id')
    const href = item.getAttribute('href')
    if (id && href) hrefById.set(id, href)
  }
  const folder = posix.dirname(packagePath)
  const blocks: SourceBlock[] = []
  for (const reference of Array.from(book.getElementsByTagName('itemref'))) {
    if (reference.getAttribute('linear') === 'no') continue
    const href = hrefById.get(reference.getAttribute('idref') ?? '')
    if (!href) continue
    const chapter = archive.text(posix.normalize(posix.join(folder, decodeURIComponent(href.split('#')[0]!))))
    if (chapter !== null) blocks.push(...readHtmlBlocks(chapter))
  }
  const address = [xmlText(book, 'dc:source'), xmlText(book, 'dc:identifier')].find((value) => value && /^https?:\/\/\S+$/i.test(value))
  return {
    blocks,
    title: xmlText(book, 'dc:title'),
    date: normalizeDate(xmlText(book, 'dc:date')),
    outlet: xmlText(book, 'dc:publisher'),
    author: xmlText(book, 'dc:creator'),
    url: address ?? null,
    boilerplate: [],
    warnings: []
  }
}
