/**
 * Recognizers for what a number counts or measures: a currency sign or name (money, ISO code), a
 * percent sign or word, a measure unit (canonical short unit), and otherwise the counted noun phrase
 * (unit = its canonical lemma, subject = the phrase as written).
 */
import { reject, type Candidate, type SentenceContext } from './candidate'
import type { LanguageCode } from '../language'
import { canonicalCountUnit, isCommonCountedThing } from './canonical-units'
import {
  centWords,
  currencyCodes,
  moneyNounModifiers,
  moneyNouns,
  othersWords,
  levelAdverbs,
  stockIndexWords,
  temperatureWords,
  levelVerbs,
  qualifiersBefore,
  currencyNames,
  currencySymbols,
  dollarPrefixes,
  englishAttributiveAdjectives,
  englishPartitiveHeads,
  gluedUnits,
  italianAdjectiveEnding,
  italianPostnominal,
  italianPrenominal,
  italianPrenominalNouns,
  measureUnits,
  monthNumbers,
  percentWords,
  stopWords,
  timeUnits,
  weekdays,
  halfAfterUnit,
  type PhraseTable
} from './lexicon'
import { addDecimal, decimalFromParts, decimalToNumber, multiplyDecimal, scaleDecimal } from './exact-decimal'
import { isEnglishNumberWord, parseItalianNumberWord } from './number-words'
import { isCapitalized, isGlued, type Token } from './tokenize'

/** Money, percent and measure: the units that sit right next to the number. */
export function attachUnit(context: SentenceContext, candidate: Candidate): void {
  attachCurrencyBefore(context, candidate)
  if (candidate.kind === 'money') {
    attachCodeAfter(context, candidate)
    return
  }
  if (attachGluedUnit(context, candidate)) return
  attachUnitAfter(context, candidate)
}

/** "$700", "US$4", "€ 1,99", "USD 5". */
function attachCurrencyBefore(context: SentenceContext, candidate: Candidate): void {
  const { tokens } = context
  const before = tokens[candidate.first - 1]
  if (!before) return
  const symbolCode = currencySymbols.get(before.text)
  if (symbolCode) {
    const prefix = tokens[candidate.first - 2]
    const prefixCode = before.text === '$' && prefix?.type === 'word' && prefix.end >= before.start - 1 ? dollarPrefixes.get(prefix.lower) : undefined
    const prefixIsCode = prefixCode !== undefined && prefix!.text === prefix!.text.toUpperCase()
    setUnit(candidate, 'money', prefixIsCode ? prefixCode : symbolCode)
    candidate.first -= prefixIsCode ? 2 : 1
    return
  }
  if (before.type === 'word' && currencyCodes.has(before.lower) && before.text === before.text.toUpperCase()) {
    setUnit(candidate, 'money', before.lower === 'rmb' ? 'CNY' : before.text)
    candidate.first -= 1
  }
}

/** "$5 USD": a code restating the sign belongs to the claim. */
function attachCodeAfter(context: SentenceContext, candidate: Candidate): void {
  const next = context.tokens[candidate.last + 1]
  if (next?.type === 'word' && currencyCodes.has(next.lower) && next.text === next.text.toUpperCase()) candidate.last += 1
}

/** "170mm", "100km", "17enne", "24h": a unit written against the digits. */
function attachGluedUnit(context: SentenceContext, candidate: Candidate): boolean {
  const number = context.tokens[candidate.numberLast]!
  const suffix = context.tokens[candidate.numberLast + 1]
  if (!suffix || !isGlued(number, suffix) || number.type !== 'number') return false
  if (suffix.text === '%' || suffix.text === '‰') {
    setUnit(candidate, 'percent', suffix.text === '%' ? '%' : '‰')
    candidate.last = candidate.numberLast + 1
    return true
  }
  // "499p", "345p cash": pence, in English text.
  if (suffix.lower === 'p' && context.languages.includes('en') && candidate.value && candidate.numberFirst === candidate.numberLast) {
    candidate.value = scaleDecimal(candidate.value, -2)
    setUnit(candidate, 'money', 'GBP')
    candidate.last = candidate.numberLast + 1
    return true
  }
  const unit = suffix.type === 'word' ? gluedUnits.get(suffix.lower) : undefined
  if (!unit) return false
  setUnit(candidate, 'measure', unit, suffix.lower === 'enne')
  candidate.last = candidate.numberLast + 1
  return true
}

/**
 * The unit after the number, optionally behind "di"/"of" when the number carries a magnitude or is
 * vague ("7 miliardi di dollari", "millions of barrels"); a hyphen joins attributive units
 * ("80-kilometer", "5.6 trillion-won", "17-year-old").
 */
function attachUnitAfter(context: SentenceContext, candidate: Candidate): void {
  const { tokens, words } = context
  let at = candidate.numberLast + 1
  const hyphenated = tokens[at]?.text === '-' && isGlued(tokens[at - 1], tokens[at]) && isGlued(tokens[at], tokens[at + 1])
  if (hyphenated) at += 1
  if (tokens[at]?.text === '%' || tokens[at]?.text === '‰') {
    setUnit(candidate, 'percent', tokens[at]!.text)
    candidate.last = at
    return
  }
  // "15,50 €", "200 $": the sign after the figure, as Italian shops and some papers write it.
  // A sign that opens the next figure ("by 2008 £60bn") is not this one's.
  const signAfter = tokens[at]?.type === 'symbol' && tokens[at + 1]?.type !== 'number' ? currencySymbols.get(tokens[at]!.text) : undefined
  if (signAfter && !hyphenated) return finish(candidate, 'money', signAfter, at)
  const afterOf = !hyphenated && (candidate.magnitude > 0 || candidate.form === 'vague' || candidate.form === 'collective') && ['di', "d'", 'of'].includes(words[at] ?? '')
  for (const start of afterOf ? [at + 1, at] : [at]) {
    for (const language of context.languages) {
      const percent = matchUnit(percentWords[language], context, start)
      if (percent) return finish(candidate, 'percent', percent.meaning, percent.last)
      // Cents first: "40 euro cents" is not 40 euros.
      const cents = matchUnit(centWords[language], context, start)
      if (cents) {
        candidate.cents = true
        return finish(candidate, 'money', cents.meaning, cents.last)
      }
      const currency = matchUnit(currencyNames[language], context, start)
      if (currency) return finish(candidate, 'money', currency.meaning, currency.last)
      if (tokens[start]?.type === 'word' && currencyCodes.has(words[start]!) && tokens[start]!.text === tokens[start]!.text.toUpperCase()) {
        return finish(candidate, 'money', tokens[start]!.text, start)
      }
      const measure = matchUnit(measureUnits[language], context, start)
      if (measure) {
        // "5 million pounds" is money; "20 pounds" a weight.
        if (measure.meaning === 'lb' && words[start]?.startsWith('pound') && candidate.magnitude >= 6) return finish(candidate, 'money', 'GBP', measure.last)
        // "17-year-old", "16 and 17-year-olds".
        const old = hyphenated && words[measure.last + 1] === '-' && (words[measure.last + 2] === 'old' || words[measure.last + 2] === 'olds')
        if (old) return finish(candidate, 'measure', measure.meaning, measure.last + 2, true)
        finish(candidate, 'measure', measure.meaning, measure.last)
        if (candidate.kind === 'duration' && candidate.value) addHalf(context, candidate)
        return
      }
    }
  }
}

function matchUnit(table: PhraseTable<string>, context: SentenceContext, start: number): { meaning: string; last: number } | null {
  const token = context.tokens[start]
  if (!token || token.type === 'number') return null
  const match = table.matchForward(context.words, start)
  if (!match) return null
  // A unit word must be its own word: "km" in "kmq" is not matched because tokens are whole words.
  return { meaning: match.phrase.meaning, last: match.last }
}

function finish(candidate: Candidate, kind: Candidate['kind'], unit: string, last: number, age = false): void {
  setUnit(candidate, kind, unit, age)
  candidate.last = last
}

/** "72 anni e mezzo", "due ore e mezza", "three and a half hours" is not handled: the half follows the unit. */
function addHalf(context: SentenceContext, candidate: Candidate): void {
  const half = halfAfterUnit.matchForward(context.words, candidate.last + 1)
  if (!half || !candidate.value) return
  candidate.value = addDecimal(candidate.value, decimalFromParts('0', '5'))
  candidate.last = half.last
}

/** A time unit and how many of the next smaller one it holds: "2 anni e 3 mesi" is 27 months. */
const compoundTimeUnits = new Map<string, readonly [string, number]>([['year', ['month', 12]], ['d', ['h', 24]], ['h', ['min', 60]]])
const compoundJoiners = new Set(['e', 'ed', 'and'])
const articlesOfOne = new Set(['un', 'una', "un'", 'uno', 'a', 'an', 'one'])

/**
 * "2 anni e 3 mesi", "un anno e 8 mesi", "un'ora e 20 minuti", "a year and two months": one span
 * written in two units is one duration, in the smaller unit. The larger part is merged into it.
 */
export function combineDurations(context: SentenceContext, candidates: readonly Candidate[]): void {
  const { words } = context
  for (const smaller of candidates) {
    if (smaller.rejected !== null || smaller.kind !== 'duration' || smaller.qualifier !== 'exact' || !smaller.value) continue
    const joiner = smaller.first - 1
    if (!compoundJoiners.has(words[joiner] ?? '')) continue
    const larger = candidates.find((candidate) => candidate.rejected === null && candidate.last === joiner - 1 && candidate.kind === 'duration' && candidate.qualifier === 'exact')
    let largerValue = larger?.value ?? null
    let largerUnit = larger?.unit ?? null
    let first = larger?.first ?? -1
    if (!larger && articlesOfOne.has(words[joiner - 2] ?? '')) {
      // "un anno e 8 mesi": the article before the larger unit is its one.
      const unit = context.languages.map((language) => measureUnits[language].matchForward(words, joiner - 1)).find((match) => match?.last === joiner - 1)
      largerValue = unit ? decimalFromParts('1') : null
      largerUnit = unit?.phrase.meaning ?? null
      first = joiner - 2
    }
    const parts = largerUnit === null ? undefined : compoundTimeUnits.get(largerUnit)
    if (!largerValue || !parts || parts[0] !== smaller.unit) continue
    smaller.value = addDecimal(multiplyDecimal(largerValue, decimalFromParts(String(parts[1]))), smaller.value)
    smaller.first = first
    smaller.numberFirst = first
    if (larger) reject(larger, 'merged into a duration')
  }
}

/**
 * A time span is a duration ("in 72 ore", "nine months"); "17enne", "sessantenne" and
 * "17-year-old" are ages.
 */
function setUnit(candidate: Candidate, kind: Candidate['kind'], unit: string, age = false): void {
  candidate.kind = kind === 'measure' && timeUnits.has(unit) ? (age ? 'age' : 'duration') : kind
  candidate.unit = unit
}

/**
 * "31 mln tonnes from 28 mln", "2.82 billion dlrs from 2.74 billion": newswires write the unit once,
 * on the first figure with a magnitude. A later bare figure with a magnitude takes the unit of the
 * nearest such figure before it in the sentence; figures without magnitude stay apart ("5.22 cts vs 5.06").
 */
export function inheritComparedUnits(candidates: readonly Candidate[]): void {
  for (let index = 1; index < candidates.length; index += 1) {
    const right = candidates[index]!
    if (right.rejected !== null || right.kind !== 'count' || right.unit !== null || right.magnitude < 6 || right.form !== 'digits') continue
    for (let before = index - 1; before >= 0; before -= 1) {
      const left = candidates[before]!
      if (left.rejected !== null || left.magnitude < 6 || (left.kind === 'count' && left.unit === null)) continue
      right.kind = left.kind
      right.unit = left.unit
      break
    }
  }
}

/**
 * "56,595 units from 26,200", "from 35 to 40 points", "a 40 euro da 45": a figure compared with
 * another of the same magnitude takes its unit or counted thing when the sentence writes it once.
 * Cents are left apart: the bare figure would need their scale too.
 */
export function inheritAcrossComparison(context: SentenceContext, candidates: readonly Candidate[]): void {
  const { words } = context
  for (let index = 1; index < candidates.length; index += 1) {
    const left = candidates[index - 1]!
    const right = candidates[index]!
    if (left.rejected !== null || right.rejected !== null) continue
    const gap = right.first - left.last - 1
    const between = words[right.first - 1]!
    // "4,842 tonnes of zinc in the quarter, down from 14,937", "300 units, compared with 250": the comparison reaches past a short clause.
    const directed = (comparisonFrom.has(between) && comparisonDirections.has(words[right.first - 2] ?? '')) || (between === 'with' && words[right.first - 2] === 'compared')
    const compared = (gap === 1 && comparisonFrom.has(between)) || (gap <= 12 && directed)
    // "5 metri per 3": the other side of a size.
    const sized = gap === 1 && sizeJoiners.has(between) && left.kind === 'measure'
    // "rose four pct from 1985": a year compared with is no figure of that kind.
    if ((compared || sized) && isBareFigure(right) && !isYearLike(right) && !isBareFigure(left) && sameScale(left, right)) copyUnit(context, left, right)
    // "from 35 to 40 points"; "denominations of 1,000 and 10,000 Australian dlrs", "di 56 e 57 anni": the unit is written on the last.
    const ahead = (comparisonTo.has(between) && comparisonFrom.has(words[left.first - 1] ?? '')) || listJoiners.has(between)
    if (!compared && gap === 1 && ahead && isBareFigure(left) && !isYearLike(left) && !isBareFigure(right) && sameScale(right, left)) copyUnit(context, right, left)
  }
}

const comparisonFrom = new Set(['from', 'against', 'da', 'dai', 'dal', 'dalle', 'dagli', "dall'"])
// "9,50 per 4,00 metri", "3 x 4 m": the sides of a size share its unit.
const sizeJoiners = new Set(['x', '×', 'per'])
const listJoiners = new Set(['and', 'e', 'ed', ...sizeJoiners])
const comparisonDirections = new Set(['up', 'down'])
const comparisonTo = new Set(['to', 'a', 'al', 'ai', 'alle', 'agli', "all'"])

function isYearLike(candidate: Candidate): boolean {
  const value = candidate.plainDigits && candidate.value ? decimalToNumber(candidate.value) : 0
  return value >= 1800 && value <= 2100
}

function isBareFigure(candidate: Candidate): boolean {
  return candidate.kind === 'count' && candidate.unit === null && candidate.form === 'digits' && candidate.qualifier === 'exact'
}

/** The written figure carries the unit's magnitude, or none ("31 mln tonnes from 28 mln", "from 35 to 40 points"). */
function sameScale(written: Candidate, bare: Candidate): boolean {
  return (bare.magnitude === written.magnitude || written.magnitude === 0) && written.qualifier !== 'range' && written.kind !== 'age'
}

function copyUnit(context: SentenceContext, from: Candidate, to: Candidate): void {
  const unitWordAt = from.numberLast + 1
  if (context.languages.some((language) => centWords[language].matchForward(context.words, unitWordAt) !== null)) return
  to.kind = from.kind
  to.unit = from.unit
  to.subject = from.subject
}

/**
 * "total visitors reached 6,507,483", "mobile phone users grew by 1.4 million", "i contagi salgono a
 * 34": a bare count whose counted thing stands before a verb of level. The noun right before the
 * verb (past a short "in December") is the counted thing; names, months and function words are not.
 */
export function attachSubjectBefore(context: SentenceContext, candidate: Candidate): void {
  if (candidate.kind !== 'count' || candidate.unit !== null || candidate.subject !== null) return
  const { tokens, words } = context
  // "i contagi hanno superato i 70.000": the verb may open the qualifier read with the figure.
  const verbInQualifier = candidate.first < candidate.numberFirst && context.languages.some((each) => levelVerbs[each].has(words[candidate.first] ?? ''))
  let at = verbInQualifier ? candidate.first : candidate.first - 1
  // "salito a quota 77.662": the level mark before the figure.
  if (words[at] === 'quota') at -= 1
  if (['to', 'at', 'by', 'a', 'ad', 'di', 'of'].includes(words[at] ?? '')) at -= 1
  // "il bilancio dei morti è di 1.383": "è di" states a level.
  const language = context.languages.find((each) => levelVerbs[each].has(words[at] ?? '')) ?? (words[at] === 'è' && words[at + 1] === 'di' ? 'it' : undefined)
  if (!language) return
  at -= 1
  // "Le vittime sono salite a 12", "prices have risen to": an auxiliary before the participle.
  if (['sono', 'è', 'erano', 'hanno', 'ha', 'has', 'have', 'had'].includes(words[at] ?? '')) at -= 1
  // "i pazienti guariti finora sono 21.029": an adverb between the noun and the verb.
  const adverb = levelAdverbs[language].matchBackward(words, at)
  if (adverb) at = adverb.first - 1
  // "New loans in December rose to 83,000": a short complement between the noun and the verb.
  if (['in', 'on', 'nel', 'nella', 'a'].includes(words[at - 1] ?? '') && tokens[at]?.type === 'word') at -= 2
  let head = tokens[at]
  if (!head || head.type !== 'word' || isCapitalized(head) || !isNounLike(head, language) || /(?:ly|ed|ing)$/.test(head.lower)) return
  let first = at
  // "i pazienti guariti": an Italian participle or adjective after the counted noun.
  if (language === 'it' && isItalianAdjective(head) && isNounLike(tokens[at - 1], 'it') && !isCapitalized(tokens[at - 1])) {
    first = at - 1
    head = tokens[first]!
  }
  candidate.subject = context.text.slice(tokens[first]!.start, tokens[at]!.end)
  candidate.unit = canonicalCountUnit(head.text, language)
}

/**
 * "la temperatura era 37,4", "37,5 di febbre", "a fever of 38.9": a bare figure with decimals between 34
 * and 43 in a sentence about fever is a body temperature in degrees Celsius.
 */
export function attachBodyTemperature(context: SentenceContext, candidate: Candidate): void {
  if (candidate.kind !== 'count' || candidate.unit !== null || candidate.subject !== null || candidate.form !== 'digits' || candidate.plainDigits || !candidate.value) return
  const value = decimalToNumber(candidate.value)
  if (value < 34 || value > 43 || candidate.magnitude > 0) return
  if (!context.words.some((word) => context.languages.some((language) => temperatureWords[language].has(word)))) return
  candidate.kind = 'measure'
  candidate.unit = '°C'
}

/** How far before a bare figure a stock index may be named ("The Dow Industrials, down 10 …, recovered to stand at 2417"). */
const indexReach = 30

/**
 * "The Dow Industrials recovered to stand at 2417", "l'indice ha chiuso a quota 22.150": a bare figure
 * reached by an index is its level in points, like "24.350 punti" written out. The index word is the subject.
 */
export function attachIndexLevel(context: SentenceContext, candidate: Candidate): void {
  if (candidate.kind !== 'count' || candidate.unit !== null || candidate.subject !== null || candidate.form !== 'digits' || candidate.magnitude > 0) return
  const { tokens, words } = context
  let at = candidate.numberFirst - 1
  if (words[at] === 'quota') at -= 1
  if (!['at', 'to', 'a', 'ad'].includes(words[at] ?? '')) return
  for (let index = at - 1; index >= Math.max(0, at - indexReach); index -= 1) {
    for (const language of context.languages) {
      const named = stockIndexWords[language].matchForward(words, index)
      if (!named) continue
      candidate.unit = 'point'
      candidate.subject = context.text.slice(tokens[index]!.start, tokens[named.last]!.end)
      return
    }
  }
}

/**
 * Bare figures that a money noun a few words before names ("Net profit 1,359,000 vs loss 1,013,000",
 * "Sales 26.2 mln vs 17.6 mln"): only figures without unit or counted thing, and only when the words
 * between are other such figures or "vs".
 */
export function figuresAfterMoneyNouns(context: SentenceContext, candidates: readonly Candidate[]): Set<Candidate> {
  const found = new Set<Candidate>()
  const bareFigures = candidates.filter((candidate) => candidate.kind === 'count' && candidate.unit === null && candidate.form === 'digits')
  // "a 7.4 billion deficit", "4.9 mln debit vs 5.1 mln debit": the account named after the figure.
  for (const candidate of candidates) {
    const head = candidate.subject?.toLowerCase()
    if (candidate.kind === 'count' && candidate.magnitude >= 6 && head !== undefined && moneyNouns.has(head)) found.add(candidate)
  }
  for (const candidate of bareFigures) {
    // "Fresh meat and bacon 8.0 mln vs 4.5 mln": a results line compares amounts of the period with the year before.
    const compared = context.words[candidate.last + 1] === 'vs' || context.words[candidate.first - 1] === 'vs'
    // "Avg shrs 134.9 mln vs 131.7 mln": shares, counted.
    if (compared && context.words.slice(Math.max(0, candidate.first - 6), candidate.first).includes('shrs')) {
      candidate.unit = 'share'
      continue
    }
    if (compared && candidate.magnitude >= 6) {
      found.add(candidate)
      continue
    }
    for (let at = candidate.first - 1; at >= Math.max(0, candidate.first - 6); at -= 1) {
      const word = context.words[at]!
      if (moneyNouns.has(word)) {
        found.add(candidate)
        break
      }
      // "Avg shrs 6,091,334 vs 4,446,958": shares, counted.
      if (word === 'shrs') {
        candidate.unit = 'share'
        break
      }
      const inBareFigure = bareFigures.some((other) => other !== candidate && at >= other.first && at <= other.last)
      if (!inBareFigure && !comparisonWords.has(word) && !moneyNounModifiers.has(word)) break
    }
  }
  return found
}

const partOfDeterminers = new Set(['the', 'its', 'their', 'these', 'those', 'our', 'his', 'her'])
const comparisonWords = new Set(['from', 'against', 'vs', 'versus', 'compared', 'da', 'dai', 'contro'])

// ---------------------------------------------------------------------------------------------
// The counted noun phrase.

export interface NounPhrase {
  first: number
  last: number
  head: string
  text: string
}

/**
 * Reads the counted thing after a count: "soldati", "proiettili d'artiglieria e razzi", "missili
 * balistici", "North Korean troops", "rounds of ammunition". Italian puts the head first and
 * adjectives and "di" complements after it; English puts modifiers first and the head last.
 */
export function attachSubject(context: SentenceContext, candidate: Candidate): void {
  if (candidate.kind !== 'count' || candidate.unit !== null) return
  const { words, tokens } = context
  let at = candidate.last + 1
  // "48-page indictment", "a 5-member team": the counted thing glued to the number by a hyphen.
  if (tokens[at]?.text === '-' && isGlued(tokens[at - 1], tokens[at]) && isGlued(tokens[at], tokens[at + 1]) && tokens[at + 1]?.type === 'word') {
    // "a 19-strong panel": the hyphenated word is an adjective, the counted thing follows it.
    if (englishAttributiveAdjectives.has(tokens[at + 1]!.lower) && context.languages.includes('en')) {
      const phrase = readEnglishNounPhrase(context, at + 2)
      if (phrase) {
        candidate.subject = phrase.text
        candidate.unit = canonicalCountUnit(phrase.head, 'en')
        candidate.subjectFirst = phrase.first
        candidate.last = phrase.last
      } else candidate.last = at + 1
      return
    }
    const language = context.languages.find((each) => isNounLike(tokens[at + 1], each))
    if (language) {
      candidate.subject = tokens[at + 1]!.text
      candidate.unit = canonicalCountUnit(tokens[at + 1]!.text, language)
      candidate.last = at + 1
    }
    return
  }
  // "Lee Il-jun and four others": the counted thing is named before; "others" stands for it.
  if (othersWords.has(words[at] ?? '') && candidate.magnitude === 0 && candidate.form !== 'vague') {
    candidate.subject = tokens[at]!.text
    candidate.unit = 'other'
    candidate.last = at
    return
  }
  // "8,250,000 of the units", "1,000 of its workers": an English count of a part of things already named.
  if (words[at] === 'of' && partOfDeterminers.has(words[at + 1] ?? '') && candidate.form === 'digits' && context.languages.includes('en')) {
    const phrase = readEnglishNounPhrase(context, at + 2)
    if (phrase && !isCapitalized(tokens[phrase.first])) {
      candidate.subject = phrase.text
      candidate.unit = canonicalCountUnit(phrase.head, 'en')
      candidate.subjectFirst = phrase.first
      candidate.last = phrase.last
      return
    }
  }
  // "4 milioni di proiettili", "migliaia di soldati", "millions of shells"; a plain number takes no "di" ("11.000 soldati").
  const needsOf = candidate.magnitude >= 6 || candidate.form === 'vague' || candidate.form === 'collective'
  if (needsOf && ['di', "d'", 'of'].includes(words[at] ?? '')) at += 1
  else if (needsOf && context.languages.length === 1 && context.languages[0] === 'it') return
  // "Trentadue le vittime", "Sei gli arresti": Italian may put the article between a leading count and its noun.
  // "Oltre 200 i dispersi", "sono stati almeno quattro i colpi": a qualifier may stand before the count.
  const qualifierFirst = context.languages.includes('it') ? qualifiersBefore.it.matchBackward(words, candidate.first - 1)?.first : undefined
  const opening = qualifierFirst ?? candidate.first
  // "Sono in tutto 58mila i casi": an adverb may stand between the verb and the count.
  const beforeOpening = context.languages.includes('it') ? (levelAdverbs.it.matchBackward(words, opening - 1)?.first ?? opening) : opening
  const leading = opening === 0 || ['sono', 'salgono', 'saliti', 'salite', 'stati', 'state', 'erano', 'sarebbero', 'saranno', 'risultano', 'restano', 'rimangono'].includes(words[beforeOpening - 1] ?? '')
  if (leading && ['le', 'gli', 'i'].includes(words[at] ?? '') && context.languages.includes('it')) at += 1
  for (const language of context.languages) {
    const phrase = language === 'it' ? readItalianNounPhrase(context, at) : readEnglishNounPhrase(context, at)
    // "Sei sicuro": a word number above one counts a plural, and a head in -o is singular.
    if (phrase && language === 'it' && candidate.form === 'words' && /o$/.test(phrase.head) && !isCommonCountedThing(phrase.head, 'it') && !(candidate.value && candidate.value.digits === 1n && candidate.value.exponent === 0)) continue
    if (phrase) {
      candidate.subject = phrase.text
      candidate.unit = canonicalCountUnit(phrase.head, language)
      candidate.subjectFirst = phrase.first
      candidate.last = phrase.last
      return
    }
  }
}

function isNounLike(token: Token | undefined, language: LanguageCode): boolean {
  if (!token || token.type !== 'word' || token.lower.length < 2) return false
  if (stopWords[language].has(token.lower) || monthNumbers.has(token.lower) || weekdays.has(token.lower)) return false
  if (token.lower.endsWith("'")) return false
  if (language === 'it' && parseItalianNumberWord(token.lower) !== null) return false
  // Gerunds, infinitives and third persons plural are verbs ("due mezzi e facendo", "58 finiscono").
  if (language === 'it' && /(?:ando|endo|are|ere|ire|ano|ono)$/.test(token.lower) && token.lower.length > 4) return false
  if (language === 'en' && isEnglishNumberWord(token.lower)) return false
  return true
}

function isItalianAdjective(token: Token | undefined): boolean {
  if (!token || token.type !== 'word' || isCapitalized(token)) return false
  if (stopWords.it.has(token.lower)) return false
  return italianPostnominal.has(token.lower) || italianAdjectiveEnding.test(token.lower)
}

const maxPhraseWords = 8

function readItalianNounPhrase(context: SentenceContext, start: number): NounPhrase | null {
  const { tokens, words } = context
  let at = start
  while (italianPrenominal.has(words[at] ?? '') && at - start < 2) at += 1
  // "per 220 giovani": a word that is usually an adjective before a noun is the head when no noun follows.
  if (at > start && !isNounLike(tokens[at], 'it') && italianPrenominalNouns.has(words[at - 1] ?? '')) at -= 1
  const headToken = tokens[at]
  // The head is lowercase: a capital after a number is a name, unless it is a common counted thing ("in 14 Stati", "11 Paesi").
  // ("Stati" is a stop word only in lower case: "sono stati").
  const countedName = isCapitalized(headToken) && isCommonCountedThing(headToken!.text, 'it')
  if (!countedName && (!isNounLike(headToken, 'it') || isCapitalized(headToken))) return null
  const head = at
  let last = at
  let at2 = at + 1
  while (last - start < maxPhraseWords) {
    const token = tokens[at2]
    if (!token) break
    if (isItalianAdjective(token)) {
      last = at2
      at2 += 1
      continue
    }
    // "d'artiglieria", "di artiglieria": a bare complement, no article ("di un reggimento" is not part of it).
    if ((token.lower === 'di' || token.lower === "d'") && isNounLike(tokens[at2 + 1], 'it') && !isCapitalized(tokens[at2 + 1])) {
      last = at2 + 1
      at2 += 2
      continue
    }
    // "proiettili d'artiglieria e razzi": a coordinated bare noun, plural like the head ("e costretto" is a verb phrase).
    const coordinated = tokens[at2 + 1]
    if ((token.lower === 'e' || token.lower === 'ed') && isNounLike(coordinated, 'it') && !isCapitalized(coordinated) && !isItalianAdjective(coordinated) && !/[oa]$/.test(coordinated!.lower)) {
      last = at2 + 1
      at2 += 2
      continue
    }
    break
  }
  return { first: start, last, head: tokens[head]!.text, text: context.text.slice(tokens[start]!.start, tokens[last]!.end) }
}

/** Participles and adverbs after an English head belong to the verb ("76 people indicted", "troops stationed"). */
function isTrailingVerbal(word: string): boolean {
  return /(?:ed|ing|ly)$/.test(word) && !['injured', 'wounded', 'dead', 'killed', 'armed', 'displaced', 'detained'].includes(word)
}

function readEnglishNounPhrase(context: SentenceContext, start: number): NounPhrase | null {
  const { tokens } = context
  const run: number[] = []
  let at = start
  while (run.length < 5) {
    const token = tokens[at]
    // "4,400 current U.S. employees": an initialism written with dots modifies the noun after it.
    const initialismLast = initialismEnd(tokens, at)
    if (initialismLast > at && isNounLike(tokens[initialismLast + 1], 'en')) {
      run.push(at)
      at = initialismLast + 1
      continue
    }
    if (!isNounLike(token, 'en')) {
      // "20 current and former officials": adjectives coordinated before the head.
      const coordinated = (token?.lower === 'and' || token?.lower === 'or') && run.length > 0 && !/s$/.test(tokens[run[run.length - 1]!]!.lower)
      if (coordinated && isNounLike(tokens[at + 1], 'en')) {
        at += 1
        continue
      }
      break
    }
    // After a plural noun, a word that is not plural is the verb ("Millions of Indonesians use kerosene", "migrants plan to").
    const previousWord = tokens[run[run.length - 1] ?? -1]?.lower ?? ''
    const previousIsPlural = /[^s]s$/.test(previousWord) && !/(?:ous|us|is)$/.test(previousWord)
    if (run.length > 0 && previousIsPlural && !/s$/.test(token!.lower) && !isCapitalized(token)) break
    // A participle after the first word starts a verb phrase ("people hoisting themselves", "troops stationed"),
    // and so does an adjective with its complement ("officials familiar with the plan").
    // …unless a plural noun follows it: then it is an adjective ("six major industrialised nations").
    if (run.length > 0 && isTrailingVerbal(token!.lower) && !(/[^s]s$/.test(tokens[at + 1]?.lower ?? '') && isNounLike(tokens[at + 1], 'en'))) break
    if (run.length > 0 && /(?:iar|ful|ous|ible|able|ent|ant|ary)$/.test(token!.lower) && ['with', 'to', 'of', 'about', 'for'].includes(tokens[at + 1]?.lower ?? '')) break
    run.push(at)
    // Hyphenated compounds stay one piece: "long-range missiles", "North Korean-made shells", "stand-by jurors".
    if (tokens[at + 1]?.text === '-' && isGlued(token, tokens[at + 1]) && tokens[at + 2]?.type === 'word' && isGlued(tokens[at + 1], tokens[at + 2])) {
      at += 2
      run.push(at)
    }
    at += 1
  }
  while (run.length > 0 && (isTrailingVerbal(tokens[run[run.length - 1]!]!.lower) || englishAttributiveAdjectives.has(tokens[run[run.length - 1]!]!.lower))) run.pop()
  if (run.length === 0) return null
  const headIndex = run[run.length - 1]!
  const headToken = tokens[headIndex]!
  // A capitalized singular is a place, a name or a label ("three Tijuana, Mexico, locations", "2.40 IV"), not a counted thing.
  if (isCapitalized(headToken) && !/s$/.test(headToken.lower)) return null
  let last = headIndex
  if (tokens[headIndex + 1]?.lower === 'of' && englishPartitiveHeads.has(tokens[headIndex]!.lower)) {
    let complement = headIndex + 2
    while (isNounLike(tokens[complement], 'en') && complement - headIndex < 5) {
      last = complement
      complement += 1
    }
  }
  const first = run[0]!
  return { first, last, head: tokens[headIndex]!.text, text: context.text.slice(tokens[first]!.start, tokens[last]!.end) }
}

/** The last dot of an initialism starting at `at` ("U.S.", "U.K."), or -1: single capitals, each with its glued dot. */
function initialismEnd(tokens: readonly Token[], at: number): number {
  let last = -1
  for (let index = at; /^\p{Lu}$/u.test(tokens[index]?.text ?? '') && tokens[index + 1]?.text === '.' && isGlued(tokens[index], tokens[index + 1]); index += 2) {
    last = index + 1
  }
  return last >= at + 3 ? last : -1
}
