import { zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../claims/extract-claims'
import {
  droughtNewsStory,
  droughtPressRelease,
  droughtReport,
  makeImageOnlyPdf,
  makePasswordPdf,
  makeStoryAtom,
  makeStoryDocx,
  makeStoryEml,
  makeStoryEpub,
  makeStoryMhtml,
  makeStoryPdf,
  makeStoryRss
} from './fixtures/document-fixtures'
import { readArticleFile, type ArticleFormat, type FileReading, type ParsedArticle } from './parse-article'
import { readPdfDate } from './parse-pdf'

async function readOne(bytes: Uint8Array | string, format: ArticleFormat, fileName: string): Promise<ParsedArticle> {
  const reading = await readArticleFile(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, format, fileName)
  if (!reading.ok) throw new Error(reading.problem.message)
  expect(reading.articles).toHaveLength(1)
  return reading.articles[0]!
}

function blocksOf(article: ParsedArticle): Array<[string, string, number | undefined]> {
  return article.document.blocks.map((block) => [block.kind, article.document.text.slice(block.start, block.end), block.page])
}

function claimTexts(article: ParsedArticle): string[] {
  return extractClaims(article.document.text, { articleId: 'a', language: article.language }).map((claim) => claim.text)
}

function failureOf(reading: FileReading): { status: string; reason: string } {
  if (reading.ok) throw new Error('expected the file to be refused')
  return { status: reading.status, reason: reading.problem.message }
}

describe('PDF', () => {
  it('reads a two-page report as paragraphs in reading order, each with its page, and its info dictionary', async () => {
    const article = await readOne(await makeStoryPdf(), 'pdf', 'rapporto.pdf')
    expect(article).toMatchObject({
      title: droughtReport.title,
      date: '2025-08-04',
      outlet: droughtReport.outlet,
      author: droughtReport.author,
      url: null,
      language: 'it',
      encoding: 'PDF'
    })
    expect(blocksOf(article)).toEqual([
      ['heading', droughtReport.title, 1],
      ['paragraph', droughtReport.paragraphs[0], 1],
      ['paragraph', droughtReport.paragraphs[1], 1],
      ['paragraph', droughtReport.paragraphs[2], 2],
      ['paragraph', droughtReport.paragraphs[3], 2]
    ])
    // The running page numbers at the foot of each page are not text.
    expect(article.document.text).not.toMatch(/\n\n[12]$/)
    expect(claimTexts(article)).toEqual(['dieci anni', 'Più di 2.000 aziende', '1,5 miliardi di euro', '30%'])
  })

  it('lists a password-protected PDF with that reason', async () => {
    const failure = failureOf(await readArticleFile(await makePasswordPdf(), 'pdf', 'riservato.pdf'))
    expect(failure.status).toBe('unreadable')
    expect(failure.reason).toMatch(/protected by a password/)
  })

  it('lists a scanned PDF (no text layer) as having no text, without OCR', async () => {
    const failure = failureOf(await readArticleFile(await makeImageOnlyPdf(), 'pdf', 'scansione.pdf'))
    expect(failure.status).toBe('empty')
    expect(failure.reason).toMatch(/no text layer/)
  })

  it('lists a damaged PDF as unreadable rather than failing', async () => {
    const whole = await makeStoryPdf()
    const failure = failureOf(await readArticleFile(whole.slice(0, 200), 'pdf', 'tagliato.pdf'))
    expect(failure.status).toBe('unreadable')
    expect(failure.reason).toMatch(/^This PDF could not be read/)
  })

  it.each([
    ['D:20250304101500+01\'00\'', '2025-03-04'],
    ['D:202503', '2025-03'],
    ['D:2025', null],
    ['ieri', null]
  ])('reads the PDF date %s as %s', (value, date) => {
    expect(readPdfDate(value)).toBe(date)
  })
})

describe('Word (.docx)', () => {
  it('reads headings and paragraphs, and title, author, date and company from the document properties', async () => {
    const article = await readOne(makeStoryDocx(), 'docx', 'comunicato.docx')
    expect(article).toMatchObject({ title: droughtPressRelease.title, date: '2025-08-05', outlet: 'Regione Lombardia', author: 'Ufficio stampa', encoding: 'DOCX' })
    expect(blocksOf(article)).toEqual([
      ['heading', droughtPressRelease.title, undefined],
      ...droughtPressRelease.paragraphs.map((text) => ['paragraph', text, undefined])
    ])
    expect(claimTexts(article)).toEqual(['circa 1,2 miliardi di euro', '1.800 aziende'])
  })

  it('lists a damaged zip as unreadable with a reason', async () => {
    const failure = failureOf(await readArticleFile(makeStoryDocx().slice(0, 400), 'docx', 'rotto.docx'))
    expect(failure).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/not a complete zip archive/) })
  })

  it('lists a zip that is not a Word document as unreadable', async () => {
    const failure = failureOf(await readArticleFile(zipSync({ 'note.txt': strToU8('ciao') }), 'docx', 'finto.docx'))
    expect(failure).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/not a \.docx document/) })
  })
})

describe('e-mail and saved pages', () => {
  it('reads an e-mail: subject as title, Date, sender as author and domain as outlet, the HTML part as the text', async () => {
    const article = await readOne(makeStoryEml(), 'email', 'comunicato.eml')
    expect(article).toMatchObject({ title: droughtPressRelease.title, date: '2025-08-05', author: 'Ufficio stampa', outlet: 'regione.example.it', url: null })
    expect(article.document.text).toContain(droughtPressRelease.paragraphs[1])
    expect(claimTexts(article)).toEqual(['circa 1,2 miliardi di euro', '1.800 aziende'])
  })

  it('reads a text-only e-mail as plain text', async () => {
    const message = ['From: redazione@example.org', 'Subject: Nota breve', 'Date: 2 Aug 2025 09:00:00 +0000', '', 'Il consorzio ha ridotto del 20% le derivazioni per l’irrigazione.', ''].join('\r\n')
    const article = await readOne(message, 'email', 'nota.eml')
    expect(article).toMatchObject({ title: 'Nota breve', date: '2025-08-02', author: 'redazione@example.org', outlet: 'example.org' })
    expect(claimTexts(article)).toEqual(['20%'])
  })

  it('reads a page saved as MHTML through the HTML reader: metadata from the page, address from the snapshot', async () => {
    const article = await readOne(makeStoryMhtml(), 'mhtml', 'pagina.mhtml')
    expect(article).toMatchObject({
      title: droughtNewsStory.title,
      date: '2025-08-06',
      outlet: droughtNewsStory.outlet,
      author: droughtNewsStory.author,
      url: droughtNewsStory.url
    })
    expect(article.document.text).not.toMatch(/Home|diritti riservati/)
    expect(claimTexts(article)).toEqual(['Più di 2.000 aziende', 'stimati in 1,5 miliardi di euro'])
  })
})

describe('EPUB', () => {
  it('reads the chapters in spine order with the package metadata', async () => {
    const article = await readOne(makeStoryEpub(), 'epub', 'acque-basse.epub')
    expect(article).toMatchObject({
      title: 'Acque basse',
      date: '2025-10-01',
      outlet: 'Edizioni del Lago',
      author: 'Elena Sartori',
      url: 'https://libri.example.it/acque-basse'
    })
    expect(blocksOf(article).map(([kind, text]) => [kind, text.slice(0, 25)])).toEqual([
      ['heading', 'Il lago che si ritira'],
      ['paragraph', 'Nel mese di luglio il liv'],
      ['heading', 'I conti dei campi'],
      ['paragraph', 'La Regione stima danni al']
    ])
    expect(claimTexts(article)).toEqual(['dieci anni', '1,5 miliardi di euro'])
  })

  it('lists an EPUB without a package file as unreadable', async () => {
    const failure = failureOf(await readArticleFile(zipSync({ mimetype: strToU8('application/epub+zip') }), 'epub', 'vuoto.epub'))
    expect(failure).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/no package file/) })
  })
})

describe('RSS and Atom feeds', () => {
  it('makes each RSS item an article, named by a stable hash of its guid', async () => {
    const reading = await readArticleFile(Buffer.from(makeStoryRss()), 'feed', 'lago.rss')
    if (!reading.ok) throw new Error(reading.problem.message)
    expect(reading.articles.map((article) => [article.part, article.title, article.date, article.outlet, article.author, article.url])).toEqual([
      [expect.stringMatching(/^[0-9a-f]{8}$/), droughtNewsStory.title, '2025-08-06', 'Il Quotidiano del Lago', 'Marco Bellini', droughtNewsStory.url],
      [expect.stringMatching(/^[0-9a-f]{8}$/), 'Traghetti ridotti sul lago', '2025-08-07', 'Il Quotidiano del Lago', null, 'https://quotidiano.example.it/traghetti']
    ])
    const again = await readArticleFile(Buffer.from(makeStoryRss().replace(/<item>[\s\S]*?<\/item>\n/, '')), 'feed', 'lago.rss')
    // The remaining item keeps its name when the first one leaves the feed.
    expect(again.ok && again.articles.map((article) => article.part)).toEqual([reading.articles[1]!.part])
    expect(claimTexts(reading.articles[1]!)).toEqual(['12 corse'])
  })

  it('reads an Atom entry with its HTML content, author name and alternate link', async () => {
    const article = await readOne(makeStoryAtom(), 'feed', 'comunicati.atom')
    expect(article).toMatchObject({ title: droughtPressRelease.title, date: '2025-08-05', author: 'Ufficio stampa', url: droughtPressRelease.url })
    expect(blocksOf(article).map(([, text]) => text)).toEqual(droughtPressRelease.paragraphs)
  })

  it('lists XML that is not a feed as not an article', async () => {
    const failure = failureOf(await readArticleFile(Buffer.from('<?xml version="1.0"?><settings><theme>dark</theme></settings>'), 'feed', 'impostazioni.xml'))
    expect(failure).toMatchObject({ status: 'not-an-article', reason: expect.stringMatching(/not an RSS or Atom feed/) })
  })

  it('lists an empty document file as empty', async () => {
    expect(failureOf(await readArticleFile(new Uint8Array(0), 'pdf', 'vuoto.pdf')).status).toBe('empty')
  })
})
