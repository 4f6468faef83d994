/**
 * Claims found in real articles, printed for a reader to check by eye; the corpus is not ours to
 * commit, so this is the review tool rather than a test. Says so and exits 0 when the corpus is absent.
 *
 * Events mode (../shared/corpus/events, 54 EN/IT articles on 15 events): every claim of every article.
 *   npx tsx bench/claims-corpus-review.ts                 # every article
 *   npx tsx bench/claims-corpus-review.ts event12 event15 # files whose name contains one of these
 *
 * Sample mode (../shared/corpus/scale, issue 10): N random claims and N random sentences holding digits
 * or number words, drawn with a fixed seed so two readers see the same sample. Each claim is shown with
 * its sentence; each sentence with every claim found in it, so a reader can count the quantities missed.
 *   npx tsx bench/claims-corpus-review.ts --sample 100 [--seed 10] [--language it|en]
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Claim } from '../src/shared/model'
import { extractClaims, mayHoldQuantity } from '../src/main/claims/extract-claims'
import { splitSentences } from '../src/main/claims/split-sentences'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string' }, seed: { type: 'string', default: '10' }, language: { type: 'string' } }
})

const eventsDir = resolve(process.env.RISCONTRO_CORPUS_EVENTS ?? '../shared/corpus/events')
const scaleDir = resolve(process.env.RISCONTRO_CORPUS ?? '../shared/corpus/scale')

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((found) => found.isDirectory(), () => false)
}

/** File → language, from a corpus manifest (`file<TAB>…` with the language in column `languageColumn`). */
async function languagesByFile(manifest: string, languageColumn: number): Promise<Map<string, string>> {
  const text = await readFile(manifest, 'utf8').catch(() => '')
  const languages = new Map<string, string>()
  for (const line of text.split('\n').slice(1)) {
    const columns = line.split('\t')
    if (columns[0] && columns[languageColumn]) languages.set(columns[0], columns[languageColumn]!)
  }
  return languages
}

function describeClaim(claim: Claim): string {
  const value = claim.value ?? `[${claim.low ?? ''}..${claim.high ?? ''}]`
  const context = [claim.subject && `subject=${claim.subject}`, claim.change && `change=${claim.change}`, claim.source && `source=${claim.source}`, claim.period && `period=${claim.period}`]
    .filter(Boolean)
    .join(' ')
  return `${claim.text.padEnd(40)} ${claim.kind} ${value} ${claim.qualifier} ${claim.unit ?? '-'} ${context}`
}

async function reviewEvents(): Promise<void> {
  if (!(await isFolder(eventsDir))) {
    console.log(`Corpus not found at ${eventsDir}: nothing to review (set RISCONTRO_CORPUS_EVENTS to use another folder).`)
    return
  }
  const languages = await languagesByFile(join(eventsDir, '..', 'events_manifest.tsv'), 2)
  const files = (await readdir(eventsDir)).filter((name) => name.endsWith('.txt')).sort()
  let total = 0
  for (const file of files) {
    if (positionals.length > 0 && !positionals.some((filter) => file.includes(filter))) continue
    const language = languages.get(file) ?? 'und'
    const claims = extractClaims(await readFile(join(eventsDir, file), 'utf8'), { articleId: file, language })
    total += claims.length
    console.log(`\n=== ${file} (${language}) · ${claims.length} claims`)
    for (const claim of claims) console.log(`  ${describeClaim(claim)}`)
  }
  console.log(`\n${total} claims`)
}

/** mulberry32: a small seeded generator, so the sample is the same on every run and machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` distinct items drawn at random (partial Fisher–Yates on a copy). */
function draw<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items]
  const drawn: T[] = []
  for (let index = 0; index < Math.min(count, pool.length); index += 1) {
    const pick = index + Math.floor(random() * (pool.length - index))
    ;[pool[index], pool[pick]] = [pool[pick]!, pool[index]!]
    drawn.push(pool[index]!)
  }
  return drawn
}

interface SampledSentence {
  file: string
  text: string
  claims: Claim[]
}

async function reviewSample(size: number): Promise<void> {
  if (!(await isFolder(scaleDir))) {
    console.log(`Corpus not found at ${scaleDir}: nothing to sample (set RISCONTRO_CORPUS to use another folder).`)
    return
  }
  const languages = await languagesByFile(join(scaleDir, '..', 'scale_manifest.tsv'), 1)
  const files = (await readdir(scaleDir)).filter((name) => name.endsWith('.txt')).sort()
  const claims: Array<{ file: string; claim: Claim }> = []
  const sentences: SampledSentence[] = []
  for (const file of files) {
    const language = languages.get(file) ?? 'und'
    if (values.language && language !== values.language) continue
    const text = await readFile(join(scaleDir, file), 'utf8')
    const found = extractClaims(text, { articleId: file, language })
    for (const claim of found) claims.push({ file, claim })
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end)
      if (!mayHoldQuantity(sentence)) continue
      sentences.push({ file, text: sentence, claims: found.filter((claim) => claim.start >= span.start && claim.end <= span.end) })
    }
  }
  const random = seededRandom(Number(values.seed))
  const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()
  console.log(`Sample of ${scaleDir} · seed ${values.seed}${values.language ? ` · language ${values.language}` : ''}`)
  console.log(`${claims.length} claims and ${sentences.length} sentences with digits or number words in ${files.length} files\n`)
  console.log(`--- ${size} random claims: is each a real quantity with the right value, qualifier, and unit or subject?`)
  draw(claims, size, random).forEach(({ file, claim }, index) => {
    console.log(`C${index + 1} ${file}\n    ${describeClaim(claim)}\n    in: ${oneLine(claim.sentence)}`)
  })
  console.log(`\n--- ${size} random sentences: were all their quantities found?`)
  draw(sentences, size, random).forEach((sentence, index) => {
    console.log(`S${index + 1} ${sentence.file}: ${oneLine(sentence.text)}`)
    for (const claim of sentence.claims) console.log(`    → ${describeClaim(claim)}`)
    if (sentence.claims.length === 0) console.log('    → (no claim)')
  })
}

await (values.sample ? reviewSample(Number(values.sample)) : reviewEvents())
