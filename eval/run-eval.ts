/**
 * `npm run eval`: claim and row truth on ../shared/gold (issue 9, issue 10). For each gold folder it
 * runs the CLI's `scan --json` in a fresh data folder and prints the scorer's summary lines; then
 * how well stories group the corpus folders whose file names say their event (`event07_…`,
 * `b03_…`), and how many multi-source rows a folder of unrelated articles gets (there should be
 * almost none). Says so and skips what it cannot find when ../shared is absent.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { ScanReport } from '../src/shared/model'
import { sharedFolder } from './gold'

const root = join(import.meta.dirname, '..')
const verbose = process.argv.includes('--verbose')

function scan(folder: string): { report: ScanReport; path: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'riscontro-eval-'))
  try {
    const json = execFileSync('npx', ['tsx', join(root, 'src/main/cli/riscontro-cli.ts'), 'scan', folder, '--json'], {
      env: { ...process.env, RISCONTRO_DATA_DIR: dataDir },
      maxBuffer: 1 << 30,
      encoding: 'utf8'
    })
    const path = join(dataDir, '..', `${basename(dataDir)}-scan.json`)
    writeFileSync(path, json)
    return { report: JSON.parse(json) as ScanReport, path }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function score(goldFile: string, scanPath: string): string {
  return execFileSync('node', [join(sharedFolder, 'gold', 'score.mjs'), goldFile, scanPath, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' }).trimEnd()
}

/** Pairwise precision and recall of stories against the event a file name gives. */
function storyScore(report: ScanReport, eventOf: (file: string) => string): string {
  const fileOf = new Map(report.articles.map((article) => [article.id, basename(article.file)]))
  const storyOf = new Map<string, string>()
  for (const story of report.stories) for (const id of story.articleIds) storyOf.set(id, story.id)
  const ids = report.articles.map((article) => article.id)
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const sameEvent = eventOf(fileOf.get(ids[i]!)!) === eventOf(fileOf.get(ids[j]!)!)
      const sameStory = storyOf.get(ids[i]!) === storyOf.get(ids[j]!)
      if (sameEvent && sameStory) tp += 1
      else if (sameStory) fp += 1
      else if (sameEvent) fn += 1
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0
  const recall = tp + fn ? tp / (tp + fn) : 0
  return `stories ${report.stories.length}: pairwise P ${precision.toFixed(3)} R ${recall.toFixed(3)}`
}

const crossStoryRows = (report: ScanReport): number => {
  const storyOf = new Map<string, string>()
  for (const story of report.stories) for (const id of story.articleIds) storyOf.set(id, story.id)
  const articleOf = new Map(report.claims.map((claim) => [claim.id, claim.articleId]))
  return report.rows.filter((row) => new Set(row.claimIds.map((id) => storyOf.get(articleOf.get(id)!))).size > 1).length
}

if (!existsSync(join(sharedFolder, 'gold'))) {
  console.log(`../shared/gold not found at ${sharedFolder}: nothing to evaluate.`)
  process.exit(0)
}

for (const [name, folder, gold] of [
  ['seeds', join(sharedFolder, 'seeds'), 'seeds.json'],
  ['events (dev gold: events 03, 07, 10, 13, 14; folder scanned whole)', join(sharedFolder, 'corpus', 'events'), 'events-dev.json']
] as const) {
  const { report, path } = scan(folder)
  console.log(`== ${name}`)
  console.log(score(join(sharedFolder, 'gold', gold), path))
  console.log(`rows across stories: ${crossStoryRows(report)}`)
  if (name.startsWith('events')) console.log(storyScore(report, (file) => file.replace(/_.*/, '')))
  rmSync(path, { force: true })
}

const briefs = join(sharedFolder, 'corpus', 'briefs-it')
if (existsSync(briefs)) {
  const { report, path } = scan(briefs)
  console.log('== briefs-it (no gold here: stories from file names, rows across stories)')
  console.log(storyScore(report, (file) => file.replace(/_.*/, '')))
  console.log(`rows across stories: ${crossStoryRows(report)}; rows with 2+ sources: ${report.rows.filter((row) => row.sourceCount > 1).length}`)
  rmSync(path, { force: true })
}

const scale = join(sharedFolder, 'corpus', 'scale')
if (existsSync(scale)) {
  // 300 articles spread over the corpus (every 57th file): different stories, mostly.
  const files = readdirSync(scale).filter((file) => file.endsWith('.txt')).sort()
  const folder = mkdtempSync(join(tmpdir(), 'riscontro-unrelated-'))
  for (let index = 0; index < files.length && index / 57 < 300; index += 57) copyFileSync(join(scale, files[index]!), join(folder, files[index]!))
  const { report, path } = scan(folder)
  console.log(`== ${readdirSync(folder).length} unrelated articles of corpus/scale (every 57th file)`)
  console.log(`stories ${report.stories.length} (${report.stories.filter((story) => story.articleIds.length > 1).length} with 2+ articles); rows with 2+ sources: ${report.rows.filter((row) => row.sourceCount > 1).length}`)
  rmSync(path, { force: true })
  rmSync(folder, { recursive: true, force: true })
}
