import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleSummary, Comparison, ComparisonRow } from '../../shared/model'
import { article, claim, row } from './fixtures/note-fixtures'
import { LibraryNotes, type NotesContextSource } from './library-notes'

const ansa = article('a001', 'ansa-truppe.md', 'Truppe nordcoreane a Kursk')
const corriere = article('a002', 'corriere-truppe.md', 'Soldati di Pyongyang al fronte')
const flood = article('a003', 'alluvione.md', 'Alluvione, migliaia di sfollati')
const troops11k = claim('c001-01', 'a001', '11.000 soldati', 'Secondo Seul, Pyongyang ha mandato 11.000 soldati al fronte di Kursk.')
const troops12k = claim('c002-01', 'a002', 'circa 12.000 militari', "L'intelligence stima circa 12.000 militari nordcoreani schierati.")
const evacuated = claim('c003-01', 'a003', '2.400 sfollati', 'Le piogge hanno costretto 2.400 sfollati a lasciare le case.')
const alsoEvacuated = claim('c003-02', 'a003', 'oltre duemila persone', 'Oltre duemila persone hanno lasciato le case.')

const source: NotesContextSource = {
  claimsById: () => new Map([troops11k, troops12k, evacuated, alsoEvacuated].map((c) => [c.id, c])),
  articlesById: () => new Map([ansa, corriere, flood].map((a) => [a.id, a]))
}

function comparisonOf(articles: ArticleSummary[], rows: ComparisonRow[]): Comparison {
  return { articles, claims: [], stories: [], rows, hiddenClaims: [], canUndo: false, canRedo: false }
}

describe('LibraryNotes.reconcileRowNotes', () => {
  let dataDir: string
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'riscontro-notes-'))
  })
  afterEach(async () => rm(dataDir, { recursive: true, force: true }))

  it("marks a row note orphaned when the comparison's rows no longer hold its claims, saves it, and un-orphans it when the row is back", async () => {
    const notes = new LibraryNotes(dataDir, '/library')
    await notes.load()
    const troops = await notes.save({ kind: 'row', rowId: 'r-troops', claimIds: [troops11k.id, troops12k.id] }, 'Le due stime non tornano.', 'conflicting', source)
    const floods = await notes.save({ kind: 'row', rowId: 'r-flood', claimIds: [evacuated.id, alsoEvacuated.id] }, 'Da verificare.', null, source)

    // Both troop claims hidden: no row of the troop comparison holds them; the flood article is not compared.
    expect(await notes.reconcileRowNotes(comparisonOf([ansa, corriere], []), source)).toBe(true)
    const reopened = new LibraryNotes(dataDir, '/library')
    await reopened.load()
    expect(reopened.list().find((note) => note.id === troops!.id)).toMatchObject({ orphaned: true, body: 'Le due stime non tornano.', verdict: 'conflicting' })
    expect(reopened.list().find((note) => note.id === floods!.id)).toEqual(floods)

    expect(await reopened.reconcileRowNotes(comparisonOf([ansa, corriere], []), source)).toBe(false)
    expect(await reopened.reconcileRowNotes(comparisonOf([ansa, corriere], [row('r-troops', [troops11k.id, troops12k.id])]), source)).toBe(true)
    expect(reopened.list().find((note) => note.id === troops!.id)).toMatchObject({ orphaned: false, target: { kind: 'row', rowId: 'r-troops' } })
  })
})
