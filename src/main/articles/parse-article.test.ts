import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../shared/i18n/translator'
import { sayMessage } from '../../shared/i18n/user-message'
import type { ArticleDocument } from '../../shared/model'
import { articleFormatOf } from './article-format'
import { parseArticle, type ParseResult } from './parse-article'

/** The five seed articles, as shipped in the sample library. */
const SEEDS = [
  '000_014a5f80a1443256.txt',
  '001_43132288491f0221.txt',
  '002_24432489f640e24b.txt',
  '003_aba4c62255511351.txt',
  '004_f1d6bcf64c25065b.txt'
] as const
type SeedName = (typeof SEEDS)[number]

function seedBytes(name: SeedName): Uint8Array {
  return readFileSync(new URL(`../../../resources/sample-library/${name}`, import.meta.url))
}

function seedText(name: SeedName): string {
  return new TextDecoder().decode(seedBytes(name))
}

function parseSeed(name: SeedName): Extract<ParseResult, { ok: true }> {
  const result = parseArticle(seedBytes(name), 'text', name)
  if (!result.ok) throw new Error(`${name}: ${result.problem.message}`)
  return result
}

function blockTexts(document: ArticleDocument, kind: 'heading' | 'paragraph' | 'quote'): string[] {
  return document.blocks.filter((block) => block.kind === kind).map((block) => document.text.slice(block.start, block.end))
}

/** Every source segment must be a verbatim copy: the cleaned slice equals the original slice. */
function expectSourceMapRoundTrip(document: ArticleDocument, original: string): void {
  expect(document.sourceMap.length).toBeGreaterThan(0)
  for (const segment of document.sourceMap) {
    expect(segment.length).toBe(segment.originalLength)
    expect(document.text.slice(segment.cleanStart, segment.cleanStart + segment.length)).toBe(
      original.slice(segment.originalStart, segment.originalStart + segment.originalLength)
    )
  }
}

describe('articleFormatOf', () => {
  it.each([
    ['articolo.txt', 'text'],
    ['Notes.TXT', 'text'],
    ['pezzo.md', 'markdown'],
    ['pezzo.markdown', 'markdown'],
    ['pagina.html', 'html'],
    ['PAGINA.HTM', 'html'],
    ['report.pdf', 'pdf'],
    ['Comunicato.DOCX', 'docx'],
    ['messaggio.eml', 'email'],
    ['pagina.mhtml', 'mhtml'],
    ['pagina.mht', 'mhtml'],
    ['libro.epub', 'epub'],
    ['notizie.rss', 'feed'],
    ['notizie.atom', 'feed'],
    ['feed.xml', 'feed'],
    ['vecchio.doc', null],
    ['README', null],
    ['archivio.txt.gz', null]
  ])('%s → %s', (fileName, format) => {
    expect(articleFormatOf(fileName)).toBe(format)
  })
})

describe('parseArticle on the seed articles', () => {
  it.each<{ seed: SeedName; title: string; date: string | null }>([
    {
      seed: '000_014a5f80a1443256.txt',
      title: 'La guerra in Ucraina ha assunto una dimensione internazionale per via della collaborazione militare tra Russia e Corea…',
      date: '2026-01-10'
    },
    {
      seed: '001_43132288491f0221.txt',
      title: 'Dall’inizio dell’offensiva contro l’Ucraina nel febbraio 2022, pochi paesi hanno mostrato tanta lealtà e sostegno nei…',
      date: null
    },
    {
      seed: '002_24432489f640e24b.txt',
      title: 'La Russia ha fornito alla Corea del Nord equipaggiamenti avanzati per la difesa aerea, missili antiaerei e sistemi di…',
      date: '2025-06'
    },
    {
      seed: '003_aba4c62255511351.txt',
      title: 'Il leader della Corea del Nord, Kim Jong Un, ha inviato un messaggio di auguri per il nuovo anno a Vladimir Putin…',
      date: '2025-12-28'
    },
    {
      seed: '004_f1d6bcf64c25065b.txt',
      title: 'Dal 2023 la Russia ha intensificato i suoi rapporti con la Corea del Nord, ricevendo armi e ora persino truppe…',
      date: '2024-10'
    }
  ])('$seed: title from the first sentence, date from the fused date line', ({ seed, title, date }) => {
    const result = parseSeed(seed)
    expect(result).toMatchObject({ title, date, language: 'it', encoding: 'UTF-8', warnings: [] })
    expect(result.title.length).toBeLessThanOrEqual(121)
    expect(result.words).toBeGreaterThan(100)
    expect(result.document.text).not.toMatch(/^\s*date /)
  })

  it.each(SEEDS)('%s: blocks are separated by a blank line and cover the text', (seed) => {
    const { document } = parseSeed(seed)
    expect(document.blocks.map((block) => document.text.slice(block.start, block.end)).join('\n\n')).toBe(document.text)
    for (const block of document.blocks) expect(document.text.slice(block.start, block.end)).toBe(document.text.slice(block.start, block.end).trim())
  })

  it.each(SEEDS)('%s: the source map traces every cleaned run back to the original file', (seed) => {
    expectSourceMapRoundTrip(parseSeed(seed).document, seedText(seed))
  })

  it('counts the words of the cleaned text', () => {
    expect(parseSeed('004_f1d6bcf64c25065b.txt').words).toBe(286)
  })

  it('000: restores both pulled quotes into their sentence, in order, and drops their standalone lines', () => {
    const { document } = parseSeed('000_014a5f80a1443256.txt')
    expect(document.text).toContain(
      'Secondo l\'agenzia ufficiale del Paese, Kcna, lo stesso Kim ha descritto i militari morti come "eroi sacrificatisi senza esitazione", aggiungendo che "nessuno al mondo è in grado di sconfiggere un esercito così fedele agli ordini del Partito" dei Lavoratori.'
    )
    expect(document.restoredQuotes.map((span) => document.text.slice(span.start, span.end))).toEqual([
      'eroi sacrificatisi senza esitazione',
      'nessuno al mondo è in grado di sconfiggere un esercito così fedele agli ordini del Partito'
    ])
    expect(document.text.match(/eroi sacrificatisi/g)).toHaveLength(1)
    expect(document.text).not.toContain('""')
  })

  it('002: restores the pulled quote with its figures into "Pyongyang ha inviato"', () => {
    const { document } = parseSeed('002_24432489f640e24b.txt')
    expect(document.text).toContain(
      'In particolare, Pyongyang ha inviato "481 lavoratori in Russia, di cui 198 nel settore edile e 283 nel settore tessile, tra dicembre 2024 e fine febbraio 2025", violando le risoluzioni 2375 e 2397 del Consiglio di sicurezza delle Nazioni Unite.'
    )
    expect(document.text.match(/481 lavoratori/g)).toHaveLength(1)
  })

  it.each(['000_014a5f80a1443256.txt', '002_24432489f640e24b.txt'] as const)(
    '%s: a restored quote maps back to where it stood on its own line in the original',
    (seed) => {
      const { document } = parseSeed(seed)
      const original = seedText(seed)
      for (const span of document.restoredQuotes) {
        const segment = document.sourceMap.find((candidate) => candidate.cleanStart === span.start)
        expect(segment).toBeDefined()
        expect(segment!.length).toBe(span.end - span.start)
        const quote = document.text.slice(span.start, span.end)
        expect(original.slice(segment!.originalStart, segment!.originalStart + segment!.originalLength)).toBe(quote)
        // In the original the quote is a line of its own.
        expect(original.slice(segment!.originalStart - 2, segment!.originalStart)).toBe('\n\n')
      }
    }
  )

  it('000: sets aside the lone "Le ultime novità" as page furniture, and finds the heading', () => {
    const { document } = parseSeed('000_014a5f80a1443256.txt')
    expect(document.boilerplate).toEqual([{ kind: 'page-furniture', text: 'Le ultime novità' }])
    expect(document.text).not.toContain('Le ultime novità')
    expect(blockTexts(document, 'heading')).toEqual(['I missili di Kim che hanno aiutato Putin'])
  })

  it('001: keeps one paragraph per line, sets aside the paywall and the offer after it, and is truncated', () => {
    const result = parseSeed('001_43132288491f0221.txt')
    expect(result.truncated).toBe(true)
    expect(result.document.boilerplate).toEqual([
      { kind: 'page-furniture', text: 'sommario' },
      { kind: 'paywall', text: "C'è ancora il 75% di questo articolo da leggere, Iscriviti per accedervi!" },
      {
        kind: 'subscription',
        text: "I Abbonamenti classici fornire l'accesso a\narticoli nella loro versione completa;e senza pubblicità,\na partire da € 1,99. Abbonamenti Premium fornire anche l'accesso a archivio (articoli vecchi di più di due anni)"
      }
    ])
    const paragraphs = blockTexts(result.document, 'paragraph')
    expect(paragraphs).toHaveLength(8)
    expect(paragraphs[1]).toBe(
      'Il trasferimento dei missili balistici Hwasong-11A, o KN-23, dall’inizio del 2024 sembrava costituire un tetto oltre il quale Pyongyang non poteva andare, per sostenere le forze armate russe in Ucraina.'
    )
    expect(result.document.text).not.toMatch(/Abbonamenti|Iscriviti|sommario/)
  })

  it('001: joins nothing but whitespace: "di fatto ." loses only its stranded space', () => {
    expect(parseSeed('001_43132288491f0221.txt').document.text).toContain('verso un riavvicinamento ormai vicino all’alleanza militare di fatto.')
  })

  it('002: sets aside the audio player fused after the date, and finds both headings', () => {
    const { document, truncated } = parseSeed('002_24432489f640e24b.txt')
    expect(truncated).toBe(false)
    expect(document.boilerplate).toEqual([{ kind: 'audio-player', text: 'Ascolta ora 00:00 00:00' }])
    expect(document.text.startsWith('La Russia ha fornito alla Corea del Nord')).toBe(true)
    expect(blockTexts(document, 'heading')).toEqual(['Gli affari tra Kim e Putin', 'La cooperazione militare tra Russia e Corea del Nord'])
  })

  it('002: tidies the spaces inside straight quotes without touching the words', () => {
    expect(parseSeed('002_24432489f640e24b.txt').document.text).toContain('cooperazione militare "illegale" tra i Vladimir Putin')
  })
})

describe('parseArticle on encodings', () => {
  const seed: SeedName = '000_014a5f80a1443256.txt'
  const original = seedText(seed)
  const reference = parseSeed(seed)

  it.each([
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]), encoding: 'UTF-8' },
    { name: 'UTF-16LE with BOM', bytes: iconv.encode(original, 'utf16le', { addBOM: true }), encoding: 'UTF-16LE' },
    { name: 'UTF-16BE with BOM', bytes: iconv.encode(original, 'utf16be', { addBOM: true }), encoding: 'UTF-16BE' },
    { name: 'Windows-1252', bytes: iconv.encode(original, 'windows-1252'), encoding: 'windows-1252' }
  ])('reads the seed saved as $name exactly as the UTF-8 original', ({ bytes, encoding }) => {
    const result = parseArticle(bytes, 'text', seed)
    expect(result).toMatchObject({ ok: true, encoding, title: reference.title, date: reference.date, words: reference.words })
    if (result.ok) {
      expect(result.document.text).toBe(reference.document.text)
      expect(result.document.text).toContain('più di 4 milioni di proiettili')
      expectSourceMapRoundTrip(result.document, original)
    }
  })
})

describe('parseArticle on files that are not articles', () => {
  it.each([
    { name: 'an empty file', bytes: new Uint8Array() },
    { name: 'blank lines and spaces', bytes: Buffer.from('  \n\n\t \r\n  ') },
    { name: 'a UTF-8 BOM alone', bytes: new Uint8Array([0xef, 0xbb, 0xbf]) },
    { name: 'a UTF-16 BOM and spaces', bytes: iconv.encode('   \n', 'utf16le', { addBOM: true }) }
  ])('$name is empty, with a reason the user can act on', ({ bytes }) => {
    const result = parseArticle(bytes, 'text', 'vuoto.txt')
    expect(result).toMatchObject({ ok: false, status: 'empty' })
    if (!result.ok) expect(result.problem.message).toMatch(/empty.*(Paste|remove)/)
  })

  it('a date line with no article is empty too', () => {
    expect(parseArticle(Buffer.from(' date 2025-06-01 \n\n'), 'text', 'solo-data.txt')).toMatchObject({ ok: false, status: 'empty' })
  })

  it('a PNG renamed .txt is binary, and the reason says so in either language', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
    const result = parseArticle(png, 'text', 'foto.txt')
    expect(result).toEqual({
      ok: false,
      status: 'binary',
      problem: {
        code: 'fileNotText',
        params: { kind: 'png', extension: '.txt' },
        message:
          'This file is not text (it looks like a PNG image renamed .txt). Riscontro reads articles saved as plain text, Markdown or HTML: open the file in the app it came from and save the article as text.'
      }
    })
    if (!result.ok) expect(sayMessage(createTranslator('it'), result.problem)).toMatch(/^Questo file non è testo \(sembra un’immagine PNG con l’estensione cambiata in \.txt\)/)
  })

  it('random bytes with NULs renamed .md are binary', () => {
    const result = parseArticle(new Uint8Array([0x01, 0x00, 0x9c, 0x33, 0x00, 0x00, 0x12, 0xf0, 0x00, 0x44]), 'markdown', 'dati.md')
    expect(result).toMatchObject({ ok: false, status: 'binary' })
    if (!result.ok) expect(result.problem.message).toContain('it looks like a binary file renamed .md')
  })

  it('UTF-16 with a BOM is text, not binary, despite its NUL bytes', () => {
    expect(parseArticle(iconv.encode('Kim ha inviato 11.000 soldati in Russia.', 'utf16le', { addBOM: true }), 'text', 'a.txt')).toMatchObject({
      ok: true,
      encoding: 'UTF-16LE'
    })
  })

  it('damaged UTF-8 is read with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('Kim ha inviato 11.000 soldati '), Buffer.from([0xc3, 0x28]), Buffer.from(' in Russia, più di quanto previsto.')])
    const result = parseArticle(bytes, 'text', 'rotto.txt')
    expect(result).toMatchObject({ ok: true, encoding: 'UTF-8' })
    if (result.ok) expect(result.warnings).toHaveLength(1)
  })
})
