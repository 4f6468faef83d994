import { describe, expect, it } from 'vitest'
import type { Note } from './note-types'
import { searchNotes } from './search-notes'

function note(id: string, body: string, updatedAt = '2026-01-12T09:00:00.000Z', anchor: Note['anchor'] = null): Note {
  return { id, target: { kind: 'library' }, body, createdAt: updatedAt, updatedAt, anchor, orphaned: false }
}

const notes = [
  note('n1', 'Perché il NIS dice circa 12.000? Dall’inizio le cifre divergono.', '2026-01-12T09:00:00.000Z'),
  note('n2', 'Verificare con l’IISS', '2026-01-12T10:00:00.000Z', {
    quote: '11.000 soldati',
    sentence: 'Kim ha inviato 11.000 soldati in Russia.',
    articleTitle: 'La guerra in Ucraina…',
    file: '000.txt'
  }),
  note('n3', 'ÉNORME différence: perche?', '2026-01-12T08:00:00.000Z')
]

describe('searchNotes', () => {
  const cases: Array<[string, string[]]> = [
    ['perche', ['n1', 'n3']],
    ['PERCHÉ', ['n1', 'n3']],
    ["dall'inizio", ['n1']],
    ['enorme DIFFERENCE', ['n3']],
    ['soldati', ['n2']],
    ['ucraina iiss', ['n2']],
    ['12.000', ['n1']],
    ['perche soldati', []],
    ['   ', []],
    ['zzz', []]
  ]
  it.each(cases)('%s finds %j', (query, ids) => {
    expect(searchNotes(notes, query).map((hit) => hit.note.id)).toEqual(ids)
  })

  it('takes the excerpt from the body first, then from the anchor, with the words highlighted', () => {
    const [hit] = searchNotes(notes, 'perche')
    expect(hit).toMatchObject({ field: 'body', matchCount: 1 })
    const { text, highlights } = hit!.excerpt
    expect(highlights.map((range) => text.slice(range.start, range.end))).toEqual(['Perché'])
    const [anchored] = searchNotes(notes, 'soldati')
    expect(anchored).toMatchObject({ field: 'quote', matchCount: 2, excerpt: { text: '11.000 soldati', highlights: [{ start: 7, end: 14 }] } })
  })

  it('ranks more matches first, then the most recently edited', () => {
    const ranked = searchNotes([note('a', 'cifre', '2026-01-01'), note('b', 'cifre cifre', '2025-01-01'), note('c', 'cifre', '2026-02-01')], 'cifre')
    expect(ranked.map((hit) => hit.note.id)).toEqual(['b', 'c', 'a'])
  })

  it('cuts a long body into an excerpt around the first match', () => {
    const long = note('x', `${'a '.repeat(100)}Kursk ${'b '.repeat(100)}`)
    const [hit] = searchNotes([long], 'kursk')
    expect(hit!.excerpt.text).toMatch(/^…a a .*Kursk b b .*…$/)
    expect(hit!.excerpt.text.length).toBeLessThan(100)
  })
})
