/**
 * Lists the gold pairs the aligner gets wrong (split or joined) with the evidence levels and weights
 * it saw: `npx tsx eval/explain-gold.ts [seeds|events]`. For reading classes of error, not tuning to one.
 */
import { join } from 'node:path'
import { ClaimReader, type ClaimReading } from '../src/main/alignment/claim-reading'
import { Aligner } from '../src/main/alignment/align-claims'
import { comparable, pairLevels, pairWeights, StoryContext, weightOf, type EvidenceField } from '../src/main/alignment/pair-evidence'
import { loadGoldLibrary, sharedFolder } from './gold'

const which = process.argv[2] ?? 'events'
const library =
  which === 'seeds'
    ? await loadGoldLibrary('seeds', join(sharedFolder, 'seeds'), join(sharedFolder, 'gold', 'seeds.json'))
    : await loadGoldLibrary('events', join(sharedFolder, 'corpus', 'events'), join(sharedFolder, 'gold', 'events-dev.json'))
const rows = new Aligner().align(library.stories, library.articles)
const rowOf = new Map<string, string>()
for (const row of rows) for (const id of row.claimIds) rowOf.set(id, row.label)
const reader = new ClaimReader()
const readings = new Map<string, ClaimReading>()
const storyOf = new Map<string, number>()
library.stories.forEach((story, index) => {
  for (const id of story.articleIds) {
    const article = library.articles.get(id)!
    for (const claim of article.claims) {
      readings.set(claim.id, reader.read(claim, article.language))
      storyOf.set(claim.id, index)
    }
  }
})
const contexts = library.stories.map((story) => new StoryContext([...readings.values()].filter((reading) => story.articleIds.includes(reading.claim.articleId))))
const gold = library.gold.filter((claim) => !claim.unpaired && library.matched.has(claim.id))
for (let i = 0; i < gold.length; i += 1) {
  for (let j = i + 1; j < gold.length; j += 1) {
    const a = gold[i]!
    const b = gold[j]!
    if (a.file === b.file || a.group !== b.group) continue
    const ca = library.matched.get(a.id)!
    const cb = library.matched.get(b.id)!
    const same = a.row === b.row
    const predicted = rowOf.get(ca.id) !== undefined && rowOf.get(ca.id) === rowOf.get(cb.id) && [...rows].find((row) => row.claimIds.includes(ca.id))!.claimIds.includes(cb.id)
    if (same === predicted) continue
    const ra = readings.get(ca.id)!
    const rb = readings.get(cb.id)!
    const levels = comparable(ra, rb) ? pairLevels(ra, rb, contexts[storyOf.get(ca.id)!]!) : null
    const detail = levels
      ? (Object.keys(levels) as EvidenceField[]).map((field) => `${field}=${levels[field]}(${pairWeights.weights[field][levels[field]]})`).join(' ')
      : 'not comparable'
    console.log(`${same ? 'SPLIT ' : 'JOINED'} ${a.id} [${ra.classId ?? ra.head}] "${ca.text}" / ${b.id} [${rb.classId ?? rb.head}] "${cb.text}" w=${levels ? weightOf(levels).toFixed(2) : '-'}\n   ${detail}`)
  }
}
