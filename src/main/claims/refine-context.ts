/**
 * Refiners that give a claim what its sentence says around it: the counted thing of the claim it
 * elaborates ("481 lavoratori, di cui 198 …"), its time scope (`period`: "nel 2024" → "2024",
 * "dal 2023" → "2023/..", "tra dicembre 2024 e febbraio 2025" → "2024-12/2025-02") and its attribution
 * (`source`: "secondo l'IISS" → "IISS").
 */
import { hasUnitOrSubject, type Candidate, type SentenceContext } from './candidate'
import { decimalToNumber } from './exact-decimal'
import { monthNumbers, PhraseTable, periodEndCues, periodStartCues, relativeTimePhrases, sourceBefore, sourceDeterminers, speechVerbs, stopWords } from './lexicon'
import { isMonthToken } from './refine-rejections'
import { isCapitalized, isGlued, type Token } from './tokenize'

// ---------------------------------------------------------------------------------------------
// Subjects inherited by elaborating numbers.

const elaborationCues = new PhraseTable<true>(
  [
    'di cui', 'dei quali', 'delle quali', 'tra cui', 'fra cui', 'tra i quali', 'tra le quali', 'tra questi', 'tra queste', 'tra loro',
    'of whom', 'of which', 'including', 'among them', 'among whom', 'of them'
  ].map((phrase) => [phrase, true] as const)
)
const listJoiners = new Set(['e', 'ed', 'and', ',', ';'])
const additionWords = new Set(['further', 'another', 'additional', 'altri', 'altre', 'ulteriori'])

/**
 * A bare number right after an elaboration cue takes the counted thing of the claim it elaborates
 * ("481 lavoratori in Russia, di cui 198 nel settore edile e 283 nel settore tessile"); a bare
 * number listed after an inheriting one inherits too.
 */
export function inheritSubjects(context: SentenceContext, candidates: readonly Candidate[]): void {
  let previous: Candidate | null = null
  for (const candidate of candidates) {
    if (candidate.rejected !== null) continue
    const bare = !hasUnitOrSubject(candidate) && (candidate.form === 'digits' || candidate.form === 'words')
    if (bare && previous) {
      const between = context.words.slice(previous.last + 1, candidate.first)
      const elaborates = previous.inherited ? listJoiners.has(between[between.length - 1] ?? '') : containsPhrase(elaborationCues, between)
      // "cut 18,000 jobs … and a further 3,000", "200 feriti e altri 30": more of the same thing.
      const adds = additionWords.has(context.words[candidate.numberFirst - 1] ?? '')
      if (elaborates || adds) {
        candidate.unit = previous.unit
        candidate.subject = previous.subject
        candidate.inherited = true
      }
    }
    previous = candidate.kind === 'count' && candidate.unit !== null ? candidate : null
  }
}

function containsPhrase(table: PhraseTable<true>, words: readonly string[]): boolean {
  return words.some((_, index) => table.matchForward(words, index) !== null)
}

// ---------------------------------------------------------------------------------------------
// Periods.

export interface TimeExpression {
  first: number
  last: number
  /** "2024", "2024-12", "2024-12/2025-02", "2023/..", or null for a time we cannot place ("l'anno scorso"). */
  value: string | null
}

const periodFiller = new Set([
  'del', 'della', "dell'", 'dello', 'of', 'the', "l'", 'il', 'lo', 'la', 'i', 'estate', 'inverno', 'primavera', 'autunno', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'inizio', 'fine', 'metà', 'early', 'late', 'mid', 'end', 'beginning', 'start', 'mese', 'month', 'anno', 'year',
  '-', 'primi', 'prime', 'mesi', 'months', 'first'
])
const periodJoiners = new Set(['e', 'ed', 'and', 'to', 'al', "all'", 'a', 'alla', '-', '–', 'until', 'fino', 'through'])
const intervalOpeners = new Set(['tra', 'fra', 'between', 'from', 'dal', "dall'", 'dalla', 'da', 'dai'])

/** Years (kept by the year and date refiners), months, and relative times of a sentence, with intervals merged. */
export function recognizeTimeExpressions(context: SentenceContext, candidates: readonly Candidate[]): TimeExpression[] {
  const { tokens, words } = context
  const found: TimeExpression[] = []
  const covered = new Set<number>()
  for (const candidate of candidates) {
    if (candidate.rejected !== 'year' && candidate.rejected !== 'date') continue
    const year = candidate.value ? decimalToNumber(candidate.value) : 0
    if (!candidate.plainDigits || year < 1800 || year > 2100) continue
    let first = candidate.numberFirst
    let value = String(year)
    const previous = tokens[first - 1]
    const monthAt = isMonthToken(previous) ? first - 1 : ['del', 'of', '.', ','].includes(words[first - 1] ?? '') && isMonthToken(tokens[first - 2]) ? first - 2 : -1
    if (monthAt >= 0) {
      value = `${year}-${String(monthNumbers.get(words[monthAt]!)).padStart(2, '0')}`
      first = monthAt
    }
    for (let index = first; index <= candidate.numberFirst; index += 1) covered.add(index)
    found.push({ first, last: candidate.numberFirst, value })
  }
  for (let index = 0; index < tokens.length; index += 1) {
    if (!covered.has(index) && isMonthToken(tokens[index])) found.push({ first: index, last: index, value: null })
    for (const language of context.languages) {
      const relative = relativeTimePhrases[language].matchForward(words, index)
      if (relative) {
        found.push({ first: index, last: relative.last, value: null })
        index = relative.last
        break
      }
    }
  }
  found.sort((left, right) => left.first - right.first)
  return mergePeriods(context, found)
}

function mergePeriods(context: SentenceContext, expressions: TimeExpression[]): TimeExpression[] {
  const { words } = context
  const merged: TimeExpression[] = []
  for (let index = 0; index < expressions.length; index += 1) {
    const current = expressions[index]!
    const next = expressions[index + 1]
    if (next && current.value && next.value) {
      const between = words.slice(current.last + 1, next.first)
      const joined = between.some((word) => periodJoiners.has(word)) && between.every((word) => periodJoiners.has(word) || periodFiller.has(word))
      const dashed = between.length === 1 && (between[0] === '-' || between[0] === '–')
      if (joined && (dashed || cueBefore(words, current.first, intervalOpeners))) {
        merged.push({ first: current.first, last: next.last, value: `${current.value}/${next.value}` })
        index += 1
        continue
      }
    }
    if (current.value && cueBefore(words, current.first, periodStartCues)) merged.push({ ...current, value: `${current.value}/..` })
    else if (current.value && cueBefore(words, current.first, periodEndCues)) merged.push({ ...current, value: `../${current.value}` })
    else merged.push(current)
  }
  return merged
}

/** A cue word up to three words before, skipping filler ("dall'estate del 2022", "since the summer of 2022"). */
function cueBefore(words: readonly string[], first: number, cues: ReadonlySet<string>): boolean {
  for (let index = first - 1; index >= 0 && index >= first - 4; index -= 1) {
    const word = words[index]!
    if (cues.has(word)) return true
    if (!periodFiller.has(word)) return false
  }
  return false
}

/**
 * The period of each claim: the first time expression after it in its clause, unless another claim
 * comes first (which then owns it); otherwise the last one before it. Claims that inherited their
 * subject do not stand in the way ("481 lavoratori, di cui 198 …, tra dicembre 2024 e febbraio
 * 2025"). A relative time ("l'anno scorso") gives null and still stops a farther year.
 */
export function assignPeriods(context: SentenceContext, claims: readonly Candidate[], expressions: readonly TimeExpression[]): Array<string | null> {
  // Most sentences name no time at all.
  if (expressions.length === 0) return claims.map(() => null)
  const clauseOf = clauseIndexer(context.tokens)
  return claims.map((claim, index) => {
    const clause = clauseOf(claim.first)
    const blocker = claims.find((other, otherIndex) => otherIndex > index && !other.inherited && other.first > claim.last)
    const limit = blocker ? blocker.first : Infinity
    const after = expressions.find((expression) => expression.first > claim.last && expression.first < limit && clauseOf(expression.first) === clause)
    if (after) return after.value
    const before = expressions.findLast((expression) => expression.last < claim.first && clauseOf(expression.last) === clause)
    return before ? before.value : null
  })
}

function clauseIndexer(tokens: readonly Token[]): (index: number) => number {
  const clauses: number[] = []
  let clause = 0
  for (const token of tokens) {
    clauses.push(clause)
    if (token.text === ';') clause += 1
  }
  return (index) => clauses[index] ?? clause
}

// ---------------------------------------------------------------------------------------------
// Sources.

const sourceStops = new Set([',', ';', ':', '(', ')', '"', '“', '”', '«', '»', '[', ']', '—', '–', '?', '!'])
const sourceEndWords = new Set([
  'che', 'that', 'which', 'who', 'secondo', 'according', 'quando', 'when', 'mentre', 'while', 'perché', 'because', 'if', 'se', 'after', 'before',
  'as', 'since', 'though', 'although', 'dopo', 'prima', 'poiché', 'on', 'in', 'at', 'during', 'nel', 'nella', 'nei', 'durante', 'ieri', 'oggi',
  'yesterday', 'today', 'earlier', 'also', 'anche', 'inoltre', 'si', 'ci', 'ne', 'è', 'sono', 'ha', 'hanno', 'was', 'is', 'are', 'were', 'has',
  'have', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'non', 'not'
])
/** Time words a speech verb often carries ("said Monday", "on Tuesday said"): skipped, never the source. */
const timeAdverbials = new Set([
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì',
  'sabato', 'domenica', 'yesterday', 'today', 'ieri', 'oggi', 'earlier', 'also', 'anche', 'later', 'late', 'early', 'last', 'week', 'night',
  'morning', 'evening', 'afternoon', 'stamattina', 'recently', 'recentemente', 'inoltre', 'then', 'poi'
])
const agentWords = new Set(['da', 'dal', 'dalla', 'dai', 'dalle', 'dagli', 'dallo', "dall'", 'by'])
const nameConnectors = new Set(['of', 'for', 'and', '&', 'di', 'del', 'della', 'dei', 'degli', 'delle', 'per', 'on', 'de', 'la', 'e'])
const pronouns = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'lui', 'lei', 'loro', 'egli', 'essi', 'esse', 'noi', 'voi', 'io',
  'this', 'questo', 'who', 'which'
])
const maxSourceWords = 10

/** The attribution a sentence gives its claims, shortened to the name it cites where there is one. */
export function findSource(context: SentenceContext): string | null {
  const { tokens, words } = context
  for (let index = 0; index < tokens.length; index += 1) {
    for (const language of context.languages) {
      const cue = sourceBefore[language].matchForward(words, index)
      if (!cue) continue
      // "il secondo giorno" is an ordinal, not "according to".
      if (words[index] === 'secondo' && (sourceDeterminers.has(words[index - 1] ?? '') || tokens[cue.last + 1]?.type === 'number')) continue
      const source = readSource(context, cue.last + 1, 'forward')
      if (source) return source
    }
  }
  for (let index = 0; index < tokens.length; index += 1) {
    for (const language of context.languages) {
      const verb = speechVerbs[language].matchForward(words, index)
      // "the United States", "Reports" in a name: a capitalized verb inside the sentence is not one.
      if (!verb || (index > 0 && isCapitalized(tokens[index]))) continue
      let before = index - 1
      while (before >= 0 && timeAdverbials.has(words[before]!)) before -= 1
      const inverted = before < 0 || sourceStops.has(words[before]!)
      const source = inverted ? readSource(context, verb.last + 1, 'forward') : readSource(context, before, 'backward')
      if (source) return source
    }
  }
  return null
}

function readSource(context: SentenceContext, from: number, direction: 'forward' | 'backward'): string | null {
  const { tokens, words } = context
  const picked: number[] = []
  const step = direction === 'forward' ? 1 : -1
  let index = from
  if (direction === 'forward') while (timeAdverbials.has(words[index] ?? '') && !isCapitalized(tokens[index])) index += 1
  for (; index >= 0 && index < tokens.length && picked.length < maxSourceWords; index += step) {
    const word = words[index]!
    if (sourceStops.has(word) || sourceEndWords.has(word) || tokens[index]!.type === 'number') break
    if (timeAdverbials.has(word) && direction === 'forward') break
    // "the $204m announced": a magnitude glued to digits is part of a number, never of a name.
    if (tokens[index - 1]?.type === 'number' && isGlued(tokens[index - 1], tokens[index])) break
    if (word === '.' && !isAbbreviationDot(tokens, index)) break
    // A spaced dash ends the phrase; a glued one is inside a name ("Lee Jong-sik", "Hwang-won").
    if ((word === '-' || word === '--') && !(isGlued(tokens[index - 1], tokens[index]) && isGlued(tokens[index], tokens[index + 1]))) break
    picked.push(index)
  }
  if (direction === 'backward') picked.reverse()
  // "Hanwha Aerospace Co. said": the abbreviation's dot ends the name, it is not part of it.
  while (picked.length > 0 && words[picked[picked.length - 1]!] === '.') picked.pop()
  // A participle after the noun belongs to the verb phrase ("tax returns released Friday").
  while (picked.length > 0 && /(?:ed|ing)$/.test(words[picked[picked.length - 1]!]!) && picked.length > 1) picked.pop()
  if (picked.length === 0 || picked.length >= maxSourceWords) return null
  const lastWord = tokens[picked[picked.length - 1]!]!
  // The phrase must end on a noun or a name: "an estimated" or "the tariffs were" is no source.
  if (lastWord.type !== 'word' || context.languages.some((language) => stopWords[language].has(lastWord.lower)) || /ly$/.test(lastWord.lower)) return null
  if (pronouns.has(words[picked[0]!]!)) return null
  return shortenSource(context, picked[0]!, picked[picked.length - 1]!)
}

function isAbbreviationDot(tokens: readonly Token[], dotAt: number): boolean {
  const before = tokens[dotAt - 1]
  return before !== undefined && before.type === 'word' && before.end === tokens[dotAt]!.start && isCapitalized(before) && before.text.length <= 3
}

/** Drops articles, keeps the agent of "analisi condotte da …", and prefers the last proper name ("fondazione tedesca Friedrich Naumann" → "Friedrich Naumann"). */
function shortenSource(context: SentenceContext, first: number, last: number): string | null {
  const { tokens, words } = context
  const agent = words.slice(first, last + 1).findIndex((word) => agentWords.has(word))
  if (agent >= 0 && first + agent < last) first = first + agent + 1
  while (first <= last && sourceDeterminers.has(words[first]!)) {
    // "The Interpreter", "The New York Times": an English article that starts a name stays.
    const englishName = words[first] === 'the' && tokens[first]!.text === 'The' && isCapitalized(tokens[first + 1]) && first > 0
    if (englishName) break
    first += 1
  }
  if (first > last) return null
  const content = words.slice(first, last + 1).filter((word) => /\p{L}/u.test(word))
  if (content.length === 0 || content.every((word) => pronouns.has(word) || context.languages.some((language) => stopWords[language].has(word)))) return null
  // A name inside a longer phrase is the source when nothing but adjectives follows it ("fondazione
  // tedesca Friedrich Naumann", "National Intelligence Service sudcoreano"); a name that modifies a
  // noun stays in the phrase ("the Trump administration", "Korea's special counsel").
  const run = lastCapitalizedRun(tokens, first, last)
  const italianOnly = context.languages.length === 1 && context.languages[0] === 'it'
  const onlyAdjectivesAfter = run !== null && tokens.slice(run.last + 1, last + 1).every((token) => isPostnominalAdjective(token, italianOnly))
  if (run && onlyAdjectivesAfter && (run.first !== first || run.last !== last) && last - first >= 2) {
    first = run.first
    last = run.last
  }
  return context.text.slice(tokens[first]!.start, tokens[last]!.end)
}

function lastCapitalizedRun(tokens: readonly Token[], first: number, last: number): { first: number; last: number } | null {
  let runEnd = -1
  for (let index = last; index >= first; index -= 1) {
    if (isNameToken(tokens[index]!, index, tokens)) {
      runEnd = index
      break
    }
  }
  if (runEnd < 0) return null
  let runStart = runEnd
  for (let index = runEnd - 1; index >= first; index -= 1) {
    const token = tokens[index]!
    if (isNameToken(token, index, tokens)) runStart = index
    else if (nameConnectors.has(token.lower) && index - 1 >= first && isNameToken(tokens[index - 1]!, index - 1, tokens)) continue
    else if (token.text === '.' && isAbbreviationDot(tokens, index)) continue
    else break
  }
  return { first: runStart, last: runEnd }
}

function isNameToken(token: Token, index: number, tokens: readonly Token[]): boolean {
  if (token.type !== 'word' || !isCapitalized(token)) return false
  // A sentence's first word is capitalized anyway: a name only when the next word is one too, or an acronym.
  if (index === 0 || /^["“«([:—–-]$/.test(tokens[index - 1]?.text ?? '')) return token.text === token.text.toUpperCase() || isCapitalized(tokens[index + 1])
  return true
}

/** Italian puts adjectives after a name ("National Intelligence Service sudcoreano"); English puts nouns there ("Trump administration"). */
function isPostnominalAdjective(token: Token, italian: boolean): boolean {
  return italian && token.type === 'word' && !isCapitalized(token) && !stopWords.it.has(token.lower)
}
