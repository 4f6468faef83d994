import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../shared/model'
import { makeStoryDocx, makeStoryEpub } from '../articles/fixtures/document-fixtures'
import { findStructureOverLimit } from '../articles/structure-limits'
import { extractClaims, FigureLimitError, MAX_FIGURES_PER_ARTICLE } from '../claims/extract-claims'
import { LibraryIndex } from '../library/library-index'

/**
 * Issue 15: one file stopped or stalled indexing for all — 100k figures in one sentence overflowed
 * the stack in claim extraction, 0.4 MB of brackets in a `.md` took 138 s, 0.6 MB of nested `<div>`
 * 30 s. Each now hits a limit, is listed with the reason, and the rest of the library indexes; so
 * does markup nested inside the other formats (a Word body, an EPUB chapter, an e-mail's or saved
 * page's HTML part, a feed and its items' HTML, multiparts within multiparts).
 */

/** About 2 MB: one sentence, 100,000 figures. */
function oneSentenceOfFigures(): string {
  const figures = Array.from({ length: 100_000 }, (_, index) => `${(index % 90) + 10}.${String(index % 1000).padStart(3, '0')}`)
  return `Secondo le stime pubblicate, i soldati inviati sarebbero ${figures.join(', ')}.`
}

const NESTED_DIVS = `${'<div>'.repeat(60_000)}<p>Le truppe sono 11.000.</p>${'</div>'.repeat(60_000)}`

/** A Word file whose body nests tables 2,000 deep (6,000 elements). */
function nestedDocx(): Uint8Array {
  const files = unzipSync(makeStoryDocx())
  const cell = '<w:p><w:r><w:t>Le truppe sono 11.000.</w:t></w:r></w:p>'
  files['word/document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(2000)}${cell}${'</w:tc></w:tr></w:tbl>'.repeat(2000)}</w:body></w:document>`
  )
  return zipSync(files)
}

/** An EPUB whose first chapter is 60,000 nested divs. */
function nestedEpub(): Uint8Array {
  const files = unzipSync(makeStoryEpub())
  files['OEBPS/testo/capitolo1.xhtml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Capitolo</title></head><body>${NESTED_DIVS}</body></html>`)
  return zipSync(files)
}

/** A MIME message (e-mail or saved page) whose HTML part, in base64 so no scan of the raw file sees it, nests 60,000 divs. */
function mimeWithNestedHtml(headers: string[]): string {
  const html = Buffer.from(`<html><body>${NESTED_DIVS}</body></html>`).toString('base64').replace(/.{76}/g, '$&\r\n')
  return [...headers, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', html, ''].join('\r\n')
}

/** An e-mail of multiparts nested 100 deep. */
function emailOfNestedParts(): string {
  const lines = ['From: Ufficio stampa <stampa@example.it>', 'Subject: Truppe', 'MIME-Version: 1.0']
  for (let level = 0; level < 100; level++) lines.push(`Content-Type: multipart/mixed; boundary="b${level}"`, '', `--b${level}`)
  lines.push('Content-Type: text/plain; charset=UTF-8', '', 'Le truppe sono 11.000.')
  for (let level = 99; level >= 0; level--) lines.push(`--b${level}--`)
  return lines.join('\r\n')
}

const feedOf = (item: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Quotidiano</title><item><title>Truppe</title><guid>t1</guid>${item}</item></channel></rss>`

const hostileFiles: Record<string, string | Uint8Array> = {
  'tabelle.docx': nestedDocx(),
  'libro.epub': nestedEpub(),
  'messaggio.eml': mimeWithNestedHtml(['From: Ufficio stampa <stampa@example.it>', 'Subject: Truppe']),
  'parti.eml': emailOfNestedParts(),
  'pagina.mhtml': mimeWithNestedHtml(['From: <Saved by Blink>', 'Subject: Truppe', 'Snapshot-Content-Location: https://example.it/truppe']),
  'annidato.rss': feedOf(`<description>Le truppe sono 11.000.</description>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}`),
  'scatole.rss': feedOf(`<description>${NESTED_DIVS.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</description>`),
  'cifre.txt': oneSentenceOfFigures(),
  'parentesi.md': `# Parentesi\n\n${'['.repeat(200_000)}${']'.repeat(200_000)}\n`,
  'etichette.md': `# Etichette\n\n${'[x] '.repeat(60_000)}\n`,
  'citazioni.md': `# Citazioni\n\n${'> '.repeat(20_000)}x\n`,
  'elenchi.md': `# Elenchi\n\n${Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level * 2)}- voce`).join('\n')}\n`,
  'enfasi.md': `# Enfasi\n\n${'*a '.repeat(50_000)}\n`,
  'scatole.html': `<html><head><title>Scatole</title></head><body>${NESTED_DIVS}</body></html>`
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
