import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article'

function parseText(text: string): Extract<ReturnType<typeof parseArticle>, { ok: true }> {
  const result = parseArticle(Buffer.from(text), 'text', 'articolo.txt')
  if (!result.ok) throw new Error(result.problem.message)
  return result
}

function blocksOf(text: string): Array<[string, string]> {
  const { document } = parseText(text)
  return document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)])
}

// Reuters-21578 newswire as the corpus holds it (en_reuters_00002): wrapped at ~64 columns,
// paragraphs started by a four-space indent, the " Reuter" sign-off on its own line.
const REUTERS_NEWSWIRE = [
  ' date 1987-02-26 STANDARD OIL <SRD> TO FORM FINANCIAL UNIT',
  '',
  'CLEVELAND, Feb 26 - Standard Oil Co and BP North America',
  'Inc said they plan to form a venture to manage the money market',
  'borrowing and investment activities of both companies.',
  '    BP North America is a subsidiary of British Petroleum Co',
  'Plc <BP>, which also owns a 55 pct interest in Standard Oil.',
  '    The venture will be called BP/Standard Financial Trading',
  'and will be operated by Standard Oil under the oversight of a',
  'joint management committee.',
  '',
  ' Reuter',
  ''
].join('\n')

// en_reuters_00060: lines end anywhere between 55 and 64 columns, not at one exact width.
const REUTERS_RAGGED = [
  ' date 1987-02-26 ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY',
  '',
  'BUENOS AIRES, Feb 26 - Argentina could suspend payments on',
  'its foreign debt if creditor banks reject a 2.15 billion dlr',
  'loan request to meet 1987 growth targets, ruling Radical Party',
  'Deputy Raul Baglini told a local radio station.',
  '    "Argentina does not discard the use of (a moratorium) if the',
  'negotiations do not produce a result that guarantees the growth',
  'of the country," he added.',
  '    Baglini, an observer at Argentina\'s negotiations in New',
  'York with the steering committee for its 320 creditors banks,',
  'told the Radio del Plata in a telephone interview that the',
  'banks were divided on the loan request.',
  ' Reuter'
].join('\r\n')

describe('plain text: hard-wrapped newswires', () => {
  it('rejoins wrapped lines into the paragraphs the indents mark, and sets the sign-off aside', () => {
    const result = parseText(REUTERS_NEWSWIRE)
    expect(blocksOf(REUTERS_NEWSWIRE)).toEqual([
      ['heading', 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT'],
      [
        'paragraph',
        'CLEVELAND, Feb 26 - Standard Oil Co and BP North America Inc said they plan to form a venture to manage the money market borrowing and investment activities of both companies.'
      ],
      ['paragraph', 'BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns a 55 pct interest in Standard Oil.'],
      [
        'paragraph',
        'The venture will be called BP/Standard Financial Trading and will be operated by Standard Oil under the oversight of a joint management committee.'
      ]
    ])
    expect(result).toMatchObject({ title: 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT', date: '1987-02-26', language: 'en' })
    expect(result.document.boilerplate).toEqual([{ kind: 'page-furniture', text: 'Reuter' }])
  })

  it('rejoins ragged wrapping with Windows line ends, keeping each indented paragraph apart', () => {
    const paragraphs = blocksOf(REUTERS_RAGGED).filter(([kind]) => kind === 'paragraph')
    expect(paragraphs.map(([, text]) => text)).toEqual([
      'BUENOS AIRES, Feb 26 - Argentina could suspend payments on its foreign debt if creditor banks reject a 2.15 billion dlr loan request to meet 1987 growth targets, ruling Radical Party Deputy Raul Baglini told a local radio station.',
      '"Argentina does not discard the use of (a moratorium) if the negotiations do not produce a result that guarantees the growth of the country," he added.',
      "Baglini, an observer at Argentina's negotiations in New York with the steering committee for its 320 creditors banks, told the Radio del Plata in a telephone interview that the banks were divided on the loan request."
    ])
  })

  it('maps each joined line back to the original, the joining spaces to nothing', () => {
    const { document } = parseText(REUTERS_RAGGED)
    for (const segment of document.sourceMap) {
      expect(document.text.slice(segment.cleanStart, segment.cleanStart + segment.length)).toBe(
        REUTERS_RAGGED.slice(segment.originalStart, segment.originalStart + segment.originalLength)
      )
    }
    const joinAt = document.text.indexOf('payments on its') + 'payments on'.length
    expect(document.sourceMap.some((segment) => segment.cleanStart <= joinAt && joinAt < segment.cleanStart + segment.length)).toBe(false)
  })

  it('keeps a wrapped word that looks like furniture ("a / share.") in its sentence', () => {
    const text = [
      'Douglas said it was too early to project whether the fourth',
      'quarter performance would be "enough for us to exceed the prior',
      'year\'s overall earnings" of 1.53 dlrs a year, or 1.20 dlrs a',
      'share.',
      '    In 1988, Douglas said Dean should experience "a 20 pct',
      'gain in earnings per share," or close to that level, he said.'
    ].join('\n')
    expect(blocksOf(text).map(([, block]) => block)).toEqual([
      'Douglas said it was too early to project whether the fourth quarter performance would be "enough for us to exceed the prior year\'s overall earnings" of 1.53 dlrs a year, or 1.20 dlrs a share.',
      'In 1988, Douglas said Dean should experience "a 20 pct gain in earnings per share," or close to that level, he said.'
    ])
  })

  it('keeps fixed-width table rows on their own lines', () => {
    const text = [
      'WASHINGTON, Feb 26 - The U.S. Agriculture Department reported the',
      'farmer-owned reserve national five-day average price through',
      'February 25 as follows (Dlrs/Bu-Sorghum Cwt) -',
      '         Natl   Loan           Release   Call',
      ' Wheat   2.55   2.40       IV     4.65     --',
      ' Corn    1.35   1.92       IV     3.15   3.15'
    ].join('\n')
    expect(blocksOf(text).map(([, block]) => block)).toEqual([
      'WASHINGTON, Feb 26 - The U.S. Agriculture Department reported the farmer-owned reserve national five-day average price through February 25 as follows (Dlrs/Bu-Sorghum Cwt) -',
      'Natl Loan Release Call',
      'Wheat 2.55 2.40 IV 4.65 --',
      'Corn 1.35 1.92 IV 3.15 3.15'
    ])
  })
})

describe('plain text: one paragraph per line', () => {
  it('keeps long lines separated by single newlines as separate paragraphs (seed 001 style)', () => {
    const text = [
      'Dall’inizio dell’offensiva contro l’Ucraina nel febbraio 2022, pochi paesi hanno mostrato tanta lealtà e sostegno nei confronti della Russia quanto la Corea del Nord.',
      'Il trasferimento dei missili balistici Hwasong-11A, o KN-23, dall’inizio del 2024 sembrava costituire un tetto oltre il quale Pyongyang non poteva andare.',
      'Nelle ultime settimane, però, sono trapelate alcune informazioni dai servizi segreti ucraini.'
    ].join('\n')
    expect(blocksOf(text)).toHaveLength(3)
  })

  it('does not rejoin a short list even when its lines have no final full stop', () => {
    const text = ['Risultati della giornata:', '', 'Milan 2 Inter 1', 'Roma 0 Lazio 0', 'Napoli 3 Juventus 2', 'Torino 1 Genoa 1'].join('\n')
    expect(blocksOf(text).map(([, block]) => block)).toEqual(['Risultati della giornata:', 'Milan 2 Inter 1', 'Roma 0 Lazio 0', 'Napoli 3 Juventus 2', 'Torino 1 Genoa 1'])
  })

  it('joins a sentence a lost link split over two paragraphs', () => {
    const text = [
      'Ad sales boost Time Warner profit',
      '',
      'After the success of Garfield: The Movie, Britain\'s shabby tabby',
      '',
      'surely deserves his own film vehicle. With only 13 episodes made of the 1974 series, there is plenty of room.'
    ].join('\n')
    expect(blocksOf(text)[1]).toEqual([
      'paragraph',
      "After the success of Garfield: The Movie, Britain's shabby tabby surely deserves his own film vehicle. With only 13 episodes made of the 1974 series, there is plenty of room."
    ])
  })
})

describe('plain text: the fused date line', () => {
  it.each([
    { line: ' date 2026-01-10 La guerra in Ucraina ha assunto una dimensione internazionale.', date: '2026-01-10', start: 'La guerra in Ucraina' },
    { line: ' date 2025-06 Ascolta ora 00:00 00:00\n\nLa Russia ha fornito alla Corea del Nord equipaggiamenti avanzati.', date: '2025-06', start: 'La Russia ha fornito' },
    { line: 'date 2024-10-01\nDal 2023 la Russia ha intensificato i suoi rapporti con la Corea del Nord.', date: '2024-10-01', start: 'Dal 2023' },
    { line: ' date 2024-13-01 Un mese che non esiste resta testo.', date: null, start: 'date 2024-13-01' },
    { line: ' date 2024-02-30 Un giorno che non esiste resta testo.', date: null, start: 'date 2024-02-30' },
    { line: 'Aggiornato il date 2024-10-01 in mezzo alla riga.', date: null, start: 'Aggiornato il date' }
  ])('$line → $date', ({ line, date, start }) => {
    const result = parseText(line)
    expect(result.date).toBe(date)
    expect(result.document.text.startsWith(start)).toBe(true)
  })

  it('a short headline after the date is the title and a heading', () => {
    const result = parseText(' date 2019-02-15 Trump declares emergency on border, eyes $8B for wall as he signs spending package\n\nPresident Trump said Friday he is declaring a national emergency on the southern border.')
    expect(result.title).toBe('Trump declares emergency on border, eyes $8B for wall as he signs spending package')
    expect(result.document.blocks[0]!.kind).toBe('heading')
  })

  it('a headline ending with a full stop loses it in the title', () => {
    const result = parseText(' date 2018-04-29 Migrant Caravan of Asylum Seekers Reaches U.S. Border.\n\nTIJUANA, Mexico — A long, grueling journey gave way to what could be a long asylum process.')
    expect(result.title).toBe('Migrant Caravan of Asylum Seekers Reaches U.S. Border')
  })

  it('a dateline does not open the title', () => {
    expect(parseText(' date 2020-03-02 SPILAMBERTO. Furto d’auto sabato sera, attorno alle 22, nei pressi di via Fratelli Rosselli. Alle 20.30 il proprietario se ne è accorto.').title).toBe(
      'Furto d’auto sabato sera, attorno alle 22, nei pressi di via Fratelli Rosselli'
    )
  })
})
