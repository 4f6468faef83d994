import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimId, extractClaims } from './extract-claims'
import { comparable } from './fixtures/expected-claim'
import { classCases } from './fixtures/quantity-class-cases'
import { negativeCases } from './fixtures/negative-cases'
import { seedArticles } from './fixtures/seed-claims'
import { sentenceCases } from './fixtures/sentence-cases'

describe('extractClaims: sentence table', () => {
  const supported = sentenceCases.filter((entry) => !entry.knownGap)
  const gaps = sentenceCases.filter((entry) => entry.knownGap)

  it.each(gaps.map((entry) => [entry.knownGap, entry] as const))('known gap, still failing: %s', (_, entry) => {
    const claims = extractClaims(entry.sentence, { articleId: 'table', language: entry.language })
    expect(comparable(claims, entry.claims)).not.toEqual(entry.claims)
  })

  it.each(supported.map((entry) => [entry.sentence, entry] as const))('%s', (_, entry) => {
    // The sentence sits mid-text, after a paragraph, so offsets are checked away from zero.
    const prefix = 'Titolo di prova.\n\n'
    const text = prefix + entry.sentence + '\n\nUltima riga senza numeri.'
    const claims = extractClaims(text, { articleId: 'table', language: entry.language })
    expect(comparable(claims, entry.claims)).toEqual(entry.claims)
    let searchFrom = prefix.length
    for (const found of claims) {
      expect(text.slice(found.start, found.end)).toBe(found.text)
      expect(found.start).toBe(text.indexOf(found.text, searchFrom))
      searchFrom = found.end
      expect(found.sentence).toBe(entry.sentence)
    }
  })
})

describe('extractClaims: negative cases', () => {
  it.each(negativeCases.map((entry) => [`${entry.why}: ${entry.text}`, entry] as const))('%s', (_, entry) => {
    expect(extractClaims(entry.text, { articleId: 'negative', language: entry.language }).map((found) => found.text)).toEqual([])
  })
})

describe('extractClaims: seed articles', () => {
  it.each(seedArticles.map((article) => [article.file, article] as const))('%s', (_, article) => {
    const text = readFileSync(resolve('resources/sample-library', article.file), 'utf8')
    const claims = extractClaims(text, { articleId: article.file, language: article.language })
    expect(comparable(claims, article.claims)).toEqual(article.claims)
    for (const found of claims) {
      expect(text.slice(found.start, found.end)).toBe(found.text)
      expect(found.sentence).toContain(found.text)
    }
  })
})

describe('extractClaims: identity and order', () => {
  const text = readFileSync(resolve('resources/sample-library/002_24432489f640e24b.txt'), 'utf8')

  it('gives the same claims, ids and order on every run', () => {
    const first = extractClaims(text, { articleId: 'a1', language: 'it' })
    const second = extractClaims(text, { articleId: 'a1', language: 'it' })
    expect(second).toEqual(first)
    expect(first.map((found) => found.start)).toEqual([...first.map((found) => found.start)].sort((left, right) => left - right))
  })

  it('derives ids from the article id and the claim words, so edits elsewhere keep them', () => {
    const claims = extractClaims(text, { articleId: 'a1', language: 'it' })
    const edited = extractClaims(`Un paragrafo aggiunto sopra, senza numeri.\n\n${text}`, { articleId: 'a1', language: 'it' })
    expect(edited.map((found) => found.id)).toEqual(claims.map((found) => found.id))
    for (const found of claims) {
      expect(found.id).toBe(claimId('a1', found.text, claims.filter((other) => other.text === found.text && other.start < found.start).length))
      expect(found.id).toMatch(/^[0-9a-f]{16}$/)
      expect(found.articleId).toBe('a1')
    }
    expect(new Set(claims.map((found) => found.id)).size).toBe(claims.length)
    expect(extractClaims(text, { articleId: 'a2', language: 'it' })[0]!.id).not.toBe(claims[0]!.id)
  })

  it('keeps exact values where floating point would drift', () => {
    const [claimFound] = extractClaims('Il fondo vale 0,3 miliardi e 1,7 miliardi di euro.', { articleId: 'x', language: 'it' }).slice(1)
    expect(claimFound?.value).toBe(1_700_000_000)
    expect(extractClaims('Costa 0,1 milioni di euro.', { articleId: 'x', language: 'it' })[0]?.value).toBe(100_000)
    expect(extractClaims('It cost $4.35 billion.', { articleId: 'x', language: 'en' })[0]?.value).toBe(4_350_000_000)
  })

  it('returns nothing for empty or number-free text', () => {
    expect(extractClaims('', { articleId: 'x', language: 'it' })).toEqual([])
    expect(extractClaims('Nessun numero qui.\n\nNemmeno qui.', { articleId: 'x', language: 'it' })).toEqual([])
  })
})

describe('extractClaims: the classes of issue 10', () => {
  it.each(classCases.map((entry) => [`${entry.quantityClass} (${entry.language}): ${entry.sentence}`, entry] as const))('%s', (_, entry) => {
    const claims = extractClaims(`Titolo.\n\n${entry.sentence}`, { articleId: 'class', language: entry.language })
    expect(comparable(claims, entry.claims)).toEqual(entry.claims)
    if (entry.changes) expect(claims.map((found) => found.change)).toEqual(entry.changes)
    else expect(claims.every((found) => found.change === null)).toBe(true)
  })

  it('has positive and negative sentences in both languages for every class', () => {
    for (const quantityClass of new Set(classCases.map((entry) => entry.quantityClass))) {
      const ofClass = classCases.filter((entry) => entry.quantityClass === quantityClass)
      for (const language of ['it', 'en'] as const) {
        const inLanguage = ofClass.filter((entry) => entry.language === language)
        expect(inLanguage.some((entry) => entry.claims.length > 0) || quantityClass === 'not claims', `${quantityClass} ${language} positive`).toBe(true)
        expect(inLanguage.some((entry) => entry.claims.length === 0) || quantityClass === 'units and subjects', `${quantityClass} ${language} negative`).toBe(true)
      }
    }
  })
})
