/**
 * How many of the seed articles' claims (src/main/claims/fixtures/seed-claims.ts) each extractor gets
 * right: ours, and @microsoft/recognizers-text-suite's number and currency recognizers with the
 * Spanish culture (same separators as Italian) and the English one. A claim counts when the tool
 * reports a quantity overlapping the claim's words with the right value (both ends for a range, the
 * band for a vague one), and, in the last column, also the right qualifier. recognizers-text has no
 * qualifiers, so its qualifier is always "exact". Prints a table; asserts nothing.
 *
 *   npx tsx bench/claims-vs-recognizers.bench.ts
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Culture, recognizeCurrency, recognizeNumber } from '@microsoft/recognizers-text-suite'
import type { ClaimQualifier } from '../src/shared/model'
import { extractClaims } from '../src/main/claims/extract-claims'
import type { ExpectedClaim } from '../src/main/claims/fixtures/expected-claim'
import { seedArticles } from '../src/main/claims/fixtures/seed-claims'

/** A quantity a tool reported: its span in the text, its values and its qualifier. */
interface Reported {
  start: number
  end: number
  value: number | null
  low: number | null
  high: number | null
  qualifier: ClaimQualifier
}

type Tool = (text: string, language: string) => Reported[]

const ours: Tool = (text, language) =>
  extractClaims(text, { articleId: 'bench', language }).map((claim) => ({
    start: claim.start,
    end: claim.end,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier
  }))

/** recognizers-text resolves Spanish decimals with a comma ("1,7"); its `end` is inclusive. */
function recognizersTool(culture: string): Tool {
  return (text) => {
    const results = [...recognizeNumber(text, culture), ...recognizeCurrency(text, culture)]
    return results.map((result) => {
      const raw = String((result.resolution as { value?: unknown } | undefined)?.value ?? '')
      const value = raw === '' ? null : Number(culture === Culture.Spanish ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, ''))
      const finite = value !== null && Number.isFinite(value) ? value : null
      return { start: result.start, end: result.end + 1, value: finite, low: finite, high: finite, qualifier: 'exact' as const }
    })
  }
}

function rightValue(reported: Reported, expected: ExpectedClaim): boolean {
  if (expected.qualifier === 'range' || expected.qualifier === 'vague') return reported.low === expected.low && reported.high === expected.high
  return reported.value === expected.value
}

interface Score {
  value: number
  valueAndQualifier: number
}

function scoreTool(tool: Tool): Score {
  const score: Score = { value: 0, valueAndQualifier: 0 }
  for (const article of seedArticles) {
    const text = readFileSync(resolve('resources/sample-library', article.file), 'utf8')
    const reported = tool(text, article.language)
    let searchFrom = 0
    for (const expected of article.claims) {
      const start = text.indexOf(expected.text, searchFrom)
      const end = start + expected.text.length
      searchFrom = end
      const overlapping = reported.filter((each) => each.start < end && each.end > start)
      const valued = overlapping.filter((each) => rightValue(each, expected))
      if (valued.length > 0) score.value += 1
      if (valued.some((each) => each.qualifier === expected.qualifier)) score.valueAndQualifier += 1
    }
  }
  return score
}

const total = seedArticles.reduce((sum, article) => sum + article.claims.length, 0)
const tools: Array<[string, Tool]> = [
  ['Riscontro extractClaims', ours],
  ['recognizers-text, Spanish culture', recognizersTool(Culture.Spanish)],
  ['recognizers-text, English culture', recognizersTool(Culture.English)]
]
console.log(`Seed claims found with the right value (and qualifier), out of ${total}\n`)
console.log(`${'tool'.padEnd(36)} ${'value'.padStart(7)} ${'+ qualifier'.padStart(12)}`)
for (const [name, tool] of tools) {
  const score = scoreTool(tool)
  console.log(`${name.padEnd(36)} ${`${score.value}/${total}`.padStart(7)} ${`${score.valueAndQualifier}/${total}`.padStart(12)}`)
}
