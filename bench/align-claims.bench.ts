/**
 * Claim alignment benchmark (issue 4): alignClaims over 10,000 articles of about 20 claims each.
 * Prints figures, never fails on time: timings on shared machines are noisy, so each figure is the
 * median of several runs. Target: under 2 s on the 2-core development machine.
 *
 * Two figures, since alignClaims keeps what it read and clustered between calls (see `readings`
 * in align-claims.ts): the first alignment of a library (every run on new Claim objects, so nothing
 * is reused), and aligning again after one article changed (the library changes one article at a
 * time). Both must give the same rows.
 *
 *   npx tsx bench/align-claims.bench.ts                       # synthetic library (default)
 *   npx tsx bench/align-claims.bench.ts --articles 2000       # a quicker look
 *   npx tsx bench/align-claims.bench.ts --corpus ../shared/corpus/scale --articles 10000
 *                                                             # claims extracted from real articles
 *
 * The synthetic library is deterministic (seeded): a few hundred stories, each with a dozen facts
 * (troops sent, shells supplied, amounts, shares, distances…), reported by many articles in Italian
 * or English with the noise real outlets add (rounded, approximate, bounded, ranged or vague
 * figures, other periods, "altri"/"another" figures), plus unrelated claims of each article.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Claim, ComparisonRow } from '../src/shared/api'
import { alignClaims, type ArticleClaims } from '../src/main/alignment/align-claims'
import { benchHeader, median } from './support/bench-report'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string' },
    seed: { type: 'string', default: '20250601' }
  }
})
const articleCount = Number(values.articles)
const runs = Number(values.runs)

/** mulberry32: small, fast, and the same sequence on every machine. */
function createRandom(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = createRandom(Number(values.seed))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const chance = (probability: number): boolean => random() < probability
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1))

interface Thing {
  kind: Claim['kind']
  unit: string
  it: string
  en: string
  /** Typical size: figures are drawn log-uniformly between these. */
  low: number
  high: number
  verbs: { it: string; en: string }
}

// Units as the extractor writes them; subjects in both languages; realistic sizes.
const things: Thing[] = [
  { kind: 'count', unit: 'soldier', it: 'soldati', en: 'troops', low: 500, high: 50_000, verbs: { it: 'ha inviato', en: 'sent' } },
  { kind: 'count', unit: 'munition', it: "proiettili d'artiglieria", en: 'artillery shells', low: 1e5, high: 1e7, verbs: { it: 'ha spedito', en: 'shipped' } },
  { kind: 'count', unit: 'missile', it: 'missili balistici', en: 'ballistic missiles', low: 10, high: 500, verbs: { it: 'ha fornito', en: 'supplied' } },
  { kind: 'count', unit: 'drone', it: 'droni', en: 'drones', low: 100, high: 20_000, verbs: { it: 'ha consegnato', en: 'delivered' } },
  { kind: 'count', unit: 'worker', it: 'lavoratori', en: 'workers', low: 100, high: 10_000, verbs: { it: 'ha inviato', en: 'sent' } },
  { kind: 'count', unit: 'person', it: 'persone', en: 'people', low: 10, high: 100_000, verbs: { it: 'ha evacuato', en: 'evacuated' } },
  { kind: 'count', unit: 'death', it: 'morti', en: 'deaths', low: 5, high: 5000, verbs: { it: 'ha contato', en: 'counted' } },
  { kind: 'count', unit: 'injured', it: 'feriti', en: 'wounded', low: 5, high: 5000, verbs: { it: 'ha contato', en: 'counted' } },
  { kind: 'count', unit: 'tank', it: 'carri armati', en: 'tanks', low: 10, high: 1000, verbs: { it: 'ha trasferito', en: 'transferred' } },
  { kind: 'count', unit: 'container', it: 'container', en: 'containers', low: 1000, high: 50_000, verbs: { it: 'ha spedito', en: 'shipped' } },
  { kind: 'count', unit: 'vote', it: 'voti', en: 'votes', low: 1000, high: 5e6, verbs: { it: 'ha ottenuto', en: 'won' } },
  { kind: 'count', unit: 'company', it: 'aziende', en: 'companies', low: 10, high: 5000, verbs: { it: 'ha coinvolto', en: 'involved' } },
  { kind: 'money', unit: 'USD', it: 'dollari', en: 'dollars', low: 1e6, high: 5e10, verbs: { it: 'ha stanziato', en: 'allocated' } },
  { kind: 'money', unit: 'EUR', it: 'euro', en: 'euros', low: 1e5, high: 1e10, verbs: { it: 'ha speso', en: 'spent' } },
  { kind: 'percent', unit: '%', it: "dell'affluenza", en: 'turnout', low: 20, high: 80, verbs: { it: 'ha registrato', en: 'recorded' } },
  { kind: 'percent', unit: '%', it: 'di inflazione', en: 'inflation', low: 1, high: 15, verbs: { it: 'ha registrato', en: 'recorded' } },
  { kind: 'percent', unit: '%', it: 'di disoccupazione', en: 'unemployment', low: 3, high: 20, verbs: { it: 'ha registrato', en: 'recorded' } },
  { kind: 'measure', unit: 'km', it: 'km di fronte', en: 'km of front line', low: 10, high: 1500, verbs: { it: 'ha conquistato', en: 'took' } },
  { kind: 'measure', unit: 't', it: 'tonnellate di grano', en: 'tonnes of grain', low: 1000, high: 1e7, verbs: { it: 'ha esportato', en: 'exported' } }
]
const places = [
  ['in Russia', 'to Russia'], ['in Ucraina', 'to Ukraine'], ['in Corea del Nord', 'to North Korea'], ['in Cina', 'to China'],
  ['in Italia', 'to Italy'], ['in Francia', 'to France'], ['in Germania', 'to Germany'], ['a Gaza', 'to Gaza'], ['in Israele', 'to Israel']
] as const
const modifiers = [
  ['nordcoreani', 'North Korean'], ['russi', 'Russian'], ['ucraini', 'Ukrainian'], ['americani', 'American'], ['cinesi', 'Chinese'], ['', '']
] as const
const syllables = ['ka', 'ro', 'vi', 'le', 'mon', 'dra', 'sel', 'tor', 'bri', 'nal', 'zu', 'pet', 'gar', 'os', 'fen', 'li']
const makeName = (): string => {
  const word = Array.from({ length: between(2, 3) }, () => pick(syllables)).join('')
  return word.charAt(0).toUpperCase() + word.slice(1)
}
const sources = {
  it: ['secondo il ministero', "secondo l'agenzia", 'secondo fonti locali', 'secondo il rapporto', 'secondo gli analisti'],
  en: ['officials said', 'the agency said', 'according to the report', 'analysts said', 'local sources said']
}

interface Fact {
  thing: Thing
  value: number
  modifier: number
  place: number
  period: string | null
}

interface Story {
  /** The story's main actor, named in most of its sentences; other names come and go. */
  actor: string
  names: string[]
  /** What the story is about, in both languages: outlets reuse the same key words. */
  keywords: Array<readonly [string, string]>
  facts: Fact[]
  year: number
}

const keywordPool = [
  ['offensiva', 'offensive'], ['accordo', 'agreement'], ['confine', 'border'], ['elezioni', 'election'], ['sanzioni', 'sanctions'],
  ['porto', 'port'], ['raffineria', 'refinery'], ['vertice', 'summit'], ['inchiesta', 'inquiry'], ['alluvione', 'flood'],
  ['terremoto', 'earthquake'], ['sciopero', 'strike'], ['riforma', 'reform'], ['bilancio', 'budget'], ['embargo', 'embargo'],
  ['corridoio', 'corridor'], ['tregua', 'truce'], ['blocco', 'blockade'], ['esercitazione', 'drill'], ['mobilitazione', 'mobilisation'],
  ['diga', 'dam'], ['gasdotto', 'pipeline'], ['fabbrica', 'factory'], ['miniera', 'mine'], ['aeroporto', 'airport']
] as const

function roundFigure(value: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return Math.round(value / magnitude) * magnitude
}

function createStory(): Story {
  const year = between(2015, 2025)
  const facts = Array.from({ length: between(8, 16) }, () => {
    const thing = pick(things)
    const value = roundFigure(Math.exp(Math.log(thing.low) + random() * (Math.log(thing.high) - Math.log(thing.low))))
    return { thing, value, modifier: between(0, modifiers.length - 1), place: between(0, places.length - 1), period: chance(0.3) ? String(year - between(0, 1)) : null }
  })
  return { actor: makeName(), names: Array.from({ length: between(3, 5) }, makeName), keywords: [pick(keywordPool), pick(keywordPool)], facts, year }
}

/** Formats a figure as the language writes it ("11.000" / "11,000", "4 milioni" / "4 million"). */
function formatFigure(value: number, language: 'it' | 'en'): string {
  const words = language === 'it' ? { 1e9: 'miliardi', 1e6: 'milioni' } : { 1e9: 'billion', 1e6: 'million' }
  for (const scale of [1e9, 1e6] as const) {
    if (value >= scale && value % (scale / 10) === 0) return `${String(value / scale).replace('.', language === 'it' ? ',' : '.')} ${words[scale]}`
  }
  return value.toLocaleString(language === 'it' ? 'it-IT' : 'en-US')
}

let claimSerial = 0

function reportFact(fact: Fact, story: Story, articleId: string, language: 'it' | 'en', offset: number): Claim {
  const { thing } = fact
  let value = chance(0.7) ? fact.value : roundFigure(fact.value * (0.6 + random() * 0.8))
  const roll = random()
  let qualifier: Claim['qualifier'] = 'exact'
  let low: number | null = value
  let high: number | null = value
  let prefix = ''
  if (roll < 0.2) [qualifier, prefix] = ['approx', language === 'it' ? 'circa ' : 'about ']
  else if (roll < 0.32) [qualifier, prefix, high] = ['more_than', language === 'it' ? 'più di ' : 'more than ', null]
  else if (roll < 0.37) [qualifier, prefix, low] = ['at_most', language === 'it' ? 'fino a ' : 'up to ', null]
  else if (roll < 0.42) {
    qualifier = 'range'
    ;[low, high] = [roundFigure(value * 0.8), roundFigure(value * 1.3)]
  } else if (roll < 0.5) qualifier = 'vague'
  const increment = thing.kind === 'count' && chance(0.05)
  const modifier = modifiers[fact.modifier]![language === 'it' ? 0 : 1]
  const place = places[fact.place]![language === 'it' ? 0 : 1]
  let numberText: string
  if (qualifier === 'vague') {
    const magnitude = 10 ** Math.floor(Math.log10(value))
    ;[low, high] = [magnitude * 2, magnitude * 10 - 1]
    numberText = language === 'it' ? (magnitude >= 1e6 ? 'milioni di' : 'migliaia di') : magnitude >= 1e6 ? 'millions of' : 'thousands of'
    value = Number.NaN
  } else if (qualifier === 'range') {
    numberText = language === 'it' ? `tra ${formatFigure(low!, 'it')} e ${formatFigure(high!, 'it')}` : `between ${formatFigure(low!, 'en')} and ${formatFigure(high!, 'en')}`
  } else {
    numberText = `${prefix}${formatFigure(value, language)}`
  }
  const subject = thing.kind === 'count' ? (language === 'it' ? `${thing.it} ${modifier}` : `${modifier} ${thing.en}`).trim() : null
  const text =
    thing.kind === 'percent'
      ? `${numberText}% ${language === 'it' ? thing.it : `${thing.en} rate`}`
      : thing.kind === 'money'
        ? `${numberText} ${language === 'it' ? thing.it : thing.en}`
        : `${numberText} ${language === 'it' ? thing.it : thing.en}${thing.kind === 'count' && modifier ? (language === 'it' ? ` ${modifier}` : '') : ''}`
  const actor = chance(0.8) ? story.actor : pick(story.names)
  const other = pick(story.names)
  const keywords = story.keywords.filter(() => chance(0.7)).map((pair) => pair[language === 'it' ? 0 : 1])
  const about = keywords.length === 0 ? '' : language === 'it' ? `, nel quadro di ${keywords.join(' e ')}` : `, as part of the ${keywords.join(' and ')}`
  const extra = increment ? (language === 'it' ? 'altri ' : 'another ') : ''
  const year = fact.period ? (language === 'it' ? ` nel ${fact.period}` : ` in ${fact.period}`) : ''
  const sentence =
    language === 'it'
      ? `Ieri ${actor} ${thing.verbs.it} ${extra}${text} ${place}${year}${about}, ${pick(sources.it)}, mentre ${other} ha smentito.`
      : `Yesterday ${actor} ${thing.verbs.en} ${extra}${text} ${place}${year}${about}, ${pick(sources.en)}, while ${other} denied it.`
  claimSerial += 1
  return {
    id: `${articleId}:${offset}:${claimSerial}`,
    articleId,
    text,
    start: offset,
    end: offset + text.length,
    sentence,
    kind: thing.kind,
    value: Number.isNaN(value) || qualifier === 'range' ? null : value,
    low: qualifier === 'range' || qualifier === 'vague' || qualifier === 'at_most' ? low : value,
    high: qualifier === 'more_than' ? null : high,
    qualifier,
    unit: thing.unit,
    subject,
    source: null,
    period: fact.period
  }
}

/** An unrelated claim of the article: a figure about something no other article reports. */
function reportNoise(story: Story, articleId: string, language: 'it' | 'en', offset: number): Claim {
  const fact: Fact = { thing: pick(things), value: 0, modifier: modifiers.length - 1, place: between(0, places.length - 1), period: null }
  fact.value = roundFigure(Math.exp(Math.log(fact.thing.low) + random() * (Math.log(fact.thing.high) - Math.log(fact.thing.low))))
  const claim = reportFact(fact, { ...story, actor: makeName(), names: [makeName(), makeName()], keywords: [pick(keywordPool)] }, articleId, language, offset)
  return claim
}

function generateLibrary(count: number): ArticleClaims[] {
  const stories = Array.from({ length: Math.max(5, Math.round(count / 25)) }, createStory)
  const articles: ArticleClaims[] = []
  for (let index = 0; index < count; index += 1) {
    // Zipf-like: a few stories get many articles, most get a handful.
    const story = stories[Math.floor(stories.length * random() ** 2)]!
    const language = chance(0.7) ? 'it' : 'en'
    const articleId = `article-${String(index).padStart(5, '0')}`
    const month = between(1, 12)
    const claims: Claim[] = []
    const total = between(14, 26)
    for (let claimIndex = 0; claimIndex < total; claimIndex += 1) {
      const offset = claimIndex * 200
      claims.push(chance(0.75) ? reportFact(pick(story.facts), story, articleId, language, offset) : reportNoise(story, articleId, language, offset))
    }
    articles.push({ articleId, language, date: `${story.year}-${String(month).padStart(2, '0')}`, claims })
  }
  return articles
}

async function extractCorpus(folder: string, count: number): Promise<ArticleClaims[]> {
  const { extractClaims } = await import('../src/main/claims/extract-claims')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort().slice(0, count)
  const articles: ArticleClaims[] = []
  for (const name of names) {
    const raw = await readFile(join(folder, name), 'utf8')
    const date = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/.exec(raw)
    const text = date ? raw.slice(date[0].length) : raw
    // The scale corpus names Italian files it_*; everything else is English.
    const language = name.startsWith('it_') ? 'it' : 'en'
    articles.push({ articleId: name, language, date: date?.[1] ?? null, claims: extractClaims(text, { articleId: name, language }) })
  }
  return articles
}

/** The same articles with new claim lists and Claim objects (same content), so alignClaims reuses nothing it kept. */
function copyClaims(articles: readonly ArticleClaims[]): ArticleClaims[] {
  return articles.map((article) => ({ ...article, claims: article.claims.map((claim) => ({ ...claim })) }))
}

async function main(): Promise<void> {
  console.log(benchHeader('alignment benchmark'))

  let articles: ArticleClaims[]
  if (values.corpus) {
    const folder = resolve(values.corpus)
    const present = await stat(folder).then((entry) => entry.isDirectory(), () => false)
    if (!present) {
      console.log(`Corpus not found at ${folder}. Nothing measured.`)
      return
    }
    const started = performance.now()
    articles = await extractCorpus(folder, articleCount)
    console.log(`Extracted claims of ${articles.length} articles from ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s (not part of the figure)`)
  } else {
    articles = generateLibrary(articleCount)
    console.log(`Synthetic library: ${articles.length} articles (seed ${values.seed})`)
  }
  const claimCount = articles.reduce((sum, article) => sum + article.claims.length, 0)
  console.log(`Claims: ${claimCount} (${(claimCount / articles.length).toFixed(1)} per article)`)

  const timings: number[] = []
  const cpuTimings: number[] = []
  const realignTimings: number[] = []
  let digest = ''
  const check = (rows: ComparisonRow[], what: string): void => {
    const runDigest = createHash('sha1').update(JSON.stringify(rows)).digest('hex').slice(0, 12)
    if (digest && runDigest !== digest) console.log(`!! ${what} gave different rows (${runDigest} vs ${digest})`)
    digest = runDigest
  }
  let rows = alignClaims(copyClaims(articles.slice(0, 50))) // warm-up: JIT and lexicon indexes
  for (let run = 0; run < runs; run += 1) {
    const library = copyClaims(articles)
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    rows = alignClaims(library)
    const cpu = process.cpuUsage(cpuStarted)
    timings.push(performance.now() - started)
    cpuTimings.push((cpu.user + cpu.system) / 1000)
    check(rows, `first alignment ${run + 1}`)

    // One article changes (new Claim objects, same content): the rows must not.
    const changed = Math.floor(((run + 0.5) / runs) * library.length)
    library[changed] = copyClaims([library[changed]!])[0]!
    const realignStarted = performance.now()
    const realigned = alignClaims(library)
    realignTimings.push(performance.now() - realignStarted)
    check(realigned, `aligning again ${run + 1}`)
  }

  const multiSource = rows.filter((row) => row.sourceCount > 1)
  const largest = rows.reduce((best, row) => (row.claimIds.length > best.claimIds.length ? row : best), rows[0]!)
  const verdicts = { agree: 0, differ: 0, single: 0 }
  for (const row of rows) verdicts[row.verdict] += 1
  console.log(`Rows: ${rows.length} · multi-source ${multiSource.length} · agree ${verdicts.agree} · differ ${verdicts.differ} · single ${verdicts.single}`)
  console.log(`Largest row: ${largest.claimIds.length} claims from ${largest.sourceCount} articles ("${largest.label}")`)
  console.log(`alignClaims, first alignment: median ${(median(timings) / 1000).toFixed(2)} s over ${runs} runs (min ${(Math.min(...timings) / 1000).toFixed(2)}, max ${(Math.max(...timings) / 1000).toFixed(2)}) · ${Math.round(claimCount / (median(timings) / 1000)).toLocaleString('en-US')} claims/s · target < 2 s`)
  console.log(`alignClaims, again after one article changed: median ${(median(realignTimings) / 1000).toFixed(2)} s (min ${(Math.min(...realignTimings) / 1000).toFixed(2)}, max ${(Math.max(...realignTimings) / 1000).toFixed(2)})`)
  // CPU time is less disturbed than wall time when other work shares the machine (GC threads count too).
  console.log(`CPU time of the first alignment: median ${(median(cpuTimings) / 1000).toFixed(2)} s · load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`)
  console.log(`Heap after: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB · output digest ${digest} (identical across runs)`)
}

await main()
