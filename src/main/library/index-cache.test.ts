import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import { libraryKey } from '../storage/data-dir'
import { ENGINE_VERSION } from '../storage/cache-lines'
import { indexCachePath, loadIndexCache, saveIndexCache, type CachedEntry } from './index-cache'

const FOLDER = '/home/redazione/rassegna'

function feedItemEntry(): CachedEntry {
  const text = 'Il lago si è ritirato di 40 metri in dieci anni. A Bellagio la stagione ha portato 1,5 milioni di visitatori.'
  const claim = (fields: Pick<Claim, 'id' | 'text' | 'kind' | 'value' | 'unit'> & { start: number; page?: number; change?: Claim['change'] }): Claim => {
    const result: Claim = {
      articleId: 'a1b2c3d4e5f60718',
      end: fields.start + fields.text.length,
      sentence: text.slice(0, 48),
      low: fields.value,
      high: fields.value,
      qualifier: 'exact',
      change: null,
      subject: null,
      source: null,
      period: null,
      ...fields
    }
    return result
  }
  return {
    summary: {
      id: 'a1b2c3d4e5f60718',
      file: 'feeds/lago.rss#f2128e5b',
      title: 'Il lago si ritira',
      date: '2025-08-14',
      outlet: 'La Provincia di Como',
      author: 'Giulia Ferrari',
      url: 'https://example.org/lago',
      language: 'it',
      words: 21,
      claimCount: 2,
      truncated: false,
      status: 'ok',
      reason: null,
      problem: null
    },
    claims: [
      claim({ id: 'c1', text: '40 metri', kind: 'measure', value: 40, unit: 'm', start: 25, page: 2, change: 'fall' }),
      claim({ id: 'c2', text: 'dieci anni', kind: 'duration', value: 10, unit: 'year', start: 37 })
    ],
    text,
    size: 2048,
    mtimeMs: 1_700_000_000_000,
    sourceFile: 'feeds/lago.rss'
  }
}

describe('index cache', () => {
  let dataDir: string
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'riscontro-cache-'))
  })
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('keeps what the readers of every format give an entry: publisher, author, address, feed item source, PDF page, durations, the direction of a change', async () => {
    const entry = feedItemEntry()
    await saveIndexCache(dataDir, FOLDER, [entry])
    const [restored] = await loadIndexCache(dataDir, FOLDER)
    expect(restored?.summary).toEqual(entry.summary)
    expect(restored?.sourceFile).toBe('feeds/lago.rss')
    expect(restored?.claims.map((claim) => [claim.text, claim.kind, claim.page, claim.change])).toEqual([
      ['40 metri', 'measure', 2, 'fall'],
      ['dieci anni', 'duration', undefined, null]
    ])
  })

  it('is written and read an entry per line, however many entries', async () => {
    const entries = Array.from({ length: 3000 }, (_, at) => {
      const entry = feedItemEntry()
      return { ...entry, summary: { ...entry.summary, id: `id-${at}`, file: `feeds/lago.rss#${at}` } }
    })
    await saveIndexCache(dataDir, FOLDER, entries)
    const restored = await loadIndexCache(dataDir, FOLDER)
    expect(restored.map((entry) => entry.summary.file)).toEqual(entries.map((entry) => entry.summary.file))
    expect(restored[2999]?.claims[0]?.articleId).toBe('id-2999')
  })

  it('reads back an entry longer than the pieces the file is read in', async () => {
    const entry = feedItemEntry()
    const long = { ...entry, text: entry.text + ' Il lungolago.'.repeat(250_000) }
    await saveIndexCache(dataDir, FOLDER, [entry, long, entry])
    const restored = await loadIndexCache(dataDir, FOLDER)
    expect(restored.map((each) => each.text.length)).toEqual([entry.text.length, long.text.length, entry.text.length])
  })

  it('does not trust claims another release extracted: a cache written by it is read as empty', async () => {
    await saveIndexCache(dataDir, FOLDER, [feedItemEntry()])
    const path = indexCachePath(dataDir, FOLDER)
    const [header, ...entries] = (await readFile(path, 'utf8')).split('\n')
    expect(JSON.parse(header!)).toMatchObject({ engine: ENGINE_VERSION })
    await writeFile(path, [JSON.stringify({ ...JSON.parse(header!), engine: '0.0.0-older' }), ...entries].join('\n'))
    expect(await loadIndexCache(dataDir, FOLDER)).toEqual([])
  })

  it('does not trust a cache changed by hand or cut short: a claim made a word, a line lost, the last lines missing', async () => {
    const entries = [feedItemEntry(), { ...feedItemEntry(), summary: { ...feedItemEntry().summary, id: 'id-2', file: 'feeds/lago.rss#2' } }]
    await saveIndexCache(dataDir, FOLDER, entries)
    const path = indexCachePath(dataDir, FOLDER)
    const written = await readFile(path, 'utf8')
    expect(await loadIndexCache(dataDir, FOLDER)).toHaveLength(2)
    const [header, first, second, trailer] = written.trimEnd().split('\n')
    const tampered = JSON.parse(first!)
    tampered.claims[0][6] = 'quaranta'
    const damaged = [
      [header, JSON.stringify(tampered), second, trailer],
      [header, second, trailer],
      [header, first, second],
      [header, first]
    ]
    for (const lines of damaged) {
      await writeFile(path, lines.join('\n') + '\n')
      expect(await loadIndexCache(dataDir, FOLDER)).toEqual([])
    }
  })

  it('ignores a cache of an earlier format, and removes it once the new one is written', async () => {
    const former = join(dataDir, 'index', `${libraryKey(FOLDER)}.json`)
    await mkdir(join(dataDir, 'index'), { recursive: true })
    await writeFile(former, JSON.stringify({ version: 7, folder: FOLDER, entries: [] }))
    expect(await loadIndexCache(dataDir, FOLDER)).toEqual([])
    await saveIndexCache(dataDir, FOLDER, [feedItemEntry()])
    expect(await readdir(join(dataDir, 'index'))).toEqual([indexCachePath(dataDir, FOLDER).split('/').pop()])
  })
})
