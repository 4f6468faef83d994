import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { droughtNewsStory, makeStoryHtml } from './fixtures/document-fixtures'
import { parseArticle } from './parse-article'

const page = readFileSync(new URL('./fixtures/article-with-nav.html', import.meta.url), 'utf8')

function parseHtml(bytes: Uint8Array): Extract<ReturnType<typeof parseArticle>, { ok: true }> {
  const result = parseArticle(bytes, 'html', 'articolo.html')
  if (!result.ok) throw new Error(result.problem.message)
  return result
}

describe('HTML articles', () => {
  it('takes the title from og:title and the date from article:published_time', () => {
    expect(parseHtml(Buffer.from(page))).toMatchObject({
      title: 'Kim scrive a Putin: «Un anno di grande significato per l’alleanza»',
      date: '2025-12-28',
      language: 'it',
      encoding: 'UTF-8',
      truncated: false
    })
  })

  it('reads the article body as blocks, with headings, quotes and list items', () => {
    const { document } = parseHtml(Buffer.from(page))
    const blocks = document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)])
    expect(blocks[0]).toEqual([
      'paragraph',
      'Il leader della Corea del Nord, Kim Jong Un, ha inviato un messaggio di auguri per il nuovo anno a Vladimir Putin, sottolineando i legami di solidarietà tra i due paesi e il supporto militare fornito da Pyongyang alla Russia nel contesto del conflitto ucraino.'
    ])
    expect(blocks).toContainEqual(['heading', 'Il supporto militare della Corea del Nord alla Russia'])
    expect(blocks).toContainEqual(['quote', 'Un’esperienza di condivisione di sangue e sacrifici nelle medesime battaglie.'])
    expect(blocks).toContainEqual(['paragraph', 'Per far fronte alla crescente domanda delle forze armate nordcoreane, Kim ha richiesto la costruzione di nuove fabbriche di munizioni.'])
    expect(document.text).toContain('pubblicata dall’agenzia di stampa ufficiale KCNA, Kim ha descritto il 2025')
  })

  it('keeps navigation, asides, footer and "Leggi anche" as page furniture, out of the text', () => {
    const { document } = parseHtml(Buffer.from(page))
    expect(document.boilerplate).toEqual([
      { kind: 'page-furniture', text: 'Home\nEsteri\nEconomia\nSport' },
      { kind: 'page-furniture', text: 'I più letti\nBorse in calo\nMeteo, arriva il freddo' },
      { kind: 'page-furniture', text: '© Riproduzione riservata · Il Quotidiano S.p.A. · P.IVA 01234567890' },
      { kind: 'page-furniture', text: 'Leggi anche: Kim e Putin, amici per i missili' }
    ])
    expect(document.text).not.toMatch(/Economia|I più letti|Riproduzione|Leggi anche/)
  })

  it('never lets scripts or styles into the text, and has no source map', () => {
    const { document } = parseHtml(Buffer.from(page))
    expect(document.text).not.toMatch(/hijacked|window\.location|font-family/)
    expect(document.sourceMap).toEqual([])
  })

  it('reads a Windows-1252 page by its declared charset', () => {
    const legacy = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    const result = parseHtml(iconv.encode(legacy, 'windows-1252'))
    expect(result.encoding).toBe('windows-1252')
    expect(result.document.text).toContain('i legami di solidarietà tra i due paesi')
  })

  it('falls back to <title>, then <time datetime>, when the page has no Open Graph metadata', () => {
    const bare = page.replace(/<meta property="og:title"[^>]*>/, '').replace(/<meta property="article:published_time"[^>]*>/, '')
    expect(parseHtml(Buffer.from(bare))).toMatchObject({ title: 'Kim scrive a Putin per il nuovo anno | Esteri | Il Quotidiano', date: '2025-12-28' })
  })

  it('reads a page too short for Readability from its body', () => {
    const result = parseHtml(Buffer.from('<html><body><p>Kim ha inviato 11.000 soldati in Russia.</p></body></html>'))
    expect(result.document.text).toBe('Kim ha inviato 11.000 soldati in Russia.')
    expect(result.date).toBeNull()
  })

  it('takes publisher, author and canonical address from JSON-LD and the page’s links', () => {
    const result = parseHtml(Buffer.from(makeStoryHtml(droughtNewsStory)))
    expect(result).toMatchObject({
      title: droughtNewsStory.title,
      date: '2025-08-06',
      outlet: droughtNewsStory.outlet,
      author: droughtNewsStory.author,
      url: droughtNewsStory.url
    })
  })

  it('prefers Open Graph and meta tags, and passes over an author that is a profile address', () => {
    const tagged = '<html><head><meta property="og:site_name" content="La Gazzetta"><meta property="article:author" content="https://gazzetta.example.it/autori/rossi"><meta name="author" content="Anna Rossi"><meta property="og:url" content="https://gazzetta.example.it/a"></head><body><p>Kim ha inviato 11.000 soldati in Russia.</p></body></html>'
    expect(parseHtml(Buffer.from(tagged))).toMatchObject({ outlet: 'La Gazzetta', author: 'Anna Rossi', url: 'https://gazzetta.example.it/a' })
  })
})
