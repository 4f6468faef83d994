import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workspace } from '../../shared/model'
import { LibraryIndex } from '../library/library-index'
import { libraryDataPath } from '../storage/json-file'
import { LibraryComparison } from './library-comparison'

const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let libraryDir: string
let dataDir: string
let index: LibraryIndex

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-comparison-'))
  libraryDir = join(workDir, 'library')
  dataDir = join(workDir, 'data')
  await cp(sampleLibrary, libraryDir, { recursive: true })
  index = new LibraryIndex(libraryDir, dataDir, { onProgress: () => undefined, onChange: () => undefined })
  await index.index()
  await index.close()
})

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true })
})

async function reindex(): Promise<void> {
  index = new LibraryIndex(libraryDir, dataDir, { onProgress: () => undefined, onChange: () => undefined })
  await index.loadCache()
  await index.index()
  await index.close()
}

async function openComparison(): Promise<LibraryComparison> {
  const comparison = new LibraryComparison(dataDir, libraryDir)
  await comparison.load()
  return comparison
}

function rowHolding(comparison: LibraryComparison, text: string, articleIds: string[] = []) {
  const result = comparison.compare(index, articleIds)
  const claim = result.claims.find((candidate) => candidate.text === text)
  return { result, claim, row: result.rows.find((row) => claim && row.claimIds.includes(claim.id)) }
}

describe('LibraryComparison', () => {
  it('compares only the chosen articles, newest first, and the whole library when none are chosen', async () => {
    const comparison = await openComparison()
    const all = comparison.compare(index, [])
    expect(all.articles).toHaveLength(5)
    const [newest, , third] = all.articles
    const chosen = comparison.compare(index, [third!.id, newest!.id])
    expect(chosen.articles.map((article) => article.id)).toEqual([newest!.id, third!.id])
    expect(chosen.claims.every((claim) => claim.articleId === newest!.id || claim.articleId === third!.id)).toBe(true)
    expect(new Set(chosen.rows.flatMap((row) => row.claimIds))).toEqual(new Set(chosen.claims.map((claim) => claim.id)))
  })

  it('keeps stories and rows for the next run, which re-aligns only the stories whose articles changed', async () => {
    // A second story beside the sample's: a flood reported by two papers.
    const flood = 'date 2025-11-03\n\nAlluvione in Emilia-Romagna: esondato il fiume Lamone, evacuate %s persone e %s case senza corrente. La Protezione civile ha aperto 12 centri di accoglienza.'
    await writeFile(join(libraryDir, 'alluvione-a.txt'), flood.replace('%s', '2.300').replace('%s', '4.100'))
    await writeFile(join(libraryDir, 'alluvione-b.txt'), flood.replace('%s', '2.500').replace('%s', '4.000'))
    await reindex()
    const cold = await openComparison()
    const coldResult = cold.compare(index, [])
    expect(cold.storiesAligned).toBe(coldResult.stories.length)
    await cold.whenSaved()

    const warm = await openComparison()
    expect(warm.compare(index, [])).toEqual(coldResult)
    expect(warm.stories(index)).toEqual(coldResult.stories)
    expect(warm.storiesAligned).toBe(0)
    // A row kept from the earlier run is still explained: its story is aligned to explain it.
    const shared = coldResult.rows.find((row) => row.sourceCount > 1)!
    expect(warm.explainRow(index, [], shared.id)!.joined.length).toBeGreaterThan(0)

    // One article edited: its story is aligned again, the others' rows come from the kept copy.
    expect(coldResult.stories.length).toBeGreaterThan(1)
    const edited = coldResult.articles.find((article) => article.file === 'alluvione-a.txt')!
    await writeFile(join(libraryDir, edited.file), flood.replace('%s', '2.400').replace('%s', '4.100'))
    await reindex()
    const afterEdit = await openComparison()
    const editedResult = afterEdit.compare(index, [])
    const storiesWithEdited = editedResult.stories.filter((story) => story.articleIds.includes(edited.id))
    expect(storiesWithEdited).toHaveLength(1)
    expect(afterEdit.storiesAligned).toBe(1)
    expect(editedResult.stories.length).toBeGreaterThan(1)
    // The same rows as a comparison with nothing kept.
    const fresh = new LibraryComparison(join(workDir, 'other-data'), libraryDir)
    await fresh.load()
    expect(editedResult.rows).toEqual(fresh.compare(index, []).rows)
  })

  it('puts the seed troop figures of different articles in one row', async () => {
    const { row, result } = rowHolding(await openComparison(), '11.000 soldati')
    const texts = row!.claimIds.map((id) => result.claims.find((claim) => claim.id === id)!.text)
    expect(texts).toEqual(expect.arrayContaining(['11.000 soldati', 'circa 12.000 soldati nordcoreani']))
    expect(row!.sourceCount).toBeGreaterThanOrEqual(3)
  })

  it('keeps corrections across a restart, with undo and redo', async () => {
    const first = await openComparison()
    const containers = rowHolding(first, '15.000 container')
    const money = rowHolding(first, 'oltre i 7 miliardi di dollari')
    expect(containers.row!.id).not.toBe(money.row!.id)
    await first.correct({ kind: 'merge', claimId: containers.claim!.id, withClaimId: money.claim!.id })
    await first.correct({ kind: 'rename', claimId: containers.claim!.id, label: 'Containers and money' })

    const restarted = await openComparison()
    const merged = rowHolding(restarted, '15.000 container')
    expect(merged.row!.claimIds).toContain(money.claim!.id)
    expect(merged.row!.label).toBe('Containers and money')
    expect(merged.result.canUndo).toBe(true)

    await restarted.undo()
    await restarted.undo()
    expect(rowHolding(restarted, '15.000 container').row!.claimIds).not.toContain(money.claim!.id)
    expect(restarted.compare(index, []).canRedo).toBe(true)
    await restarted.redo()
    expect(rowHolding(await openComparison(), '15.000 container').row!.claimIds).toContain(money.claim!.id)
  })

  it('applies quick successive undos one after another', async () => {
    const comparison = await openComparison()
    const containers = rowHolding(comparison, '15.000 container').claim!
    const money = rowHolding(comparison, 'oltre i 7 miliardi di dollari').claim!
    await comparison.correct({ kind: 'merge', claimId: containers.id, withClaimId: money.id })
    await comparison.correct({ kind: 'rename', claimId: containers.id, label: 'Renamed' })
    await Promise.all([comparison.undo(), comparison.undo()])
    expect(comparison.compare(index, []).canUndo).toBe(false)
    expect((await openComparison()).compare(index, []).canUndo).toBe(false)
  })

  it('re-aligns when an article moves between stories whose ids stay the same, and when the move is undone', async () => {
    const comparison = await openComparison()
    const soldiers = rowHolding(comparison, '11.000 soldati')
    const movedId = soldiers.claim!.articleId
    const [smallest, second] = comparison.stories(index)[0]!.articleIds.filter((id) => id !== movedId)
    // A story of its own for `second`, then the soldiers' article joins it: story ids are those of
    // the smallest members, so both stories keep their ids while their articles change.
    await comparison.correct({ kind: 'move-article', articleId: second!, toStoryOf: null })
    const before = rowHolding(comparison, '11.000 soldati').row!.storyId
    expect(before).toBe(`story-${smallest}`)
    await comparison.correct({ kind: 'move-article', articleId: movedId, toStoryOf: second! })
    expect(rowHolding(comparison, '11.000 soldati').row!.storyId).toBe(`story-${second}`)
    await comparison.undo()
    expect(rowHolding(comparison, '11.000 soldati').row!.storyId).toBe(before)
  })

  it('lists the hidden claims, restores one to its row, and undoes the restore', async () => {
    const comparison = await openComparison()
    const { claim, row } = rowHolding(comparison, '15.000 container')
    await comparison.correct({ kind: 'hide', claimId: claim!.id })
    expect(comparison.compare(index, []).hiddenClaims.map((hidden) => hidden.id)).toEqual([claim!.id])
    await comparison.correct({ kind: 'unhide-claim', claimId: claim!.id })
    expect(comparison.compare(index, []).hiddenClaims).toEqual([])
    expect(rowHolding(comparison, '15.000 container').row!.id).toBe(row!.id)
    await comparison.undo()
    expect(rowHolding(comparison, '15.000 container').row).toBeUndefined()
    expect((await openComparison()).compare(index, []).hiddenClaims.map((hidden) => hidden.id)).toEqual([claim!.id])
  })

  it('sets a damaged corrections file aside instead of deleting it', async () => {
    const path = libraryDataPath(dataDir, libraryDir, 'corrections')
    await (await openComparison()).correct({ kind: 'hide', claimId: rowHolding(await openComparison(), '15.000 container').claim!.id })
    await writeFile(path, '{"version": 1, "entries": [tor')
    const comparison = await openComparison()
    expect(comparison.damagedCopies).toHaveLength(1)
    expect(await readdir(dirname(path))).toContain(comparison.damagedCopies[0]!.split('/').pop())
    expect(rowHolding(comparison, '15.000 container').row).toBeDefined()
  })

  it('saves and restores the workspace', async () => {
    const comparison = await openComparison()
    expect(await comparison.loadWorkspace()).toBeNull()
    const ids = comparison.compare(index, []).articles.map((article) => article.id)
    const workspace: Workspace = {
      view: 'compare',
      comparedArticleIds: ids.slice(0, 2),
      compareAll: false,
      paneArticleIds: ids.slice(0, 2),
      paneWidths: [2, 1],
      tableShare: 0.4,
      rowSearch: 'soldati',
      disagreementsOnly: true,
      rowSort: 'spread',
      rowSortDescending: true,
      syncScroll: false
    }
    await comparison.saveWorkspace(workspace)
    expect(await (await openComparison()).loadWorkspace()).toEqual(workspace)
  })
})
