import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../shared/api'
import { findStructureOverLimit } from '../articles/structure-limits'
import { extractClaims, FigureLimitError, MAX_FIGURES_PER_ARTICLE } from '../claims/extract-claims'
import { LibraryIndex } from '../library/library-index'

/**
 * Issue 15: one file stopped or stalled indexing for all — 100k figures in one sentence overflowed
 * the stack in claim extraction, 0.4 MB of brackets in a `.md` took 138 s, 0.6 MB of nested `<div>`
 * 30 s. Each now hits a limit, is listed with the reason, and the rest of the library indexes.
 */

/** About 2 MB: one sentence, 100,000 figures. */
function oneSentenceOfFigures(): string {
  const figures = Array.from({ length: 100_000 }, (_, index) => `${(index % 90) + 10}.${String(index % 1000).padStart(3, '0')}`)
  return `Secondo le stime pubblicate, i soldati inviati sarebbero ${figures.join(', ')}.`
}

const hostileFiles: Record<string, string> = {
  'cifre.txt': oneSentenceOfFigures(),
  'parentesi.md': `# Parentesi\n\n${'['.repeat(200_000)}${']'.repeat(200_000)}\n`,
  'etichette.md': `# Etichette\n\n${'[x] '.repeat(60_000)}\n`,
  'citazioni.md': `# Citazioni\n\n${'> '.repeat(20_000)}x\n`,
  'elenchi.md': `# Elenchi\n\n${Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level * 2)}- voce`).join('\n')}\n`,
  'enfasi.md': `# Enfasi\n\n${'*a '.repeat(50_000)}\n`,
  'scatole.html': `<html><head><title>Scatole</title></head><body>${'<div>'.repeat(60_000)}<p>Le truppe sono 11.000.</p>${'</div>'.repeat(60_000)}</body></html>`
}

let workDir: string
let libraryDir: string
let summaries: ArticleSummary[]

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-limits-'))
  libraryDir = join(workDir, 'library')
  await cp(resolve('resources/sample-library'), libraryDir, { recursive: true })
  for (const [name, text] of Object.entries(hostileFiles)) await writeFile(join(libraryDir, name), text)
  const index = new LibraryIndex(libraryDir, join(workDir, 'data'), { onProgress: () => undefined, onChange: () => undefined })
  await index.index()
  await index.close()
  summaries = index.summaries()
}, 120_000)

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('no file can stop or stall the library', () => {
  it.each(Object.keys(hostileFiles))('%s is listed as over a limit, with the reason', (name) => {
    const summary = summaries.find((candidate) => candidate.file === name)
    expect(summary).toMatchObject({ status: 'over-limit', reason: expect.stringMatching(/Riscontro skips it/) })
  })

  it('the rest of the library indexes', () => {
    expect(summaries.filter((summary) => summary.status === 'ok').map((summary) => summary.file)).toHaveLength(5)
  })

  it('claim extraction refuses a text over its figure limits with a reason, never a stack overflow', () => {
    expect(() => extractClaims(oneSentenceOfFigures(), { articleId: 'a', language: 'it' })).toThrow(FigureLimitError)
    const manySentences = Array.from({ length: 20 }, () => `Nel rapporto: ${Array.from({ length: 400 }, (_, i) => `${i + 1}.000`).join(', ')}.`).join('\n\n')
    expect(() => extractClaims(manySentences, { articleId: 'a', language: 'it' })).toThrow(`more than ${MAX_FIGURES_PER_ARTICLE.toLocaleString('en')} figures`)
    const longSentence = `Le cifre: ${Array.from({ length: 600 }, (_, i) => `${i + 1}.000 soldati`).join(', ')}.`
    expect(() => extractClaims(longSentence, { articleId: 'a', language: 'it' })).toThrow('One sentence of this file holds more than 500 figures')
  })

  it('ordinary Markdown and HTML are within the limits', () => {
    const markdown = '# Titolo\n\n> Citazione [con link](https://example.org) e **grassetto**.\n\n- uno\n  - due\n    - tre\n\n```\n' + '['.repeat(100) + '\n```\n'
    expect(findStructureOverLimit(Buffer.from(markdown), 'markdown')).toBeNull()
    const html = `<html><body>${'<div>'.repeat(60)}<p>uno<p>due<br><img src=x>${'</div>'.repeat(60)}<script>${'<div>'.repeat(1000)}</script></body></html>`
    expect(findStructureOverLimit(Buffer.from(html), 'html')).toBeNull()
  })
})
