import { describe, expect, it } from 'vitest'
import type { ArticleSummary, Claim } from '../../shared/model'
import type { ComparisonRow } from '../alignment/comparison-types'
import { article, claim, row } from './fixtures/note-fixtures'
import { createNote, editNote, findNote, type NoteContext } from './note-edits'
import type { Note, NoteTarget } from './note-types'
import { reconcileNotes } from './reconcile-notes'

const interpreter = article('a000', '000_014a5f80a1443256.txt', 'La guerra in Ucraina ha assunto una dimensione internazionale…')
const naumann = article('a004', '004_f1d6bcf64c25065b.txt', 'Dal 2023 la Russia ha intensificato i suoi rapporti con la Corea del Nord…')
const sentence000 = 'Kim ha inviato 11.000 soldati in Russia, un contingente senza precedenti.'
const sentence004 = "Il National Intelligence Service sudcoreano ha confermato l'arrivo di circa 12.000 soldati nordcoreani."
const troops11k = claim('c000-15', 'a000', '11.000 soldati', sentence000)
const troops12k = claim('c004-70', 'a004', 'circa 12.000 soldati nordcoreani', sentence004)
const shells = claim('c004-10', 'a004', 'milioni di munizioni', 'La Corea del Nord ha inviato milioni di munizioni.')

function contextOf(claims: Claim[], articles: ArticleSummary[] = [interpreter, naumann]): NoteContext {
  return { claimsById: new Map(claims.map((c) => [c.id, c])), articlesById: new Map(articles.map((a) => [a.id, a])) }
}

const context = contextOf([troops11k, troops12k, shells])
const now = new Date('2026-01-12T09:00:00.000Z')

function noteOn(target: NoteTarget, id = 'n1'): Note {
  return createNote({ target, body: 'nota', verdict: 'conflicting' }, context, { id, now })
}

function reconcile(notes: Note[], claims: Claim[], rows: ComparisonRow[], articles = [interpreter, naumann]) {
  const { claimsById, articlesById } = contextOf(claims, articles)
  return reconcileNotes(notes, claimsById, rows, articlesById)
}

describe('creating and editing notes', () => {
  it('anchors each kind of note to the text it is about, and keeps verdicts on row notes only', () => {
    expect(noteOn({ kind: 'library' }).anchor).toBeNull()
    expect(noteOn({ kind: 'article', articleId: 'a004' }).anchor).toEqual({ quote: '', sentence: '', articleTitle: naumann.title, file: naumann.file })
    const claimNote = noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' })
    expect(claimNote.anchor).toEqual({ quote: '11.000 soldati', sentence: sentence000, articleTitle: interpreter.title, file: interpreter.file })
    expect(claimNote.verdict).toBeUndefined()
    const rowNote = noteOn({ kind: 'row', rowId: 'r1', claimIds: ['c000-15', 'c004-70'] })
    expect(rowNote.anchor?.quote).toBe('11.000 soldati')
    expect(rowNote).toMatchObject({ verdict: 'conflicting', createdAt: now.toISOString(), updatedAt: now.toISOString(), orphaned: false })
  })

  it('edits body and verdict, refreshing the anchor and the edit time', () => {
    const rowNote = noteOn({ kind: 'row', rowId: 'r1', claimIds: ['c000-15', 'c004-70'] })
    const later = new Date('2026-01-12T10:00:00.000Z')
    const edited = editNote(rowNote, { body: 'confermato', verdict: 'approximate' }, context, later)
    expect(edited).toMatchObject({ body: 'confermato', verdict: 'approximate', createdAt: now.toISOString(), updatedAt: later.toISOString() })
    expect(editNote(edited, { verdict: null }, context, later).verdict).toBeUndefined()
    expect(findNote([noteOn({ kind: 'library' }, 'n0'), edited], { kind: 'row', rowId: 'r1', claimIds: [] })).toBe(edited)
  })

  it('keeps the last anchor of an orphaned note when it is edited', () => {
    const orphan = { ...noteOn({ kind: 'claim', claimId: 'gone', articleId: 'a000' }), anchor: { quote: 'q', sentence: 's', articleTitle: 't', file: 'f' }, orphaned: true }
    expect(editNote(orphan, { body: 'x' }, context, now).anchor).toEqual(orphan.anchor)
  })
})

describe('reconcileNotes', () => {
  it('returns the same notes, unchanged, when the library did not change', () => {
    const notes = [noteOn({ kind: 'library' }, 'n0'), noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' }), noteOn({ kind: 'row', rowId: 'r1', claimIds: ['c000-15', 'c004-70'] }, 'n2')]
    const result = reconcile(notes, [troops11k, troops12k, shells], [row('r1', ['c000-15', 'c004-70'])])
    expect(result.changed).toBe(false)
    result.notes.forEach((note, index) => expect(note).toBe(notes[index]))
  })

  it('orphans a note whose claim vanished, keeps its last quote, and un-orphans it when the claim returns', () => {
    const note = noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' })
    const gone = reconcile([note], [troops12k], [])
    expect(gone.changed).toBe(true)
    expect(gone.notes[0]).toMatchObject({ orphaned: true, body: 'nota', anchor: { quote: '11.000 soldati', sentence: sentence000 } })
    const back = reconcile(gone.notes, [troops11k, troops12k], [])
    expect(back.notes[0]).toEqual(note)
  })

  it('orphans a claim note whose id now names a different number', () => {
    const note = noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' })
    const edited = { ...troops11k, text: '11.500 soldati', sentence: sentence000.replace('11.000', '11.500') }
    expect(reconcile([note], [edited], []).notes[0]!.orphaned).toBe(true)
  })

  it('follows a claim whose id changed because text was inserted above it', () => {
    const note = noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' })
    const moved = { ...troops11k, id: 'c000-42', start: 42, end: 56 }
    const result = reconcile([note], [moved, troops12k], [])
    expect(result.notes[0]).toMatchObject({ orphaned: false, target: { kind: 'claim', claimId: 'c000-42', articleId: 'a000' } })
  })

  it('follows a claim into a renamed file when quote and sentence match', () => {
    const note = noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' })
    const renamedArticle = article('a999', 'archivio/000.txt', interpreter.title)
    const renamed = { ...troops11k, id: 'c999-15', articleId: 'a999' }
    const result = reconcile([note], [renamed], [], [renamedArticle])
    expect(result.notes[0]).toMatchObject({ orphaned: false, target: { claimId: 'c999-15', articleId: 'a999' }, anchor: { file: 'archivio/000.txt' } })
  })

  it('re-finds a row note as the current row sharing the most member claims', () => {
    const note = noteOn({ kind: 'row', rowId: 'r-old', claimIds: ['c000-15', 'c004-70', 'c002-30'] })
    const rows = [row('r-a', ['c004-10', 'c000-15']), row('r-b', ['c000-15x', 'c004-70', 'c002-30']), row('r-c', ['c002-31'])]
    const result = reconcile([note], [troops11k, troops12k, shells], rows)
    expect(result.notes[0]!.target).toEqual({ kind: 'row', rowId: 'r-b', claimIds: ['c000-15x', 'c004-70', 'c002-30'] })
    expect(result.notes[0]!.orphaned).toBe(false)
    expect(result.notes[0]!.anchor?.quote).toBe('circa 12.000 soldati nordcoreani')
  })

  it('breaks ties between rows by the note’s own row id, then by row order', () => {
    const note = noteOn({ kind: 'row', rowId: 'r-2', claimIds: ['x', 'y'] })
    expect(reconcile([note], [], [row('r-1', ['x']), row('r-2', ['y'])]).notes[0]!.target).toMatchObject({ rowId: 'r-2' })
    const other = noteOn({ kind: 'row', rowId: 'r-9', claimIds: ['x', 'y'] })
    expect(reconcile([other], [], [row('r-1', ['x']), row('r-2', ['y'])]).notes[0]!.target).toMatchObject({ rowId: 'r-1' })
  })

  it('orphans a row note whose row dissolved, and finds the row again by its anchored claim', () => {
    const note = noteOn({ kind: 'row', rowId: 'r1', claimIds: ['c000-15', 'c004-70'] })
    const dissolved = reconcile([note], [troops12k, shells], [row('r-shells', ['c004-10'])])
    expect(dissolved.notes[0]).toMatchObject({ orphaned: true, target: { rowId: 'r1', claimIds: ['c000-15', 'c004-70'] }, verdict: 'conflicting' })
    const moved = { ...troops11k, id: 'c000-99' }
    const back = reconcile(dissolved.notes, [moved, troops12k], [row('r-new', ['c000-99', 'c004-71'])])
    expect(back.notes[0]).toMatchObject({ orphaned: false, target: { rowId: 'r-new', claimIds: ['c000-99', 'c004-71'] } })
  })

  it('orphans an article note when the article left the library, and leaves article notes alone without articles', () => {
    const note = noteOn({ kind: 'article', articleId: 'a004' })
    expect(reconcile([note], [], [], [interpreter]).notes[0]).toMatchObject({ orphaned: true, anchor: { file: naumann.file } })
    expect(reconcileNotes([note], new Map(), []).notes[0]).toBe(note)
    const retitled = { ...naumann, title: 'Nuovo titolo' }
    expect(reconcile([note], [], [], [retitled]).notes[0]!.anchor?.articleTitle).toBe('Nuovo titolo')
  })

  it('never drops a note, whatever the index looks like', () => {
    const notes = [noteOn({ kind: 'library' }, 'a'), noteOn({ kind: 'article', articleId: 'a000' }, 'b'), noteOn({ kind: 'claim', claimId: 'c000-15', articleId: 'a000' }, 'c'), noteOn({ kind: 'row', rowId: 'r1', claimIds: ['c000-15'] }, 'd')]
    const result = reconcile(notes, [], [], [])
    expect(result.notes.map((note) => [note.id, note.orphaned])).toEqual([['a', false], ['b', true], ['c', true], ['d', true]])
  })
})
