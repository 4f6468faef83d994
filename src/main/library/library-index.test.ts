import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../shared/model'
import { articleIdFor } from '../articles/article-id'
import { LibraryIndex, type LibraryIndexListener, type ReadFileBytes } from './library-index'
import { makeStoryDocx, makeStoryPdf, makeStoryRss } from '../articles/fixtures/document-fixtures'
import { buildScanReport } from '../export/scan-report'
import { MAX_FOLDER_DEPTH } from './walk-folder'

const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let libraryDir: string
let dataDir: string

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-index-'))
  libraryDir = join(workDir, 'library')
  dataDir = join(workDir, 'data')
  await cp(sampleLibrary, libraryDir, { recursive: true })
})

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true })
})

function quietListener(): LibraryIndexListener & { changes: Array<{ upserted: ArticleSummary[]; removed: string[] }> } {
  const changes: Array<{ upserted: ArticleSummary[]; removed: string[] }> = []
  return { changes, onProgress: () => undefined, onChange: (change) => changes.push(change) }
}

async function indexLibrary(readBytes?: ReadFileBytes): Promise<LibraryIndex> {
  const index = new LibraryIndex(libraryDir, dataDir, quietListener(), readBytes)
  await index.loadCache()
  await index.index()
  await index.close()
  return index
}

function byFile(index: LibraryIndex, file: string): ArticleSummary | undefined {
  return index.summaries().find((summary) => summary.file === file)
}

describe('LibraryIndex', () => {
  it('lists every file the walk finds before any is read, then replaces each with what it holds', async () => {
    await writeFile(join(libraryDir, 'photo.jpg'), 'not an article')
    const listener = quietListener()
    const index = new LibraryIndex(libraryDir, dataDir, listener)
    await index.loadCache()
    await index.index()
    await index.close()
    const [first, ...later] = listener.changes
    expect(first!.upserted.map((summary) => [summary.file, summary.status]).sort()).toEqual([
      ['000_014a5f80a1443256.txt', 'indexing'],
      ['001_43132288491f0221.txt', 'indexing'],
      ['002_24432489f640e24b.txt', 'indexing'],
      ['003_aba4c62255511351.txt', 'indexing'],
      ['004_f1d6bcf64c25065b.txt', 'indexing'],
      // Known by its name alone: listed as what it is at once.
      ['photo.jpg', 'not-an-article']
    ])
    const last = new Map(later.flatMap((change) => change.upserted).map((summary) => [summary.file, summary.status]))
    expect([...last.values()].filter((status) => status !== 'ok')).toEqual([])
    expect(last.size).toBe(5)
    expect(index.summaries().filter((summary) => summary.status === 'indexing')).toEqual([])
  })

  it('never caches a file it has not read: closed mid-index, the next start reads it', async () => {
    const listener = quietListener()
    let reads = 0
    const index = new LibraryIndex(libraryDir, dataDir, listener, async (path) => {
      // The index closes while its first file is being read; the others stay listed as being read.
      if (reads++ === 0) await index.close()
      return readFile(path)
    })
    await index.loadCache()
    await index.index()
    await index.close()
    const restarted = await indexLibrary()
    expect(restarted.summaries().map((summary) => summary.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
  })

  it('indexes the sample articles with stable ids in path order', async () => {
    const index = await indexLibrary()
    const summaries = index.summaries()
    expect(summaries.map((summary) => summary.file)).toEqual([
      '000_014a5f80a1443256.txt',
      '001_43132288491f0221.txt',
      '002_24432489f640e24b.txt',
      '003_aba4c62255511351.txt',
      '004_f1d6bcf64c25065b.txt'
    ])
    expect(summaries.every((summary) => summary.status === 'ok' && summary.words > 100)).toBe(true)
    expect(summaries[0]!.id).toBe(articleIdFor('000_014a5f80a1443256.txt'))
    expect((await indexLibrary()).summaries()).toEqual(summaries)
  })

  it('lists files in subfolders with / separators', async () => {
    await mkdir(join(libraryDir, 'esteri', 'asia'), { recursive: true })
    await rename(join(libraryDir, '004_f1d6bcf64c25065b.txt'), join(libraryDir, 'esteri', 'asia', 'kim.txt'))
    const index = await indexLibrary()
    expect(byFile(index, 'esteri/asia/kim.txt')?.status).toBe('ok')
  })

  it('gives every bad file a status and a reason, and indexes the rest normally', async () => {
    await writeFile(join(libraryDir, 'empty.txt'), '')
    await writeFile(join(libraryDir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
    await writeFile(join(libraryDir, 'huge.txt'), '')
    await truncate(join(libraryDir, 'huge.txt'), 100 * 1024 * 1024) // sparse: 100 MB without writing it
    await writeFile(join(libraryDir, 'report.pdf'), '%PDF-1.7')
    await writeFile(join(libraryDir, 'budget.ods'), 'PK')
    const index = await indexLibrary()

    expect(byFile(index, 'empty.txt')).toMatchObject({ status: 'empty' })
    expect(byFile(index, 'photo.txt')).toMatchObject({ status: 'binary' })
    expect(byFile(index, 'huge.txt')).toMatchObject({ status: 'too-large' })
    expect(byFile(index, 'huge.txt')?.reason).toContain('100.0 MB')
    expect(byFile(index, 'report.pdf')).toMatchObject({ status: 'unreadable' })
    expect(byFile(index, 'report.pdf')?.reason).toMatch(/^This PDF could not be read/)
    expect(byFile(index, 'budget.ods')).toMatchObject({ status: 'not-an-article' })
    for (const file of ['empty.txt', 'photo.txt', 'huge.txt', 'report.pdf', 'budget.ods']) expect(byFile(index, file)?.reason).toMatch(/\w+/)
    expect(index.summaries().filter((summary) => summary.status === 'ok')).toHaveLength(5)

    const report = buildScanReport(index.summaries(), index.claims(), [], [])
    expect(report.articles).toHaveLength(5)
    expect(report.claims.length).toBeGreaterThan(10)
    expect(new Set(report.claims.map((claim) => claim.articleId))).toEqual(new Set(report.articles.map((article) => article.id)))
    expect(report.skipped.map((skipped) => skipped.file).sort()).toEqual(['budget.ods', 'empty.txt', 'huge.txt', 'photo.txt', 'report.pdf'])
  })

  it('marks a file it may not read as unreadable', async () => {
    const denied: ReadFileBytes = async (path) => {
      if (path.endsWith('001_43132288491f0221.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      return readFile(path)
    }
    const index = await indexLibrary(denied)
    expect(byFile(index, '001_43132288491f0221.txt')).toMatchObject({ status: 'unreadable' })
    expect(byFile(index, '001_43132288491f0221.txt')?.reason).toContain('Permission denied')
    expect(index.summaries().filter((summary) => summary.status === 'ok')).toHaveLength(4)
  })

  it('drops a file deleted between listing and reading, without failing the scan', async () => {
    const deleting: ReadFileBytes = async (path) => {
      if (path.endsWith('002_24432489f640e24b.txt')) {
        await rm(path)
        return readFile(path)
      }
      return readFile(path)
    }
    const index = await indexLibrary(deleting)
    expect(byFile(index, '002_24432489f640e24b.txt')).toBeUndefined()
    expect(index.summaries()).toHaveLength(4)
  })

  it('reports symlink loops and links leading outside the library instead of following them', async () => {
    await mkdir(join(libraryDir, 'nested'))
    await symlink(libraryDir, join(libraryDir, 'nested', 'back-to-top'))
    const outside = join(workDir, 'outside.txt')
    await writeFile(outside, 'A secret outside the library, 11.000 words long.')
    await symlink(outside, join(libraryDir, 'outside-link.txt'))
    await symlink(join(libraryDir, 'self-a'), join(libraryDir, 'self-b'))
    await symlink(join(libraryDir, 'self-b'), join(libraryDir, 'self-a'))
    const index = await indexLibrary()
    expect(byFile(index, 'nested/back-to-top/')).toMatchObject({ status: 'link-loop' })
    expect(byFile(index, 'outside-link.txt')).toMatchObject({ status: 'link-outside-library' })
    expect(byFile(index, 'self-a')).toMatchObject({ status: 'link-loop' })
    expect(index.summaries().filter((summary) => summary.status === 'ok')).toHaveLength(5)
  })

  it('stops at absurdly deep folders with a status', async () => {
    const parts = Array.from({ length: MAX_FOLDER_DEPTH + 3 }, (_, level) => `d${level}`)
    await mkdir(join(libraryDir, ...parts), { recursive: true })
    await writeFile(join(libraryDir, ...parts.slice(0, 3), 'shallow.txt'), 'Un articolo breve con 12.000 soldati.')
    await writeFile(join(libraryDir, ...parts, 'deep.txt'), 'Un articolo sepolto.')
    const index = await indexLibrary()
    expect(byFile(index, parts.slice(0, 3).join('/') + '/shallow.txt')?.status).toBe('ok')
    expect(index.summaries().some((summary) => summary.status === 'too-deep')).toBe(true)
    expect(byFile(index, parts.join('/') + '/deep.txt')).toBeUndefined()
  })

  it('skips hidden files and folders such as .git and .obsidian', async () => {
    await mkdir(join(libraryDir, '.obsidian'))
    await writeFile(join(libraryDir, '.obsidian', 'workspace.txt'), 'settings')
    await writeFile(join(libraryDir, '.DS_Store'), 'junk')
    const index = await indexLibrary()
    expect(index.summaries()).toHaveLength(5)
  })

  it('re-reads only files that changed since the cached index', async () => {
    await indexLibrary()
    const read: string[] = []
    const counting: ReadFileBytes = async (path) => {
      read.push(path)
      return readFile(path)
    }
    await indexLibrary(counting)
    expect(read).toEqual([])

    await writeFile(join(libraryDir, '003_aba4c62255511351.txt'), ' date 2026-02-01 Aggiornamento\n\nOra i soldati sono 15.000.')
    const restarted = await indexLibrary(counting)
    expect(read.map((path) => path.split('/').pop())).toEqual(['003_aba4c62255511351.txt'])
    expect(byFile(restarted, '003_aba4c62255511351.txt')?.date).toBe('2026-02-01')
  })

  it('says how many files the walk found with every batch it lists, never fewer than are listed', async () => {
    await mkdir(join(libraryDir, 'altre'))
    for (let at = 0; at < 1200; at++) await writeFile(join(libraryDir, 'altre', `nota-${String(at).padStart(4, '0')}.txt`), `Nota ${at}: 3 soldati.`)
    const events: Array<{ listed: number } | { found: number; phase: string }> = []
    let listed = 0
    const index = new LibraryIndex(libraryDir, dataDir, {
      onProgress: ({ phase, done }) => events.push({ found: done, phase }),
      onChange: ({ upserted }) => events.push({ listed: (listed += upserted.length) })
    })
    await index.index()
    await index.close()
    const walk = events.slice(0, events.findIndex((event) => 'phase' in event && event.phase === 'indexing'))
    const batches = walk.flatMap((event, at) => ('listed' in event ? [[event, walk[at + 1]] as const] : []))
    // 1,205 files: listed in batches of at most 500, each followed by the count found so far.
    expect(batches.length).toBeGreaterThanOrEqual(3)
    for (const [batch, next] of batches) {
      expect(next).toMatchObject({ phase: 'scanning' })
      expect((next as { found: number }).found).toBeGreaterThanOrEqual(batch.listed)
    }
    expect(batches.at(-1)![0].listed).toBe(1205)
  })

  it('forgets files deleted while the app was closed', async () => {
    await indexLibrary()
    await rm(join(libraryDir, '000_014a5f80a1443256.txt'))
    const index = await indexLibrary()
    expect(index.summaries()).toHaveLength(4)
  })

  it('survives a damaged cache file', async () => {
    await indexLibrary()
    const { indexCachePath } = await import('./index-cache')
    await writeFile(indexCachePath(dataDir, libraryDir), '{"version":1,"folder":')
    expect((await indexLibrary()).summaries()).toHaveLength(5)
  })

  it('refreshes single files and reports each change as a delta', async () => {
    const listener = quietListener()
    const index = new LibraryIndex(libraryDir, dataDir, listener)
    await index.index()
    await new Promise((resolveWait) => setTimeout(resolveWait, 150))
    listener.changes.length = 0

    await writeFile(join(libraryDir, 'nuovo.txt'), ' date 2026-03-02 Nuovo articolo\n\nPiù di 4 milioni di proiettili.')
    await index.refreshFile('nuovo.txt')
    await rm(join(libraryDir, '000_014a5f80a1443256.txt'))
    await index.refreshFile('000_014a5f80a1443256.txt')
    await new Promise((resolveWait) => setTimeout(resolveWait, 150))
    await index.close()

    const upserted = listener.changes.flatMap((change) => change.upserted.map((summary) => summary.file))
    const removed = listener.changes.flatMap((change) => change.removed)
    expect(upserted).toEqual(['nuovo.txt'])
    expect(removed).toEqual([articleIdFor('000_014a5f80a1443256.txt')])
  })

  it('reads an article fresh from disk by id, and refuses unknown ids', async () => {
    const index = await indexLibrary()
    const view = await index.readArticle(articleIdFor('004_f1d6bcf64c25065b.txt'))
    expect(view.document.text).toContain('circa 12.000 soldati nordcoreani')
    await expect(index.readArticle('0123456789abcdef')).rejects.toThrow(/No article with id/)
  })

  it('indexes PDF, Word and feed files: each feed item is an article, and PDF claims carry their page', async () => {
    await writeFile(join(libraryDir, 'rapporto.pdf'), await makeStoryPdf())
    await writeFile(join(libraryDir, 'comunicato.docx'), makeStoryDocx())
    await mkdir(join(libraryDir, 'feed'))
    await writeFile(join(libraryDir, 'feed', 'lago.rss'), makeStoryRss())
    const index = await indexLibrary()
    expect(byFile(index, 'rapporto.pdf')).toMatchObject({ status: 'ok', outlet: 'Agenzia regionale per l’ambiente', author: 'Giulia Ferraris', date: '2025-08-04' })
    expect(byFile(index, 'comunicato.docx')).toMatchObject({ status: 'ok', outlet: 'Regione Lombardia' })
    const items = index.summaries().filter((summary) => summary.file.startsWith('feed/lago.rss#'))
    expect(items.map((item) => item.title)).toEqual(expect.arrayContaining(['Garda, il lago più basso da vent’anni', 'Traghetti ridotti sul lago']))
    expect(items.every((item) => item.id === articleIdFor(item.file) && item.outlet === 'Il Quotidiano del Lago')).toBe(true)

    const pdfClaims = index.claimsOf(articleIdFor('rapporto.pdf'))
    expect(pdfClaims.map((claim) => [claim.text, claim.page])).toEqual([
      ['dieci anni', 1],
      ['Più di 2.000 aziende', 1],
      ['1,5 miliardi di euro', 2],
      ['30%', 2]
    ])
    const view = await index.readArticle(items[1]!.id)
    expect(view.summary.file).toBe(items[1]!.file)
    expect(view.document.text.length).toBeGreaterThan(0)

    // Restarted from the cache: pages and feed items come back as they were.
    const restarted = new LibraryIndex(libraryDir, dataDir, quietListener())
    await restarted.loadCache()
    expect(restarted.claimsOf(articleIdFor('rapporto.pdf')).map((claim) => claim.page)).toEqual([1, 1, 2, 2])
    expect(restarted.summaries().filter((summary) => summary.file.startsWith('feed/lago.rss#'))).toHaveLength(2)
    await restarted.close()
  })

  it('follows a feed as its items come and go, and forgets them all when the feed is deleted', async () => {
    await writeFile(join(libraryDir, 'lago.rss'), makeStoryRss())
    const index = new LibraryIndex(libraryDir, dataDir, quietListener())
    await index.index()
    const before = index.summaries().filter((summary) => summary.file.startsWith('lago.rss#'))
    expect(before).toHaveLength(2)

    await writeFile(join(libraryDir, 'lago.rss'), makeStoryRss().replace(/<item>[\s\S]*?<\/item>\n/, ''))
    await index.refreshFile('lago.rss')
    const after = index.summaries().filter((summary) => summary.file.startsWith('lago.rss#'))
    expect(after.map((summary) => summary.id)).toEqual([before.find((summary) => summary.title === 'Traghetti ridotti sul lago')!.id])

    await rm(join(libraryDir, 'lago.rss'))
    index.removeFiles('lago.rss')
    expect(index.summaries().filter((summary) => summary.file.startsWith('lago.rss'))).toEqual([])
    await index.close()
  })
})
