import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleSearchHit, SearchExcerpt } from '../../shared/model'
import { createRequestHandlers } from '../api/request-handlers'
import { articleIdFor } from '../articles/article-id'
import { LibraryService } from '../app/library-service'

const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let libraryDir: string
let service: LibraryService

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-search-'))
  libraryDir = join(workDir, 'library')
  await cp(sampleLibrary, libraryDir, { recursive: true })
  service = new LibraryService({ dataDir: join(workDir, 'data'), sampleFolder: sampleLibrary, watch: false })
  await service.openFolder(libraryDir)
  await service.whenIndexed()
})

afterEach(async () => {
  await service.close()
  await rm(workDir, { recursive: true, force: true })
})

const seed = (prefix: string): string => articleIdFor(`${prefix}.txt`)
const highlighted = ({ text, highlights }: SearchExcerpt): string[] => highlights.map(({ start, end }) => text.slice(start, end))
const articleIds = (hits: ArticleSearchHit[]): string[] => hits.map((hit) => hit.articleId)

describe('searchLibrary over the seed articles', () => {
  it('finds the articles whose text holds every word, with the words highlighted in an excerpt', async () => {
    const result = await service.searchLibrary('Vladivostok')
    expect(articleIds(result.articles).sort()).toEqual([seed('001_43132288491f0221'), seed('004_f1d6bcf64c25065b')].sort())
    expect(result.articleTotal).toBe(2)
    for (const hit of result.articles) expect(highlighted(hit.excerpt)).toEqual(['Vladivostok'])
    const withUniforms = (await service.searchLibrary('vladivostok uniformi')).articles
    expect(articleIds(withUniforms)).toEqual([seed('004_f1d6bcf64c25065b')])
  })

  it('folds case, accents and typographic apostrophes', async () => {
    const withAccent = await service.searchLibrary('CITTA ucraine')
    expect(articleIds(withAccent.articles)).toEqual([seed('002_24432489f640e24b')])
    expect(highlighted(withAccent.articles[0]!.excerpt)).toContain('città')
    const apostrophe = await service.searchLibrary("all'inizio dell'offensiva")
    expect(articleIds(apostrophe.articles)).toContain(seed('001_43132288491f0221'))
  })

  it('ranks the article that says it most first', async () => {
    const { articles } = await service.searchLibrary('Pyongyang')
    expect(articles).toHaveLength(5)
    expect(articles[0]).toMatchObject({ articleId: seed('000_014a5f80a1443256'), matchCount: 5 })
  })

  it('searches the cleaned text, not the boilerplate around it', async () => {
    const { articles } = await service.searchLibrary('Ascolta ora')
    expect(articles).toEqual([])
  })

  it('finds notes together with the articles, and says where each note leads', async () => {
    const article = seed('004_f1d6bcf64c25065b')
    const [claim] = (await service.readArticle(article)).claims.filter((found) => found.text.includes('12.000'))
    await service.saveNote({ kind: 'claim', claimId: claim!.id, articleId: article }, 'Il NIS non cita la fonte: da verificare a Vladivostok.', null)
    await service.saveNote({ kind: 'library' }, 'Fonti da confrontare: NIS, IISS.', null)
    await service.saveNote({ kind: 'article', articleId: seed('000_014a5f80a1443256') }, 'Cifre di The Interpreter.', null)

    const result = await service.searchLibrary('vladivostok')
    expect(result.notes).toHaveLength(1)
    expect(result.notes[0]).toMatchObject({ label: 'Note on “circa 12.000 soldati nordcoreani”', about: 'circa 12.000 soldati nordcoreani', articleId: article, claimId: claim!.id, orphaned: false })
    expect(highlighted(result.notes[0]!.excerpt)).toEqual(['Vladivostok'])
    expect(result.articles).toHaveLength(2)

    // A note is found by the quote it is anchored to, too.
    expect((await service.searchLibrary('nordcoreani verificare')).notes.map((hit) => hit.label)).toEqual(['Note on “circa 12.000 soldati nordcoreani”'])
    expect((await service.searchLibrary('IISS')).notes).toMatchObject([{ label: 'Library note', about: null }])
    const articleNote = (await service.searchLibrary('interpreter cifre')).notes
    expect(articleNote).toMatchObject([{ articleId: seed('000_014a5f80a1443256'), claimId: null }])
    expect(articleNote[0]!.label).toMatch(/^Note on La guerra in Ucraina/)
    expect(articleNote[0]!.about).toMatch(/^La guerra in Ucraina/)
  })

  it('sees a changed file on the next search', async () => {
    expect((await service.searchLibrary('Transnistria')).articles).toEqual([])
    await writeFile(join(libraryDir, 'nuovo.txt'), 'Truppe in Transnistria\n\nCirca 1.500 soldati russi restano in Transnistria.')
    await service.openFolder(libraryDir)
    await service.whenIndexed()
    const { articles } = await service.searchLibrary('transnistria')
    expect(articles).toMatchObject([{ articleId: articleIdFor('nuovo.txt'), matchCount: 2 }])
  })

  it('answers nothing for an empty query, and refuses a query that is not text', async () => {
    expect(await service.searchLibrary('   ')).toEqual({ query: '   ', notes: [], articles: [], articleTotal: 0 })
    const handlers = createRequestHandlers(service, { chooseFolder: async () => null, chooseExportPath: async () => null, writeClipboard: () => undefined, printToPdf: () => Promise.reject(new Error('This test prints no PDF.')) })
    await expect(handlers.searchLibrary(42)).rejects.toThrow()
    await expect(handlers.searchLibrary('x'.repeat(1001))).rejects.toThrow()
  })
})
