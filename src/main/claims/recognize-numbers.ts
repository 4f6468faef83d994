/**
 * Recognizers for the number of a claim: digits read by the text's number format, number words,
 * magnitudes ("4 milioni", "5.6 trillion", "12mila", "$3m"), collective numerals ("una decina",
 * "un migliaio") and vague quantities ("migliaia di", "hundreds of thousands of"). Each recognizer
 * starts at one token and returns a candidate or null; the scan takes the first that matches and
 * moves past it, so tokens are never shared.
 */
import { createCandidate, type Candidate, type SentenceContext } from './candidate'
import { decimalFromInteger, decimalFromParts, scaleDecimal, addDecimal, isIntegerDecimal, type ExactDecimal, subtractDecimal } from './exact-decimal'
import {
  approximateCollectives,
  currencyNames,
  currencySymbols,
  gluedMagnitudes,
  halfAfterMagnitude,
  magnitudeWords,
  vagueMagnitudeNouns,
  vagueOpeners,
  vagueSingularMagnitudes,
  vagueCountedBare,
  durationPhrases,
  singleWords
} from './lexicon'
import { italianNumberWordsBelowThousand, parseEnglishNumberWords, parseItalianNumberWord } from './number-words'
import { parseDigitNumber } from './parse-digits'
import { isGlued } from './tokenize'

type Recognizer = (context: SentenceContext, at: number) => Candidate | null

const recognizers: Recognizer[] = [recognizeDigits, recognizeDurationPhrase, recognizeVagueQuantity, recognizeCollective, recognizeNumberWords]

/** Every word a number recognizer can start on; other words are skipped without trying each recognizer. */
const startWords = new Set<string>([
  'un', 'uno', 'una', "un'", 'la', 'mezzo', "mezz'", 'a', 'an', 'one', 'half', 'few', 'dozen',
  ...vagueOpeners, ...vagueMagnitudeNouns.keys(), ...vagueSingularMagnitudes.keys(), ...approximateCollectives.keys()
])
/** The first three letters of every Italian and English number word ("ven" for ventitré, "tre" for trecentomila). */
const numberWordPrefixes = new Set(
  [...italianNumberWordsBelowThousand(), 'mille', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
    'eighty', 'ninety', 'hundred'].map((word) => word.slice(0, 3))
)
/** A word starting with one of those prefixes; a regular expression needs no substring per word, and runs on every word of a sentence. */
const startsLikeNumberWord = new RegExp(`^(?:${[...numberWordPrefixes].join('|')})`)

function mayStartNumber(context: SentenceContext, at: number): boolean {
  const token = context.tokens[at]!
  if (token.type === 'number') return true
  if (token.type !== 'word') return false
  return startWords.has(token.lower) || startsLikeNumberWord.test(token.lower)
}

export function recognizeNumbers(context: SentenceContext): Candidate[] {
  const candidates: Candidate[] = []
  let at = 0
  while (at < context.tokens.length) {
    if (!mayStartNumber(context, at)) {
      at += 1
      continue
    }
    let found: Candidate | null = null
    for (const recognizer of recognizers) {
      found = recognizer(context, at)
      if (found) break
    }
    if (found) {
      candidates.push(found)
      at = found.last + 1
    } else {
      at += 1
    }
  }
  return candidates
}

/** "un quarto di secolo", "mezzo secolo", "half an hour": a duration said as a phrase. */
function recognizeDurationPhrase(context: SentenceContext, at: number): Candidate | null {
  for (const language of context.languages) {
    const match = durationPhrases[language].matchForward(context.words, at)
    if (!match) continue
    const [value, unit] = match.phrase.meaning
    const [whole, fraction = ''] = String(value).split('.')
    const candidate = createCandidate(at, match.last, 'words', decimalFromParts(whole!, fraction))
    candidate.kind = 'duration'
    candidate.unit = unit
    return candidate
  }
  return null
}

/** "11.000", "1,7 miliardi", "12mila", "5bn", "$3m", "4 milioni e mezzo". */
function recognizeDigits(context: SentenceContext, at: number): Candidate | null {
  const token = context.tokens[at]!
  if (token.type !== 'number') return null
  const swiss = readApostropheThousands(context, at)
  if (swiss) return extendMagnitude(context, swiss)
  const reading = parseDigitNumber(token.text, context.format)
  if (!reading) return null
  const fraction = readFraction(context, at, reading.value) ?? readProperFraction(context, at)
  if (fraction) return fraction
  const candidate = createCandidate(at, at, 'digits', reading.value)
  candidate.alternative = reading.alternative
  candidate.plainDigits = !reading.separated
  const suffix = context.tokens[at + 1]
  if (suffix && suffix.type === 'word' && isGlued(token, suffix)) {
    const power = gluedMagnitudes.get(suffix.lower)
    // "3m" is three million only where money is meant ("$3m", "500m euros"); otherwise it is three metres.
    const money = currencySymbols.has(context.tokens[at - 1]?.text ?? '') || currencyNameAt(context, at + 2)
    if (power !== undefined && ((suffix.lower !== 'm' && suffix.lower !== 'b') || money)) {
      applyMagnitude(candidate, power, at + 1)
      addHundredsAfterThousands(context, candidate)
      return extendMagnitude(context, candidate)
    }
    return candidate
  }
  return extendMagnitude(context, candidate)
}

/** "2mila 500 euro" is 2500: hundreds written apart after a whole number of thousands. */
function addHundredsAfterThousands(context: SentenceContext, candidate: Candidate): void {
  const { tokens } = context
  const rest = tokens[candidate.last + 1]
  if (context.words[candidate.last] !== 'mila' || !candidate.value || !isIntegerDecimal(candidate.value) || rest?.type !== 'number' || !/^\d{1,3}$/.test(rest.text)) return
  if (tokens[candidate.last + 2]?.type === 'number' || isGlued(tokens[candidate.last], rest)) return
  candidate.value = addDecimal(candidate.value, decimalFromParts(rest.text))
  candidate.last += 1
  candidate.numberLast += 1
}

function currencyNameAt(context: SentenceContext, at: number): boolean {
  return context.tokens[at]?.type === 'word' && context.languages.some((language) => currencyNames[language].matchForward(context.words, at) !== null)
}

/** "12'500", "1'250'000": Swiss thousands, an apostrophe between groups of three digits. */
function readApostropheThousands(context: SentenceContext, at: number): Candidate | null {
  const { tokens } = context
  if (!/^\d{1,3}$/.test(tokens[at]!.text)) return null
  let digits = tokens[at]!.text
  let last = at
  while ((tokens[last + 1]?.text === "'" || tokens[last + 1]?.text === '’') && isGlued(tokens[last], tokens[last + 1]) &&
    /^\d{3}$/.test(tokens[last + 2]?.text ?? '') && isGlued(tokens[last + 1], tokens[last + 2])) {
    digits += tokens[last + 2]!.text
    last += 2
  }
  if (last === at) return null
  const candidate = createCandidate(at, last, 'digits', decimalFromParts(digits))
  return candidate
}

const fractionDenominators = new Set([2, 4, 8, 16, 32, 64])

/** "7-1/4", "12-3/8", "73 7/8": a whole and a fraction, as newswires quote prices. */
function readFraction(context: SentenceContext, at: number, whole: ExactDecimal): Candidate | null {
  const { tokens } = context
  const hyphen = tokens[at + 1]?.text === '-' && isGlued(tokens[at], tokens[at + 1])
  const start = hyphen ? at + 2 : at + 1
  const [numerator, slash, denominator] = [tokens[start], tokens[start + 1], tokens[start + 2]]
  if (numerator?.type !== 'number' || slash?.text !== '/' || denominator?.type !== 'number') return null
  if (!isGlued(numerator, slash) || !isGlued(slash, denominator) || (hyphen && !isGlued(tokens[at + 1], numerator))) return null
  // A date ("12/02/2020") goes on after the denominator.
  if (tokens[start + 3]?.text === '/' && isGlued(denominator, tokens[start + 3])) return null
  const top = Number(numerator.text)
  const bottom = Number(denominator.text)
  if (!fractionDenominators.has(bottom) || !(top > 0 && top < bottom)) return null
  const fraction = decimalFromParts('0', String((top / bottom).toString().split('.')[1] ?? ''))
  // "2.85-1/4 dlrs": grain prices in dollars and cents, the fraction a fraction of a cent.
  if (/[.,]\d\d$/.test(tokens[at]!.text) && hyphen) return createCandidate(at, start + 2, 'digits', addDecimal(whole, scaleDecimal(fraction, -2)))
  if (whole.exponent < 0) return null
  return createCandidate(at, start + 2, 'digits', addDecimal(whole, fraction))
}

/** "5/8 pct", "slipping 7/32", "1/2 percentage point": a fraction alone, eighths and halves as markets quote them. */
function readProperFraction(context: SentenceContext, at: number): Candidate | null {
  const { tokens } = context
  const [numerator, slash, denominator, after] = [tokens[at]!, tokens[at + 1], tokens[at + 2], tokens[at + 3]]
  if (slash?.text !== '/' || denominator?.type !== 'number' || !isGlued(numerator, slash) || !isGlued(slash, denominator)) return null
  if ((after?.text === '/' || after?.text === '-') && isGlued(denominator, after)) return null
  const before = tokens[at - 1]
  if (before && isGlued(before, numerator) && before.type !== 'word') return null
  const top = Number(numerator.text)
  const bottom = Number(denominator.text)
  if (!fractionDenominators.has(bottom) || !(top > 0 && top < bottom) || !/^\d+$/.test(numerator.text)) return null
  return createCandidate(at, at + 2, 'digits', decimalFromParts('0', String(top / bottom).split('.')[1] ?? ''))
}

/** Numbers written in words: "nove", "trecentomila", "twenty-five", "un milione", "half a million". */
function recognizeNumberWords(context: SentenceContext, at: number): Candidate | null {
  const token = context.tokens[at]!
  if (token.type !== 'word') return null
  const next = context.words[at + 1] ?? ''
  const nextIsMagnitude = (magnitudeWords.get(next) ?? 0) >= 6 || next === 'thousand'
  if (context.languages.includes('it')) {
    const age = parseItalianAgeWord(token.lower)
    if (age !== null) {
      const candidate = createCandidate(at, at, 'words', decimalFromInteger(age))
      candidate.kind = 'age'
      candidate.unit = 'year'
      return candidate
    }
    // "un solo testimone", "una sola vittima": one, said on purpose.
    if ((token.lower === 'un' || token.lower === 'una' || token.lower === 'uno') && singleWords.has(next)) return createCandidate(at, at + 1, 'words', decimalFromInteger(1))
    if ((token.lower === 'un' || token.lower === 'uno' || token.lower === 'una') && nextIsMagnitude) {
      return extendMagnitude(context, createCandidate(at, at, 'words', decimalFromInteger(1)))
    }
    if (token.lower === 'mezzo' && nextIsMagnitude) return extendMagnitude(context, createCandidate(at, at, 'words', decimalFromParts('0', '5')))
    const value = parseItalianNumberWord(token.lower)
    if (value !== null) {
      // "mille e duecento", "duemila e cinquecento": thousands and the rest joined by "e".
      const rest = value % 1000 === 0 && context.words[at + 1] === 'e' ? parseItalianNumberWord(context.words[at + 2] ?? '') : null
      if (rest !== null && rest < 1000) return extendMagnitude(context, createCandidate(at, at + 2, 'words', decimalFromInteger(value + rest)))
      return extendMagnitude(context, createCandidate(at, at, 'words', decimalFromInteger(value)))
    }
  }
  if (context.languages.includes('en')) {
    // "a single witness", "one lone gunman".
    if ((token.lower === 'a' || token.lower === 'one') && singleWords.has(next)) return createCandidate(at, at + 1, 'words', decimalFromInteger(1))
    if ((token.lower === 'a' || token.lower === 'one') && nextIsMagnitude) {
      return extendMagnitude(context, createCandidate(at, at, 'words', decimalFromInteger(1)))
    }
    if (token.lower === 'half' && context.words[at + 1] === 'a' && ((magnitudeWords.get(context.words[at + 2] ?? '') ?? 0) >= 3)) {
      const candidate = createCandidate(at, at + 1, 'words', decimalFromParts('0', '5'))
      return extendMagnitude(context, candidate)
    }
    const parsed = parseEnglishNumberWords(context.tokens, at)
    if (parsed) return extendMagnitude(context, createCandidate(at, parsed.last, 'words', decimalFromInteger(parsed.value)))
  }
  return null
}

/**
 * "sessantenne" 60, "diciottenne" 18, "ventunenne" 21, "trentaseienne" 36: an Italian number word
 * with the "-enne" of age, its final vowel dropped. Only the singular: "i trentenni" is an age band.
 */
function parseItalianAgeWord(word: string): number | null {
  if (!word.endsWith('enne') || word.length < 8) return null
  const stem = word.slice(0, -'enne'.length)
  for (const ending of ['', 'a', 'i', 'o', 'e']) {
    const value = parseItalianNumberWord(stem + ending)
    if (value !== null && value >= 10 && value <= 120) return value
  }
  return null
}

/** "una decina di", "un migliaio di": approximately that many. "qualche centinaio" is vague instead. */
function recognizeCollective(context: SentenceContext, at: number): Candidate | null {
  const article = context.words[at]
  // "una trentina di persone", and "la trentina di dipendenti" once they were counted.
  if (article !== 'un' && article !== 'una' && article !== "un'" && article !== 'la') return null
  const value = approximateCollectives.get(context.words[at + 1] ?? '')
  if (value === undefined) return null
  const candidate = createCandidate(at, at + 1, 'collective', decimalFromInteger(value))
  return extendMagnitude(context, candidate)
}

/**
 * "migliaia di soldati", "diverse centinaia di migliaia di proiettili", "tens of thousands of",
 * "several hundred troops", "qualche centinaio di". The band a vague quantity implies is from two of
 * its magnitude to just below the next named magnitude: writers say "migliaia di soldati" for
 * 11–12,000 too, so "migliaia" is [2000, 999999], "centinaia" [200, 999], "decine" [20, 99];
 * nesting multiplies ("centinaia di migliaia" [200000, 999999]).
 */
function recognizeVagueQuantity(context: SentenceContext, at: number): Candidate | null {
  const { words } = context
  let index = at
  let opened = false
  if (words[index] === 'a' && words[index + 1] === 'few') {
    index += 2
    opened = true
  } else if (vagueOpeners.has(words[index] ?? '')) {
    index += 1
    opened = true
  }
  const powers: number[] = []
  const plural = vagueMagnitudeNouns.get(words[index] ?? '')
  const singular = opened ? (vagueSingularMagnitudes.get(words[index] ?? '') ?? collectivePower(words[index])) : undefined
  if (plural !== undefined) powers.push(plural)
  else if (singular !== undefined) powers.push(singular)
  else return null
  let last = index
  // "a few hundred thousand bags": a singular magnitude may be followed by a larger one.
  while (plural === undefined && (vagueSingularMagnitudes.get(words[last + 1] ?? '') ?? 0) > powers[powers.length - 1]!) {
    powers.push(vagueSingularMagnitudes.get(words[last + 1]!)!)
    last += 1
  }
  // "centinaia di migliaia di", "tens of thousands of": each inner magnitude must be larger.
  while ((words[last + 1] === 'di' || words[last + 1] === 'of') && (vagueMagnitudeNouns.get(words[last + 2] ?? '') ?? 0) > powers[powers.length - 1]!) {
    powers.push(vagueMagnitudeNouns.get(words[last + 2]!)!)
    last += 2
  }
  // A bare plural needs the counted thing after it ("migliaia di soldati"); "a migliaia" or "by the thousands" are manner.
  const countedFollows = ['di', "d'", 'of'].includes(words[last + 1] ?? '') || vagueCountedBare.has(words[last + 1] ?? '')
  if (plural !== undefined && !countedFollows) return null
  if (plural === undefined && !countedFollows && context.tokens[last + 1]?.type !== 'word') return null
  const candidate = createCandidate(at, last, 'vague', null)
  const [low, high] = vagueBand(powers)
  candidate.low = low
  candidate.high = high
  candidate.magnitude = powers.reduce((sum, power) => sum + power, 0)
  return candidate
}

function collectivePower(word: string | undefined): number | undefined {
  if (word === 'decina') return 1
  if (word === 'centinaio') return 2
  if (word === 'migliaio') return 3
  return undefined
}

/** The named magnitudes a vague band runs up to: tens → hundred → thousand → million → billion → trillion. */
const namedPowers = [1, 2, 3, 6, 9, 12, 15]

export function vagueBand(powers: readonly number[]): [ExactDecimal, ExactDecimal] {
  const [outer, ...inner] = powers
  const nextPower = namedPowers.find((power) => power > outer!) ?? outer! + 3
  const innerPower = inner.reduce((sum, power) => sum + power, 0)
  const low = scaleDecimal(decimalFromInteger(2), outer! + innerPower)
  const high = subtractDecimal(scaleDecimal(decimalFromInteger(1), nextPower + innerPower), decimalFromInteger(1))
  return [low, high]
}

function applyMagnitude(candidate: Candidate, power: number, last: number): void {
  candidate.value = candidate.value ? scaleDecimal(candidate.value, power) : null
  candidate.alternative = null
  candidate.magnitude += power
  candidate.plainDigits = false
  candidate.last = last
  candidate.numberLast = last
}

/** Magnitude words after a number ("4 milioni", "two hundred thousand", "un milione e mezzo"). */
function extendMagnitude(context: SentenceContext, candidate: Candidate): Candidate {
  let previousPower = 0
  for (;;) {
    let next = candidate.last + 1
    // "a 2-million-dollar fine"; "120 i milioni di euro stanziati" puts the article before the magnitude.
    const hyphen = context.words[next] === '-' && isGlued(context.tokens[next - 1], context.tokens[next]) && isGlued(context.tokens[next], context.tokens[next + 1])
    const article = context.words[next] === 'i' && previousPower === 0 && (magnitudeWords.get(context.words[next + 1] ?? '') ?? 0) >= 6
    if (hyphen || article) next += 1
    const word = context.words[next] ?? ''
    const power = magnitudeWords.get(word)
    if (power === undefined || power <= previousPower || context.tokens[next]?.type !== 'word') break
    // "mille" after a number is not a magnitude ("3 mille" is not written); "hundred" scales only small numbers.
    if (word === 'mille') break
    if (power === 2 && candidate.value && candidate.value.digits >= 100n) break
    applyMagnitude(candidate, power, next)
    previousPower = power
    // "4 mln." keeps its dot out of the claim; "milioni e mezzo" adds half of the magnitude.
    const half = halfAfterMagnitude.matchForward(context.words, candidate.last + 1)
    if (half && candidate.value) {
      candidate.value = addDecimal(candidate.value, scaleDecimal(decimalFromParts('0', '5'), power))
      candidate.last = half.last
      candidate.numberLast = half.last
      break
    }
  }
  return candidate
}
