/**
 * Changes, not levels (issue 10): a sign written before the number ("-12%", "−3,4 punti", "+4%"), a
 * phrase of change right before it ("in calo del 7,5%", "rose by 15 dlrs", "fell nearly 2 percent")
 * or a noun of change right after it ("a 15 percent increase"). "rose by 15 dlrs to 310 dlrs" is a
 * rise of 15 and a level of 310; "salito al 3%" or "rose to 5%" is a level only, because the phrase
 * must touch the number. A change is never one end of a range.
 */
import { negateDecimal } from './exact-decimal'
import type { Candidate, SentenceContext } from './candidate'
import { changeAfter, changeBefore, qualifiersBefore } from './lexicon'
import { isGlued } from './tokenize'

const plusSigns = new Set(['+'])
const minusSigns = new Set(['-', '−', '–'])
/** What a signed figure is written in: percent, points, basis points ("+4%", "-3,4 punti", "+25 bp"). */
const signedUnits = new Set(['%', 'punti', 'punto', 'points', 'point', 'pts', 'pt', 'bp', 'bps', 'pb', 'pp'])

/**
 * "+4%", "-12%", "−3,4 punti": a sign set off from the word before it and glued to the number, with a
 * percent or points after it. "+39 06…" (a phone prefix), "KN-23" or "1950-53" have no such unit.
 */
export function recognizeSigns(context: SentenceContext, candidates: readonly Candidate[]): void {
  const { tokens } = context
  for (const candidate of candidates) {
    if (candidate.form !== 'digits' || candidate.numberFirst !== candidate.first) continue
    const sign = tokens[candidate.first - 1]
    if (!sign || sign.type !== 'symbol' || !isGlued(sign, tokens[candidate.first])) continue
    const rising = plusSigns.has(sign.text)
    if (!rising && !minusSigns.has(sign.text)) continue
    const before = tokens[candidate.first - 2]
    if (before && isGlued(before, sign) && before.type !== 'symbol') continue
    const after = tokens[candidate.numberLast + 1]
    if (!after || !signedUnits.has(after.lower)) continue
    candidate.change = rising ? 'rise' : 'fall'
    if (!rising && candidate.value) candidate.value = negateDecimal(candidate.value)
    candidate.first -= 1
  }
}

/** A phrase of change touching the number, before it (a qualifier may stand between) or after its unit. */
export function recognizeChanges(context: SentenceContext, candidates: readonly Candidate[]): void {
  for (const candidate of candidates) {
    if (candidate.rejected !== null || candidate.change !== null || candidate.form === 'vague') continue
    let before = candidate.first - 1
    for (const language of context.languages) {
      const qualifier = qualifiersBefore[language].matchBackward(context.words, before)
      if (qualifier) {
        before = qualifier.first - 1
        break
      }
    }
    for (const language of context.languages) {
      const phrase = changeBefore[language].matchBackward(context.words, before)
      const after = changeAfter[language].matchForward(context.words, candidate.last + 1)
      const direction = phrase?.phrase.meaning ?? (after && candidate.kind !== 'count' ? after.phrase.meaning : null)
      if (direction) {
        candidate.change = direction
        break
      }
    }
  }
}
