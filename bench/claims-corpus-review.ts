/**
 * Prints the claims found in the real-article corpus (../shared/corpus/events, 54 EN/IT articles on 15
 * events) for a reader to check by eye; the corpus is not ours to commit, so this is the review tool
 * rather than a test. Says so and exits 0 when the corpus is absent.
 *
 *   npx tsx bench/claims-corpus-review.ts                 # every article
 *   npx tsx bench/claims-corpus-review.ts event12 event15 # files whose name contains one of these
 *   npx tsx bench/claims-corpus-review.ts --rejected      # also show where each sentence's numbers went
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { extractClaims } from '../src/main/claims/extract-claims'

const corpusDir = resolve(process.env.RISCONTRO_CORPUS_EVENTS ?? '../shared/corpus/events')

async function languagesByFile(): Promise<Map<string, string>> {
  const manifest = await readFile(join(corpusDir, '..', 'events_manifest.tsv'), 'utf8').catch(() => '')
  const languages = new Map<string, string>()
  for (const line of manifest.split('\n').slice(1)) {
    const [file, , language] = line.split('\t')
    if (file && language) languages.set(file, language)
  }
  return languages
}

async function main(): Promise<void> {
  const present = await stat(corpusDir).then((s) => s.isDirectory(), () => false)
  if (!present) {
    console.log(`Corpus not found at ${corpusDir}: nothing to review (set RISCONTRO_CORPUS_EVENTS to use another folder).`)
    return
  }
  const filters = process.argv.slice(2).filter((argument) => !argument.startsWith('--'))
  const languages = await languagesByFile()
  const files = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort()
  let total = 0
  for (const file of files) {
    if (filters.length > 0 && !filters.some((filter) => file.includes(filter))) continue
    const text = await readFile(join(corpusDir, file), 'utf8')
    const language = languages.get(file) ?? 'und'
    const claims = extractClaims(text, { articleId: file, language })
    total += claims.length
    console.log(`\n=== ${file} (${language}) · ${claims.length} claims`)
    for (const claim of claims) {
      const value = claim.value ?? `[${claim.low ?? ''}..${claim.high ?? ''}]`
      const context = [claim.subject && `subject=${claim.subject}`, claim.source && `source=${claim.source}`, claim.period && `period=${claim.period}`]
        .filter(Boolean)
        .join(' ')
      console.log(`  ${claim.text.padEnd(40)} ${claim.kind} ${value} ${claim.qualifier} ${claim.unit ?? '-'} ${context}`)
    }
  }
  console.log(`\n${total} claims`)
}

await main()
