import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article'

const fixture = readFileSync(new URL('./fixtures/front-matter.md', import.meta.url), 'utf8')

function parseMarkdown(markdown: string): Extract<ReturnType<typeof parseArticle>, { ok: true }> {
  const result = parseArticle(Buffer.from(markdown), 'markdown', 'articolo.md')
  if (!result.ok) throw new Error(result.problem.message)
  return result
}

describe('Markdown articles', () => {
  it('takes title and date from the front matter, and leaves the front matter out of the text', () => {
    const result = parseMarkdown(fixture)
    expect(result).toMatchObject({ title: 'Corea del Nord e Russia: l’alleanza si rafforza', date: '2025-12-28', language: 'it', truncated: false })
    expect(result.document.text).not.toMatch(/---|tags:|title:/)
  })

  it('turns headings, paragraphs, block quotes and list items into blocks, without their markup', () => {
    const { document } = parseMarkdown(fixture)
    expect(document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)])).toEqual([
      ['heading', 'Il messaggio di Kim a Putin'],
      [
        'paragraph',
        'Il leader della Corea del Nord, Kim Jong Un, ha inviato un messaggio di auguri per il nuovo anno a Vladimir Putin, sottolineando i legami di solidarietà tra i due paesi.'
      ],
      ['heading', 'Le perdite e il sacrificio'],
      ['paragraph', 'Nel corso di un intervento pubblico, Kim ha menzionato la morte di almeno nove membri di un reggimento ingegneristico durante il loro servizio in Russia.'],
      ['quote', 'Un’esperienza di condivisione di sangue e sacrifici nelle medesime battaglie.'],
      ['paragraph', 'Kim ha ordinato un incremento della produzione di missili e munizioni.'],
      ['paragraph', 'Ha richiesto la costruzione di nuove fabbriche di munizioni.'],
      [
        'paragraph',
        'Le relazioni tra Corea del Nord e Russia si sono intensificate notevolmente dal momento dell’invasione russa dell’Ucraina, avvenuta quasi quattro anni fa (febbraio 2022) & oltre.'
      ]
    ])
    expect(document.text).not.toMatch(/[*#>[\]\\]|https:|&amp;/)
  })

  it('maps the words back to the Markdown file, skipping the markup', () => {
    const { document } = parseMarkdown(fixture)
    expect(document.sourceMap.length).toBeGreaterThan(0)
    for (const segment of document.sourceMap) {
      expect(document.text.slice(segment.cleanStart, segment.cleanStart + segment.length)).toBe(
        fixture.slice(segment.originalStart, segment.originalStart + segment.originalLength)
      )
    }
    const nine = document.text.indexOf('almeno nove')
    const segment = document.sourceMap.find((candidate) => candidate.cleanStart <= nine && nine < candidate.cleanStart + candidate.length)!
    expect(fixture.slice(segment.originalStart + (nine - segment.cleanStart), segment.originalStart + (nine - segment.cleanStart) + 11)).toBe('almeno nove')
  })

  it('without front matter, the first heading is the title', () => {
    expect(parseMarkdown('# Kim scrive a Putin\n\nIl leader nordcoreano ha inviato un messaggio di auguri per il nuovo anno.').title).toBe('Kim scrive a Putin')
  })

  it('reads the fused date line too', () => {
    expect(parseMarkdown(' date 2025-12-28 Il leader nordcoreano ha inviato un messaggio di auguri.').date).toBe('2025-12-28')
  })

  it('never evaluates JavaScript front matter, and keeps the text', () => {
    const markdown = '---js\n{ title: (globalThis.riscontroPwned = true, "x") }\n---\n\nKim ha inviato 11.000 soldati in Russia, secondo l’intelligence.'
    const result = parseMarkdown(markdown)
    expect((globalThis as { riscontroPwned?: boolean }).riscontroPwned).toBeUndefined()
    expect(result.warnings[0]).toMatch(/front matter/)
    expect(result.document.text).toContain('Kim ha inviato 11.000 soldati in Russia')
  })

  it('reads a timestamp with its time as that day, and a front matter that is not a mapping as none', () => {
    const stamped = parseMarkdown('---\ntitle: Piena del Po\ndate: 2025-10-04T07:30:00Z\n---\n\nIl fiume è salito di 3,2 metri in due giorni.')
    expect(stamped).toMatchObject({ title: 'Piena del Po', date: '2025-10-04' })
    const scalar = parseMarkdown('---\nsolo una riga\n---\n\nIl fiume è salito di 3,2 metri in due giorni.')
    expect(scalar.warnings).toEqual([])
    expect(scalar.document.text).toBe('Il fiume è salito di 3,2 metri in due giorni.')
  })

  it('reports YAML it cannot read (a repeated key) and keeps the text', () => {
    const result = parseMarkdown('---\ntitle: Uno\ntitle: Due\n---\n\nIl fiume è salito di 3,2 metri in due giorni.')
    expect(result.warnings[0]).toMatch(/front matter/)
    expect(result.document.text).toContain('Il fiume è salito di 3,2 metri')
  })

  it('a lone --- is a thematic break, not unclosed front matter that would swallow the article', () => {
    const result = parseMarkdown('---\n\nKim ha inviato 11.000 soldati in Russia, secondo l’intelligence sudcoreana.')
    expect(result.document.text).toBe('Kim ha inviato 11.000 soldati in Russia, secondo l’intelligence sudcoreana.')
  })

  it('takes outlet, author and address from the front matter, as Obsidian’s Web Clipper writes them', () => {
    const clipped = '---\ntitle: Garda a secco\nsource: https://quotidiano.example.it/garda\nauthor:\n  - "[[Marco Bellini]]"\npublished: 2025-08-06\npublisher: Il Quotidiano del Lago\n---\n\nPiù di 2.000 aziende agricole hanno chiesto lo stato di calamità.'
    expect(parseMarkdown(clipped)).toMatchObject({
      title: 'Garda a secco',
      date: '2025-08-06',
      outlet: 'Il Quotidiano del Lago',
      author: 'Marco Bellini',
      url: 'https://quotidiano.example.it/garda'
    })
    expect(parseMarkdown('---\nsource: ANSA\nurl: https://ansa.example.it/x\n---\n\nTesto.')).toMatchObject({ outlet: 'ANSA', url: 'https://ansa.example.it/x', author: null })
  })

  it('reads wikilinks and embeds as their text and callouts as quotes, with the source map still exact', () => {
    const note = [
      'Secondo [[Istat]] e [[Banca d’Italia|la Banca centrale]], le imprese attive sono 4.300 (vedi [[Rapporto annuale#Tabella 2]]).',
      '',
      '![[grafico imprese.png]]',
      '',
      '> [!warning]- Dati provvisori',
      '> Mancano le risposte di 1.200 imprese.'
    ].join('\n')
    const { document } = parseMarkdown(note)
    expect(document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)])).toEqual([
      ['paragraph', 'Secondo Istat e la Banca centrale, le imprese attive sono 4.300 (vedi Rapporto annuale Tabella 2 ).'],
      ['paragraph', 'grafico imprese.png'],
      ['quote', 'Dati provvisori'],
      ['quote', 'Mancano le risposte di 1.200 imprese.']
    ])
    for (const segment of document.sourceMap) {
      expect(document.text.slice(segment.cleanStart, segment.cleanStart + segment.length)).toBe(note.slice(segment.originalStart, segment.originalStart + segment.originalLength))
    }
  })
})
