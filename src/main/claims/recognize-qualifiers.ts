/**
 * How the article bounds the number: a phrase before it ("più di", "oltre i", "fino a", "at least",
 * "some") or after it ("o più", "or so"). Ranges and vague quantities keep their own qualifier; a
 * collective numeral ("una decina") is approximate unless a phrase says otherwise ("più di una decina").
 */
import type { Candidate, SentenceContext } from './candidate'
import { qualifiersAfter, qualifiersBefore } from './lexicon'

const another = new Set(['another', 'altri', 'altre', 'ulteriori', 'an additional', 'additional'])

export function attachQualifierBefore(context: SentenceContext, candidate: Candidate): void {
  if (candidate.qualifier === 'range' && candidate.alternatives) return boundAlternatives(context, candidate)
  if (candidate.qualifier === 'range' || candidate.qualifier === 'vague') return
  // "roughly another 150", "circa altri 200": the qualifier still bounds the number.
  const skip = another.has(context.words[candidate.first - 1] ?? '') ? 1 : 0
  for (const language of context.languages) {
    const match = qualifiersBefore[language].matchBackward(context.words, candidate.first - 1 - skip)
    if (!match) continue
    // "Oltre ai soldati" is "besides"; only "oltre" and "oltre il/i/…" bound a number, which the table encodes.
    candidate.qualifier = match.phrase.meaning
    candidate.first = match.first
    return
  }
}

/**
 * "superiori ai 3 o 4 miliardi", "up to three or four weeks": a bound before alternatives bounds
 * the nearer one (more than 3 billion, at most 4 weeks). An approximate "circa 3 o 4" stays a range.
 */
function boundAlternatives(context: SentenceContext, candidate: Candidate): void {
  for (const language of context.languages) {
    const match = qualifiersBefore[language].matchBackward(context.words, candidate.first - 1)
    if (!match || match.phrase.meaning === 'approx') continue
    const lower = match.phrase.meaning === 'at_least' || match.phrase.meaning === 'more_than'
    candidate.value = lower ? candidate.low : candidate.high
    candidate.low = null
    candidate.high = null
    candidate.qualifier = match.phrase.meaning
    candidate.first = match.first
    return
  }
}

/** "100 o più", "11.000 soldati circa", "5,000 troops or more". */
export function attachQualifierAfter(context: SentenceContext, candidate: Candidate): boolean {
  if (candidate.qualifier !== 'exact') return false
  for (const language of context.languages) {
    const match = qualifiersAfter[language].matchForward(context.words, candidate.last + 1)
    if (!match) continue
    candidate.qualifier = match.phrase.meaning
    candidate.last = match.last
    return true
  }
  return false
}

/** "about 30 km (19 miles)": a conversion in parentheses right after a claim says the same, as roughly. */
export function inheritConversionQualifier(context: SentenceContext, candidates: readonly Candidate[]): void {
  for (let index = 1; index < candidates.length; index += 1) {
    const [left, right] = [candidates[index - 1]!, candidates[index]!]
    if (left.rejected !== null || right.rejected !== null || right.qualifier !== 'exact' || left.qualifier === 'exact') continue
    if (left.kind !== right.kind || left.kind === 'count' || context.words[left.last + 1] !== '(' || right.first !== left.last + 2) continue
    right.qualifier = left.qualifier
  }
}
