/**
 * Refiners that reject numbers which are not quantities (issue 3): years and dates, clock times,
 * model and system names (KN-23, S-400, Boeing 737), document identifiers (risoluzioni 2375 e 2397),
 * ordinals, calibres, time frames ("quattro anni fa"), references to things already counted ("i due
 * paesi") and page furniture (paywalls, subscription offers). Each rejection keeps its reason, so a
 * test can say why a number was dropped.
 */
import type { FurnitureScope } from '../language'
import { isCommonCountedThing } from './canonical-units'
import { hasUnitOrSubject, reject, type Candidate, type SentenceContext } from './candidate'
import { decimalToNumber, isIntegerDecimal, type ExactDecimal } from './exact-decimal'
import {
  ambiguousMonthWords,
  clockAfter,
  clockCues,
  currencyCodes,
  gluedMagnitudes,
  gluedUnits,
  identifierNouns,
  monthNumbers,
  ordinalMagnitudes,
  ordinalSuffixes,
  pageFurnitureCues,
  qualifiersBefore,
  stopWords,
  ageAfter,
  ageBandBefore,
  ageBefore,
  emergencyNumbers,
  englishModelSuffixes,
  frequencyBefore,
  personNouns,
  phoneCues,
  vagueOpeners,
  weekdays,
  yearCues
} from './lexicon'
import { isEnglishNumberWord, parseItalianNumberWord } from './number-words'
import { lineAt } from './split-sentences'
import { isCapitalized, isGlued, type Token } from './tokenize'

/** A month name: full Italian or English names, or a capitalized abbreviation ("Dec.", "May"). */
export function isMonthToken(token: Token | undefined): boolean {
  if (!token || token.type !== 'word' || !monthNumbers.has(token.lower)) return false
  return !ambiguousMonthWords.has(token.lower) || isCapitalized(token)
}

/**
 * What the characters right around the digits say, before any unit is read: clock times (00:00),
 * numeric dates and fractions (12/02), dates with a month name (3 febbraio, Dec. 30), ordinals (14°,
 * 3rd), codes glued to letters (KN-23, A320, 11A, 1990s), numbered things (n. 5, #3, '90).
 */
/** "a one-for-five share offer", "a 2-for-1 split": either end of a ratio written with "-for-". */
function isForRatio(context: SentenceContext, candidate: Candidate): boolean {
  const { tokens, words } = context
  const hyphenAt = (at: number): boolean => tokens[at]?.text === '-' && isGlued(tokens[at - 1], tokens[at]) && isGlued(tokens[at], tokens[at + 1])
  return (words[candidate.numberLast + 2] === 'for' && hyphenAt(candidate.numberLast + 1) && hyphenAt(candidate.numberLast + 3)) ||
    (words[candidate.numberFirst - 2] === 'for' && hyphenAt(candidate.numberFirst - 1) && hyphenAt(candidate.numberFirst - 3))
}

export function rejectByShape(context: SentenceContext, candidates: readonly Candidate[]): void {
  const { tokens } = context
  for (const candidate of candidates) {
    if (isForRatio(context, candidate)) {
      reject(candidate, 'ratio')
      continue
    }
    // A signed change ("+4%") was read already; its sign is not a phone prefix or a code's dash.
    if (candidate.form !== 'digits' || candidate.change !== null) continue
    const number = tokens[candidate.numberFirst]!
    const before = tokens[candidate.numberFirst - 1]
    const beforeThat = tokens[candidate.numberFirst - 2]
    const after = tokens[candidate.numberFirst + 1]
    const afterThat = tokens[candidate.numberFirst + 2]
    const gluedAfter = isGlued(number, after) ? after : undefined
    const gluedBefore = isGlued(before, number) ? before : undefined

    if ((gluedAfter?.text === ':' && afterThat?.type === 'number' && isGlued(gluedAfter, afterThat)) ||
      (gluedBefore?.text === ':' && beforeThat?.type === 'number' && isGlued(beforeThat, gluedBefore))) {
      reject(candidate, 'clock time')
    } else if (tokens[candidate.numberLast - 1]?.text === '/' && candidate.numberLast > candidate.numberFirst) {
      // A fraction read whole ("5/8 pct", "7-1/4"): its slash is not a date's.
    } else if ((gluedAfter?.text === '/' && afterThat?.type === 'number') || (gluedBefore?.text === '/' && beforeThat?.type === 'number')) {
      reject(candidate, 'date or fraction')
    } else if (gluedBefore && (gluedBefore.text === '/' || gluedBefore.text === '+' || gluedBefore.text === '#' || gluedBefore.text === '@')) {
      reject(candidate, 'identifier')
    } else if (gluedBefore && (gluedBefore.text === "'" || gluedBefore.text === '’')) {
      reject(candidate, 'year')
    } else if (isDateNumber(context, candidate)) {
      reject(candidate, 'date')
    } else if (candidate.numberLast === candidate.numberFirst && gluedAfter && isOrdinalSuffix(gluedAfter)) {
      reject(candidate, 'ordinal')
    } else if (candidate.numberLast === candidate.numberFirst && gluedAfter?.type === 'word' && !gluedUnits.has(gluedAfter.lower) && !gluedMagnitudes.has(gluedAfter.lower) &&
      !(gluedAfter.lower === 'p' && context.languages.includes('en'))) {
      reject(candidate, gluedAfter.lower === 'am' || gluedAfter.lower === 'pm' ? 'clock time' : 'identifier')
    } else if (gluedBefore?.type === 'word' && !gluedBefore.lower.endsWith("'")) {
      reject(candidate, 'identifier')
    } else if (gluedBefore && (gluedBefore.text === '-' || gluedBefore.text === '–') && beforeThat?.type === 'word' && isGlued(beforeThat, gluedBefore)) {
      // "KN-23", "S-400", "MiG-29", "Su-27", "Hwasong-11A", "COVID-19".
      reject(candidate, 'model name')
    } else if (gluedBefore?.text === '-' && beforeThat?.type === 'number' && isGlued(beforeThat, gluedBefore) && (tokens[candidate.numberFirst - 3]?.text === '-' || /^(?:1[89]|20)\d\d$/.test(beforeThat.text))) {
      // "2020-02-12", and the second year of "1950-53" or "2019-20".
      reject(candidate, 'date')
    } else if (/^0\d/.test(number.text) && candidate.plainDigits) {
      // "02-781", "007": a leading zero makes a code, not a quantity.
      reject(candidate, 'identifier')
    } else if (candidate.magnitude === 0 && isNumberedThing(context, candidate.numberFirst)) {
      // "issue 150 mln dlrs" is a verb and an amount: things are numbered without magnitudes.
      reject(candidate, 'identifier')
    }
  }
}

function isOrdinalSuffix(token: Token): boolean {
  return ordinalSuffixes.has(token.lower)
}

/** "3 febbraio", "febbraio 3", "Dec. 30", "December 30, 2019", "lunedì 3": a day, or a year right after a month. */
function isDateNumber(context: SentenceContext, candidate: Candidate): boolean {
  const { tokens } = context
  if (!candidate.value || !isIntegerDecimal(candidate.value) || !candidate.plainDigits) return false
  const value = decimalToNumber(candidate.value)
  const dayOrYear = (value >= 1 && value <= 31) || (value >= 1800 && value <= 2100)
  if (!dayOrYear) return false
  const previous = tokens[candidate.numberFirst - 1]
  const skipDot = previous?.text === '.' || previous?.text === ',' ? tokens[candidate.numberFirst - 2] : previous
  if (isMonthToken(previous) || (previous?.text === '.' && isMonthToken(skipDot))) return true
  if (value <= 31 && previous && weekdays.has(previous.lower)) return true
  const next = tokens[candidate.numberFirst + 1]
  if (value <= 31 && isMonthToken(next)) return true
  // "3rd of March" is an ordinal already; "30 Dec" and "3 e 4 febbraio" are handled by coordination below.
  return false
}

/** "n. 5", "No. 3", "risoluzioni 2375", "Article 5", "pagina 3", "calibro 155". */
function isNumberedThing(context: SentenceContext, numberAt: number): boolean {
  const { tokens } = context
  const previous = tokens[numberAt - 1]
  if (!previous) return false
  // "portato via 10 tonnellate" is "carried away", not a street: "via 4 Novembre", "via 10 maggio" are streets.
  const after = tokens[numberAt + 1]
  if (previous.lower === 'via' && after?.type === 'word' && !isCapitalized(after) && !monthNumbers.has(after.lower)) return false
  // "salito a quota 77.662", "sfiorando quota 2.000": a level reached, not a numbered scheme ("Quota 100" is written bare and capitalized).
  if (previous.text === 'quota' && (!/^\d+$/.test(tokens[numberAt]!.text) || !['la', 'una', 'della', 'alla', 'con'].includes(tokens[numberAt - 2]?.lower ?? ''))) return false
  if (previous.type === 'word' && identifierNouns.has(previous.lower)) return true
  if ((previous.text === '.' || previous.text === '°' || previous.text === 'º') && tokens[numberAt - 2]?.type === 'word') {
    return identifierNouns.has(tokens[numberAt - 2]!.lower)
  }
  return false
}

const definiteDeterminers = new Set([
  'i', 'gli', 'le', 'il', 'lo', 'la', "l'", 'questi', 'queste', 'quei', 'quegli', 'quelle', 'entrambi', 'entrambe', 'ambedue', 'the', 'these',
  'those', 'both', 'its', 'their', 'his', 'her', 'our', 'all',
  // "oltre alle due banche", "uno dei due fuggiaschi": a preposition fused with the article.
  'dei', 'degli', 'delle', 'ai', 'agli', 'alle', 'nei', 'negli', 'nelle', 'sui', 'sugli', 'sulle', 'dai', 'dagli', 'dalle', 'coi'
])
/** Words between the article and the number that still point back ("the previous two votes", "gli altri tre", "i primi due"). */
const orderWords = new Set(['previous', 'other', 'last', 'first', 'next', 'remaining', 'former', 'altri', 'altre', 'primi', 'prime', 'ultimi', 'ultime', 'restanti'])

/**
 * What the words around a number mean, once units and counted nouns are read: years, model names
 * after a capitalized word, calibres, time frames, clock times, references ("i due paesi"), word
 * numbers with nothing counted, page furniture. Rejections then spread to numbers coordinated with a
 * rejected one ("risoluzioni 2375 e 2397", "3 e 4 febbraio").
 */
export function rejectByMeaning(context: SentenceContext, candidates: readonly Candidate[]): void {
  for (const candidate of candidates) {
    if (candidate.rejected !== null) continue
    const reason = meaningRejection(context, candidate)
    if (reason) reject(candidate, reason)
  }
  spreadToCoordinated(context, candidates)
}

function meaningRejection(context: SentenceContext, candidate: Candidate): string | null {
  const { tokens, words } = context
  const value = candidate.value ? decimalToNumber(candidate.value) : null
  const bare = !hasUnitOrSubject(candidate)
  const before = tokens[candidate.first - 1]
  const wordBefore = words[candidate.first - 1] ?? ''
  const wordAfter = words[candidate.last + 1] ?? ''

  if (isFurniture(context, candidate)) return 'page furniture'
  const englishOnly = context.languages.length === 1 && context.languages[0] === 'en'

  const yearCue = yearCues.has(wordBefore) || isMonthToken(before)
  // "1986 year net": a year before the word "year" is no duration of 1986 years.
  const countOrSpan = candidate.kind === 'count' || candidate.kind === 'duration' || candidate.kind === 'age'
  if (candidate.plainDigits && value !== null && value >= (yearCue ? 1000 : 1800) && value <= 2100 && countOrSpan && candidate.qualifier !== 'range') {
    // English writes counts from a thousand up with a comma ("2,016 elections" is not written), so
    // "the 2016 election" is a year; Italian writes "1500 persone" too, so there a counted noun keeps it a count.
    if (englishOnly || yearCue || candidate.unit === null) return 'year'
  }

  if (candidate.form === 'digits' && candidate.kind === 'count' && candidate.qualifier === 'exact' && (candidate.plainDigits || bare) && isModelPrefix(context, candidate.first - 1)) {
    return 'model name'
  }

  // "an 80386-based PC": a number hyphenated to a model word names the model.
  if (candidate.form === 'digits' && tokens[candidate.numberLast + 1]?.text === '-' && isGlued(tokens[candidate.numberLast], tokens[candidate.numberLast + 1]) &&
    englishModelSuffixes.has(words[candidate.numberLast + 2] ?? '')) {
    return 'model name'
  }

  if (candidate.form === 'words' && candidate.first > 0 && isCapitalized(tokens[candidate.first]) && !sentenceStartLike(context, candidate.first)) {
    // "Frankie Five Angels", "Ocean's Eleven": a capitalized number word inside a sentence is part of a name.
    return 'name'
  }

  if (candidate.kind === 'count' && candidate.unit !== null && fractionHeads.has(candidate.unit)) return 'fraction'

  if (candidate.kind === 'measure' && (candidate.unit === 'mm' || candidate.unit === 'cm')) {
    // A calibre names a weapon class like a model name does ("obici da 170 mm", "155mm shells").
    if (wordBefore === 'da' || wordBefore === 'di' || isNounAfter(context, candidate.last + 1)) return 'calibre'
  }

  // "24 ore su 24", "7 giorni su 7": always, not a duration.
  if (candidate.kind === 'duration' && wordAfter === 'su' && words[candidate.last + 2] === words[candidate.numberFirst]) return 'idiom'
  if (wordBefore === 'su' && candidate.form === 'digits' && words[candidate.first - 3] === words[candidate.numberFirst] && timeUnitWordBefore(context, candidate)) return 'idiom'

  // "ogni due anni", "every four years": how often, not how long.
  if (candidate.kind === 'duration' && frequencyBefore.has(wordBefore)) return 'frequency'

  // The cue sits right before the number even when a qualifier reached past it ("intorno alle 22").
  const wordBeforeNumber = words[candidate.numberFirst - 1] ?? ''
  const clockCue = clockCues.has(wordBefore) || clockCues.has(wordBeforeNumber) || clockCues.has(words[candidate.first] ?? '')
  const hour = value ?? (candidate.qualifier === 'range' && candidate.high ? decimalToNumber(candidate.high) : null)
  const fraction = candidate.qualifier !== 'range' && tokens[candidate.numberLast - 1]?.text === '/'
  // "14.45 hrs": the clock word may have been read as the counted thing.
  const clockWordRead = candidate.kind === 'count' && candidate.subject !== null && clockAfter.has(words[candidate.last] ?? '')
  if ((bare || clockWordRead) && hour !== null && !fraction && hour <= 24 && (clockWordRead || clockCue || clockAfter.has(wordAfter.replace(/\.$/, '')) || isClockAbbreviation(context, candidate.last + 1))) {
    return 'clock time'
  }
  // "0900 gmt", "1430 hrs", "At 1430": a newswire clock time written as four digits (English writes counts from a thousand with a comma).
  // "1300 GMT due to…", "at 1650 hours local time": the clock word may have been read as a counted thing or a unit.
  const afterNumber = (words[candidate.numberLast + 1] ?? '').replace(/\.$/, '')
  const readAsThing = bare || (candidate.kind === 'count' && candidate.subjectFirst === candidate.numberLast + 1) || candidate.unit === 'h'
  if (readAsThing && candidate.plainDigits && value !== null && /^\d{4}$/.test(tokens[candidate.numberFirst]!.text) && value % 100 < 60 && value < 2400 &&
    (clockAfter.has(afterNumber) || (englishOnly && wordBeforeNumber === 'at'))) {
    return 'clock time'
  }

  // "attorno all'1", "verso all'una": an hour after "all'" when a word of time comes before.
  if (bare && wordBeforeNumber === "all'" && ['attorno', 'intorno', 'verso', 'fino'].includes(words[candidate.numberFirst - 2] ?? '') && value !== null && value <= 24) return 'clock time'

  // "alle 19.30", "intorno all'1.30": Italian writes decimals with a comma, so hours and minutes joined by a dot are a clock time.
  if (context.format === 'it' && candidate.kind === 'count' && candidate.magnitude === 0 && /^(?:[01]?\d|2[0-4])\.[0-5]\d$/.test(tokens[candidate.numberFirst]!.text)) return 'clock time'

  // "tra il 16 e il 17 (scorsi)", "dal 3 al 5": days of the month take the article in Italian; counts do not.
  if (candidate.qualifier === 'range' && candidate.kind === 'count' && (bare || /^scors/.test(words[candidate.last] ?? '')) && isDayOfMonth(candidate.low) && isDayOfMonth(candidate.high) &&
    ['il', 'dal', "l'", "dall'"].includes(words[candidate.numberFirst - 1] ?? '')) {
    return 'date'
  }

  // "VW's 50 millionth car": an ordinal of a magnitude names one thing.
  if (ordinalMagnitudes.has(words[candidate.numberLast + 1] ?? '')) return 'ordinal'

  // "band two paper", "lane seven": a number word after an identifier noun names the thing; a count would take a plural ("issue two bonds").
  if (candidate.form === 'words' && candidate.magnitude === 0 && englishOnly && identifierNouns.has(wordBefore) && !/s$/.test(words[candidate.last] ?? 's')) return 'identifier'

  // "18' st", "37' pt": the minute of a match, in a line of substitutions or scorers.
  if (bare && tokens[candidate.last + 1]?.text === "'" && matchHalves.has(words[candidate.last + 2] ?? '')) return 'match minute'
  // "si sblocca al 35'", "al 90' pieno": a minute mark glued to the figure.
  if (bare && isGlued(tokens[candidate.last], tokens[candidate.last + 1]) && (tokens[candidate.last + 1]?.text === "'" || tokens[candidate.last + 1]?.text === '’') && ['al', 'dal', 'fino'].includes(wordBefore) && value !== null && value <= 120) return 'match minute'

  // "il 20 scorso": a day of the month just past.
  if (candidate.plainDigits && value !== null && value >= 1 && value <= 31 && candidate.subject !== null && words[candidate.last] === 'scorso' && candidate.subjectFirst === candidate.last) return 'date'

  // "made the top 50", "la top 10": a chart or ranking named by its length, not a count.
  if (bare && wordBefore === 'top' && rankingArticles.has(words[candidate.first - 2] ?? '')) return 'ranking'

  // "Group of 24 developing nations", "Group of Seven": the name of a club of countries.
  if (wordBefore === 'of' && tokens[candidate.first - 2]?.text === 'Group') return 'name'

  // "Il video 20230415123", "tracking 4455667788": seven digits or more, ungrouped, are a code; amounts are grouped.
  if (bare && candidate.plainDigits && tokens[candidate.numberFirst]!.text.length >= 7) return 'identifier'

  // "chiamare il 112", "call 911": a number to dial.
  // ("al 113 riferiva": a verb after it may have been read as the counted thing.)
  if (candidate.kind === 'count' && value !== null && emergencyNumbers.has(value) && (phoneCues.has(wordBefore) || phoneCues.has(words[candidate.first - 2] ?? ''))) return 'phone number'

  // "gli over 70", "people under 18": an age band, not a bound on a count.
  const boundWord = words[candidate.numberFirst - 1] ?? ''
  if (bare && (boundWord === 'over' || boundWord === 'under') && ageBandBefore.has(words[candidate.numberFirst - 2] ?? '') && value !== null && value < 120) return 'age band'

  // "the 5,000m", "i 100 metri": a race is named by its distance.
  const possessive = wordBefore.endsWith("'s") || (wordBefore === 's' && words[candidate.first - 2] === "'") || raceWordsAfter.has(wordAfter)
  if (candidate.kind === 'measure' && candidate.unit === 'm' && candidate.qualifier === 'exact' && raceDistances.has(value ?? -1) && (definiteArticles.has(wordBefore) || possessive)) {
    return 'race name'
  }

  // "10 Downing Street", "221B Baker Street": a house number before a street name.
  if (bare && candidate.plainDigits && isStreetAfter(context, candidate.last + 1)) return 'address'
  // "in via Finzi, 105", "via Maestri del lavoro 1": a house number after an Italian street name.
  if (bare && candidate.plainDigits && isItalianStreetBefore(context, candidate.numberFirst)) return 'address'

  if (candidate.form === 'words' && candidate.magnitude === 0 && value === 1 && !isCountOfOne(context, candidate)) return 'article or pronoun'

  const determinerBefore = definiteDeterminers.has(wordBefore) || (orderWords.has(wordBefore) && definiteDeterminers.has(words[candidate.first - 2] ?? ''))
  if (candidate.kind === 'count' && candidate.qualifier === 'exact' && value !== null && value < 10 && determinerBefore) {
    // "i due paesi", "the two leaders": a reference to things already counted, not a count.
    return 'reference'
  }
  if (candidate.kind === 'count' && candidate.form === 'words' && candidate.magnitude === 0 && value !== null && value < 10 && wordBefore === 'a') {
    // "un sistema a due livelli": an attribute, not a count.
    return 'attribute'
  }
  return null
}

function isDayOfMonth(value: ExactDecimal | null): boolean {
  return value !== null && isIntegerDecimal(value) && decimalToNumber(value) >= 1 && decimalToNumber(value) <= 31
}

/** Words before "one"/"un solo" that make it a pronoun or a negation ("no one", "as one team", "not a single line"). */
const notACountOfOne = new Set(['no', 'not', 'as', 'any', 'without', 'non', 'senza', 'nemmeno', 'neanche', 'neppure', 'nessun', 'come'])

/**
 * "un solo testimone", "a single witness", "one child", "for one minute": one, meant as a count. Only
 * with a common counted thing (see canonical-units): "one fun fact", "one team" are figures of speech.
 */
function isCountOfOne(context: SentenceContext, candidate: Candidate): boolean {
  if (notACountOfOne.has(context.words[candidate.first - 1] ?? '')) return false
  const oneWord = candidate.numberLast > candidate.numberFirst || context.words[candidate.numberFirst] === 'one'
  if (!oneWord) return false
  if (candidate.kind === 'duration') return ['for', 'within', 'after', 'per', 'in', 'dopo'].includes(context.words[candidate.first - 1] ?? '')
  // "a coupon of one pct", "one percentage point", "one dollar", "about one metre".
  if (candidate.kind === 'percent' || candidate.kind === 'money' || candidate.kind === 'measure') return true
  const head = candidate.subject?.split(/\s+/).pop() ?? ''
  return candidate.kind === 'count' && context.languages.some((language) => isCommonCountedThing(head, language))
}

function timeUnitWordBefore(context: SentenceContext, candidate: Candidate): boolean {
  return ['ore', 'giorni', 'hours', 'days'].includes(context.words[candidate.first - 2] ?? '')
}

/** Words after a distance that make it a race ("200m gold medallist", "100 metri finale"). */
const raceWordsAfter = new Set(['gold', 'silver', 'bronze', 'final', 'finals', 'title', 'champion', 'medallist', 'medalist', 'hurdles', 'freestyle', 'relay', 'finale', 'ostacoli', 'staffetta'])

const raceDistances = new Set([60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000, 42195])
/** Halves of a match after a minute mark ("18' st", "22' pt"): Italian sports reports. */
const matchHalves = new Set(['pt', 'st'])
const rankingArticles = new Set(['the', 'la', 'nella', 'alla', 'della', 'dalla'])
const definiteArticles = new Set(['the', 'il', 'i', 'nei', 'dei', 'sui', 'ai', 'negli', 'degli', 'agli'])
const streetWords = new Set(['street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'place', 'square', 'st', 'ave', 'rd', 'blvd'])

const italianStreetWords = new Set(['via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'strada', 'contrada', 'borgo'])

/** A street word, a capitalized name and at most four more words or a comma, right before the number. */
function isItalianStreetBefore(context: SentenceContext, numberAt: number): boolean {
  const { tokens } = context
  for (let at = numberAt - 2; at >= Math.max(0, numberAt - 6); at -= 1) {
    const between = tokens[at + 1]!
    if (between.type !== 'word' && between.text !== ',' && between.text !== "'") return false
    if (italianStreetWords.has(tokens[at]!.lower) && isCapitalized(tokens[at + 1])) return true
  }
  return false
}

/** Capitalized words, then a street word ("Downing Street", "Fifth Avenue"). */
function isStreetAfter(context: SentenceContext, at: number): boolean {
  const { tokens } = context
  let index = at
  while (index < at + 3 && isCapitalized(tokens[index])) {
    if (index > at && streetWords.has(tokens[index]!.lower)) return true
    index += 1
  }
  return false
}

const fractionHeads = new Set(['quarter', 'third', 'fifth', 'tenth', 'quarto', 'terzo', 'quinto', 'decimo', 'half'])

/** After an opening quote, a bracket or a colon a word is capitalized as if it began a sentence. */
function sentenceStartLike(context: SentenceContext, at: number): boolean {
  const previous = context.tokens[at - 1]
  return !previous || (previous.type === 'symbol' && /["“«(:—–-]/.test(previous.text))
}

/**
 * Ages (issue 10), a kind of their own: "Mario Quintanillo, 30, and Cecilia Sarai Carillo, 23" (a bare
 * number set off by commas after a name), and years with an age cue: "aged 52", "52 years old",
 * "all'età di 72 anni", "un uomo di 72 anni", "ha 40 anni". The "-enne" words ("un 34enne", "il
 * sessantenne") and "17-year-old" are read as ages by the unit recognizer.
 */
export function recognizeAges(context: SentenceContext, candidates: readonly Candidate[]): void {
  const { tokens, words } = context
  let previous: Candidate | null = null
  for (const candidate of candidates) {
    // "due fratelli di 56 e 57 anni": years listed after an age are ages too.
    const listedAfterAge = previous?.kind === 'age' && candidate.first === previous.last + 2 && ['e', 'ed', 'and'].includes(words[previous.last + 1] ?? '')
    if (candidate.rejected === null) previous = candidate
    if (listedAfterAge && candidate.kind === 'duration' && candidate.unit === 'year') {
      candidate.kind = 'age'
      continue
    }
    // "un cittadino cinese di 25-30 anni": a range of years is an age as well, read by its upper end.
    const figure = candidate.value ?? candidate.high
    if (candidate.rejected !== null || figure === null) continue
    const value = decimalToNumber(figure)
    if (value < 0 || value > 120) continue
    const comma = tokens[candidate.first - 1]
    const name = tokens[candidate.first - 2]
    const after = tokens[candidate.last + 1]
    // "Daimon De Barre, 31,", "Samba Diagne, 52 anni,", "L'uomo, 25 anni,": a figure set off after a name or a person is that person's age.
    // "Claudiu A., 20 anni,": a name may end on an initial.
    const initial = name?.text === '.' && /^\p{Lu}$/u.test(tokens[candidate.first - 3]?.text ?? '')
    const person = isCapitalized(name) || initial || personNouns.has(name?.lower ?? '')
    // "Davide Forti, 45 anni di Modena,": the town may follow the age.
    const townAfter = after?.lower === 'di' && isCapitalized(tokens[candidate.last + 2])
    const afterName = comma?.text === ',' && person && (after === undefined || [',', '.', ')', ';'].includes(after.text) || townAfter)
    const ageSuffix = words[candidate.last] === 'enne'
    // "due algerini di anni 31 e 37": the bureaucratic order, years before the figure.
    const yearsFirst = words[candidate.first - 1] === 'anni' && words[candidate.first - 2] === 'di'
    if (candidate.kind === 'duration' && candidate.unit === 'year' && (ageSuffix || yearsFirst || hasAgeCue(context, candidate) || (afterName && candidate.form === 'digits'))) {
      candidate.kind = 'age'
      continue
    }
    if (hasUnitOrSubject(candidate) || candidate.form !== 'digits' || !candidate.plainDigits || candidate.qualifier !== 'exact' || value < 1) continue
    const aged = yearsFirst || (context.languages.some((language) => ageBefore[language].matchBackward(words, candidate.first - 1) !== null) && words[candidate.first - 1] !== 'ha')
    if (afterName || aged) {
      candidate.kind = 'age'
      candidate.unit = 'year'
    }
  }
}

/** A person noun, or the plural of one ("due marocchini, di 22 e 27 anni", "cittadini albanesi"). */
function isPersonNoun(word: string): boolean {
  return personNouns.has(word) || (word.length > 4 && [word.replace(/i$/, 'o'), word.replace(/e$/, 'a'), word.replace(/i$/, 'e')].some((singular) => personNouns.has(singular)))
}

function hasAgeCue(context: SentenceContext, candidate: Candidate): boolean {
  const { words } = context
  if (context.tokens[candidate.last]?.lower === 'old') return true
  for (const language of context.languages) {
    if (ageBefore[language].matchBackward(words, candidate.first - 1)) return true
    if (ageAfter[language].matchForward(words, candidate.last + 1)) return true
  }
  // "sette uomini tra i 21 e 36 anni": a range of years right after people.
  if (candidate.qualifier === 'range' && personNouns.has(words[candidate.first - 1] ?? '')) return true
  // "un uomo di 72 anni", "una donna di 40 anni", "un ragazzo svizzero di 18 anni", "J.M. di 17 anni",
  // "un giovane italiano, nomade, di 22 anni": the person may stand a few words and commas before.
  if (words[candidate.first - 1] !== 'di') return false
  const initial = words[candidate.first - 2] === '.' && /^\p{Lu}$/u.test(context.tokens[candidate.first - 3]?.text ?? '')
  if (initial) return true
  for (let at = candidate.first - 2; at >= Math.max(0, candidate.first - 6); at -= 1) {
    const token = context.tokens[at]!
    if (isPersonNoun(token.lower)) return true
    // "due cittadini della Romania, rispettivamente di 21 e 27 anni".
    if (token.lower === 'rispettivamente' || token.lower === 'della' || token.lower === 'del') continue
    // "Due anziani di Vò Euganeo di 78 anni": a town may stand between the person and the age.
    if (token.text !== ',' && token.lower !== 'di' && (token.type !== 'word' || (stopWords.it.has(token.lower) && !isCapitalized(token)))) return false
  }
  return false
}

/**
 * "Production 69.53 69.66 78.94 78.92", "Sorghum 64 (63), sunflowerseed cake 103 (102)": a row of a
 * statistics table, more bare figures than a sentence holds and few words around them. Its cells say
 * nothing a reader can compare without the table's header, which the text has lost.
 */
export function rejectTableCells(context: SentenceContext, candidates: readonly Candidate[], named: ReadonlySet<Candidate>): void {
  const cells = candidates.filter((candidate) => candidate.kind === 'count' && candidate.unit === null && candidate.form === 'digits' && !named.has(candidate))
  if (cells.length < 3) return
  const wordCount = context.tokens.filter((token) => token.type === 'word').length
  if (wordCount >= 2 * cells.length) return
  for (const cell of cells) reject(cell, 'table cell')
}

/** Word numbers must count something: "tre" alone is more often "sei" (you are) or "uno dei" than a quantity. */
export function rejectUncountedWords(candidates: readonly Candidate[]): void {
  for (const candidate of candidates) {
    if (candidate.rejected !== null || candidate.inherited) continue
    if ((candidate.form === 'words' || candidate.form === 'collective') && !hasUnitOrSubject(candidate)) reject(candidate, 'nothing counted')
  }
}

export interface FurnitureCue {
  at: number
  scope: FurnitureScope
}

const furnitureScopes = new Map(pageFurnitureCues)
/**
 * Cues of one character ("©") are looked up with `indexOf`: left in the alternation, they stop the
 * regular expression engine from skipping ahead by the length of the shortest cue, which slows the
 * scan (bench/claims-speed.bench.ts). None of them occurs inside a longer cue, so no match is counted twice.
 */
const singleCharacterCues = [...furnitureScopes.keys()].filter((cue) => cue.length === 1)
/** The other cues as one alternation, longest first, matched on lowercased text: one pass instead of a search per cue. */
const furniturePattern = new RegExp(
  [...furnitureScopes.keys()]
    .filter((cue) => cue.length > 1)
    .sort((left, right) => right.length - left.length)
    .map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g'
)

/** Where page furniture cues occur in an article, in text order; one scan per article, not one per number. */
export function findPageFurniture(text: string): FurnitureCue[] {
  // Lowercasing can change the length of a few characters (İ); offsets are then only approximate, which is fine here.
  const lower = text.toLowerCase()
  const found: FurnitureCue[] = []
  for (const match of lower.matchAll(furniturePattern)) found.push({ at: match.index, scope: furnitureScopes.get(match[0]) ?? 'sentence' })
  const phraseCount = found.length
  for (const cue of singleCharacterCues) {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) found.push({ at, scope: furnitureScopes.get(cue) ?? 'sentence' })
  }
  if (found.length > phraseCount) found.sort((left, right) => left.at - right.at)
  return found
}

/** A claim within the reach of a paywall or subscription cue is page furniture ("75% di questo articolo", "€ 1,99"). */
function isFurniture(context: SentenceContext, candidate: Candidate): boolean {
  if (context.furnitureAt.length === 0) return false
  const start = context.tokens[candidate.first]!.start
  const { sentence, text } = context
  return context.furnitureAt.some((cue) => {
    if (cue.at >= sentence.start && cue.at < sentence.end && cue.scope !== 'parenthesis') return true
    if (cue.scope === 'line') {
      const line = lineAt(text, start)
      return cue.at >= line.start && cue.at < line.end
    }
    if (cue.scope === 'parenthesis') {
      const close = text.indexOf(')', cue.at)
      return start >= cue.at && (close === -1 || start < close)
    }
    return false
  })
}

/**
 * "Boeing 737", "KC 767", "Apollo 11": a capitalized word right before a bare number names a model or
 * a thing. Sentence-initial words, function words and qualifiers ("Oltre 100", "Some 5,000") do not.
 */
function isModelPrefix(context: SentenceContext, at: number): boolean {
  const token = context.tokens[at]
  if (!token || !isCapitalized(token) || isGlued(token, context.tokens[at + 1])) return false
  const acronym = token.text.length >= 2 && token.text === token.text.toUpperCase()
  if (at === 0 && !acronym) return false
  const lower = token.lower
  if (context.languages.some((language) => stopWords[language].has(lower))) return false
  if (monthNumbers.has(lower) || weekdays.has(lower) || vagueOpeners.has(lower) || currencyCodes.has(lower)) return false
  if (parseItalianNumberWord(lower) !== null || isEnglishNumberWord(lower)) return false
  if (context.languages.some((language) => qualifiersBefore[language].matchBackward(context.words, at))) return false
  return true
}

function isNounAfter(context: SentenceContext, at: number): boolean {
  const token = context.tokens[at]
  return token?.type === 'word' && !context.languages.some((language) => stopWords[language].has(token.lower))
}

/** "7 a.m.", "7 p.m.": the tokenizer cuts them into letters and dots. */
function isClockAbbreviation(context: SentenceContext, at: number): boolean {
  const first = context.words[at]
  return (first === 'a' || first === 'p') && context.words[at + 1] === '.' && context.words[at + 2] === 'm'
}

const coordinationWords = new Set([',', 'e', 'ed', 'and', '&', 'o', 'or', '-', '–', '/'])
const spreadingReasons = new Set(['identifier', 'date', 'model name', 'year', 'clock time'])

/** "risoluzioni 2375 e 2397", "3 e 4 febbraio", "KN-23, 24": a bare number coordinated with a rejected one is the same kind of thing. */
function spreadToCoordinated(context: SentenceContext, candidates: readonly Candidate[]): void {
  const spread = (from: Candidate, to: Candidate): boolean => {
    if (from.rejected === null || !spreadingReasons.has(from.rejected) || to.rejected !== null) return false
    if (to.form !== 'digits' || !to.plainDigits || hasUnitOrSubject(to) || to.qualifier !== 'exact') return false
    const left = from.last < to.first ? from : to
    const right = left === from ? to : from
    const between = context.words.slice(left.last + 1, right.first)
    // "+39 06 1234": the groups of a phone number follow each other with nothing between.
    const grouped = between.length === 0 && from.rejected === 'identifier'
    // "February 1 to 28": days of one month.
    // "alle 23 e 20": minutes after the hour.
    if (from.rejected === 'clock time' && (left !== from || between[0] !== 'e' || to.value === null || decimalToNumber(to.value) >= 60)) return false
    const dayRange = from.rejected === 'date' && between.length === 1 && (between[0] === 'to' || between[0] === 'al') && to.value !== null && decimalToNumber(to.value) <= 31
    if (!grouped && !dayRange && (between.length !== 1 || !coordinationWords.has(between[0]!))) return false
    reject(to, from.rejected)
    return true
  }
  for (let changed = true; changed; ) {
    changed = false
    for (let index = 0; index + 1 < candidates.length; index += 1) {
      const left = candidates[index]!
      const right = candidates[index + 1]!
      if (spread(left, right) || spread(right, left)) changed = true
    }
  }
}
