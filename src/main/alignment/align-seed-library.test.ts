import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import { extractClaims } from '../claims/extract-claims'
import { alignClaims, type ArticleClaims } from './align-claims'

/** Integration: the real extractor on the five seed articles, then alignment (issue 4's three multi-source rows). */
const libraryDir = fileURLToPath(new URL('../../../resources/sample-library', import.meta.url))
const datePrefix = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/

function readSeedLibrary(): ArticleClaims[] {
  return readdirSync(libraryDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(libraryDir, name), 'utf8')
      const date = datePrefix.exec(raw)
      const text = date ? raw.slice(date[0].length) : raw
      const articleId = name.replace(/\.txt$/, '')
      return { articleId, language: 'it', date: date?.[1] ?? null, claims: extractClaims(text, { articleId, language: 'it' }) }
    })
}

describe('alignClaims on the extractor’s claims of the seed library', () => {
  const articles = readSeedLibrary()
  const claims = new Map<string, Claim>(articles.flatMap((entry) => entry.claims).map((claim) => [claim.id, claim]))
  const rows = alignClaims(articles)
  const textsOfRowWith = (text: string): string[] => {
    const found = [...claims.values()].find((claim) => claim.text === text)
    if (!found) throw new Error(`the extractor found no claim "${text}"`)
    const row = rows.find((candidate) => candidate.claimIds.includes(found.id))!
    return row.claimIds.map((id) => claims.get(id)!.text).sort()
  }

  it('aligns the troops sent to Russia, apart from the other 3.000', () => {
    expect(textsOfRowWith('11.000 soldati')).toEqual(['11.000 soldati', 'circa 12.000 soldati nordcoreani', 'migliaia di soldati', 'più di 11.000 soldati'])
    expect(textsOfRowWith('3.000 soldati')).toEqual(['3.000 soldati'])
  })

  it('aligns the artillery shells and munitions', () => {
    expect(textsOfRowWith('9 milioni di colpi di artiglieria e munizioni')).toEqual([
      '9 milioni di colpi di artiglieria e munizioni',
      'diverse centinaia di migliaia di proiettili di artiglieria e razzi',
      'fino a otto milioni di munizioni',
      'milioni di munizioni',
      "più di 4 milioni di proiettili d'artiglieria e razzi"
    ])
  })

  it('aligns the value of the arms trade in USD', () => {
    expect(textsOfRowWith('tra 1,7 e 5,5 miliardi di dollari')).toEqual(['oltre i 7 miliardi di dollari', 'tra 1,7 e 5,5 miliardi di dollari'])
  })

  it('leaves no other row with more than one source', () => {
    expect(rows.filter((row) => row.sourceCount > 1)).toHaveLength(3)
  })
})
