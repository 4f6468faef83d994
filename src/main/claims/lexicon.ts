/**
 * The claim recognizers' lookup structures, built from the words of each language in
 * `src/main/language/` (one module per language, shared with the aligner). Phrases are tokenized with
 * the same tokenizer as the article and matched longest first ("non meno di" before "meno di").
 * Per-language tables serve the text's language (`und` uses all); the plain sets below are matched
 * whatever the language, because a month name or a clock cue of either language means the same.
 * Symbols and abbreviations that belong to no language (currency signs, glued units) live here too.
 */
import type { ClaimChange, ClaimQualifier } from '../../shared/model'
import { languageCodes, vocabularies, wordsOfAllLanguages, type LanguageCode, type Vocabulary } from '../language'
import {
  englishAttributiveAdjectives as englishAttributiveAdjectiveWords,
  englishModelSuffixes as englishModelSuffixWords,
  englishPartitiveHeads as englishPartitiveHeadWords
} from '../language/english'
import {
  italianPostnominal as italianPostnominalWords,
  italianPrenominal as italianPrenominalWords,
  italianPrenominalNouns as italianPrenominalNounWords
} from '../language/italian'
import { tokenize, type TokenizeOptions } from './tokenize'

/** A multi-word entry, as folded tokens. */
export interface Phrase<T> {
  words: string[]
  meaning: T
}

/** Phrases keyed by their first (forward matching) or last (backward matching) word, longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>()
  private readonly byLast = new Map<string, Phrase<T>[]>()

  constructor(entries: ReadonlyArray<readonly [string, T]>) {
    const phrases = entries.map(([written, meaning]) => ({ words: phraseWords(written), meaning }))
    phrases.sort((left, right) => right.words.length - left.words.length || right.words.join(' ').length - left.words.join(' ').length)
    for (const phrase of phrases) {
      pushTo(this.byFirst, phrase.words[0]!, phrase)
      pushTo(this.byLast, phrase.words[phrase.words.length - 1]!, phrase)
    }
  }

  // Both matchers run at nearly every token of a sentence with a number, and most words start no
  // phrase: they return before allocating anything.

  /** The longest phrase whose words are `words[at…]`. */
  matchForward(words: readonly string[], at: number): { phrase: Phrase<T>; last: number } | null {
    const word = words[at]
    const phrases = word === undefined ? undefined : this.byFirst.get(word)
    if (phrases === undefined) return null
    for (const phrase of phrases) {
      if (wordsAt(words, at, phrase.words)) return { phrase, last: at + phrase.words.length - 1 }
    }
    return null
  }

  /** The longest phrase whose words end at `words[at]`. */
  matchBackward(words: readonly string[], at: number): { phrase: Phrase<T>; first: number } | null {
    const word = words[at]
    const phrases = word === undefined ? undefined : this.byLast.get(word)
    if (phrases === undefined) return null
    for (const phrase of phrases) {
      const first = at - phrase.words.length + 1
      if (first >= 0 && wordsAt(words, first, phrase.words)) return { phrase, first }
    }
    return null
  }
}

/** True when `words[at…]` starts with `phrase`. */
function wordsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset += 1) if (words[at + offset] !== phrase[offset]) return false
  return true
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const phraseTokenizing: TokenizeOptions = { splitElisions: true, spaceGroupsThousands: false }

/** A phrase as the folded words the tokenizer makes of it ("e l'" → ["e", "l'"]). */
export function phraseWords(written: string): string[] {
  return tokenize(written, 0, phraseTokenizing).map((token) => token.lower)
}


/** One table per language, built from that language's words. */
function perLanguage<T>(build: (vocabulary: Vocabulary) => T): Record<LanguageCode, T> {
  return Object.fromEntries(languageCodes.map((code) => [code, build(vocabularies[code])])) as Record<LanguageCode, T>
}

function flagTable(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((phrase) => [phrase, true] as const))
}

// ---------------------------------------------------------------------------------------------
// Numbers: magnitudes ("4 milioni", "5.6 trillion", "12mila"), vague quantities ("migliaia di
// soldati", "hundreds of thousands of shells") and collective numerals ("una decina", "a dozen").

export const magnitudeWords = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.magnitudes))
export const gluedMagnitudes = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.gluedMagnitudes))
export const halfAfterMagnitude = flagTable(wordsOfAllLanguages((vocabulary) => vocabulary.halfAfterMagnitude))
export const halfAfterUnit = flagTable(wordsOfAllLanguages((vocabulary) => vocabulary.halfAfterUnit))
export const vagueMagnitudeNouns = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.vagueMagnitudeNouns))
export const vagueCountedBare = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.vagueCountedBare))
/** "un quarto di secolo", "half an hour": a duration said as a phrase, with its value and time unit. */
export const durationPhrases: Record<LanguageCode, PhraseTable<readonly [number, string]>> = perLanguage(
  (vocabulary) => new PhraseTable(vocabulary.durationPhrases.map(([phrase, value, unit]) => [phrase, [value, unit] as const] as const))
)
export const vagueOpeners = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.vagueOpeners))
export const vagueSingularMagnitudes = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.vagueSingularMagnitudes))
export const approximateCollectives = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.approximateCollectives))

// ---------------------------------------------------------------------------------------------
// Qualifiers before the number ("più di", "at least") and after it ("o più", "or so").

export const qualifiersBefore: Record<LanguageCode, PhraseTable<ClaimQualifier>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.qualifiersBefore))
export const qualifiersAfter: Record<LanguageCode, PhraseTable<ClaimQualifier>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.qualifiersAfter))

// ---------------------------------------------------------------------------------------------
// Ranges: "tra X e Y", "da X a Y", "between X and Y", "from X to Y", "X-Y", "X to Y", "two or three".

export interface RangeWords {
  /** Words that open a range, with the words that may join its two ends (as folded words). */
  openers: PhraseTable<string[][]>
  /** Joiners allowed without an opener ("5,000 to 6,000 troops", "due o tre"). */
  bareJoiners: Set<string>
  /** Verbs of change: "salito da 3 a 5", "rose from 3% to 5%" are two values, not a range. */
  changeVerbs: Set<string>
  /** Words that make a dashed pair a score ("lost 1-3"). */
  scoreCues: Set<string>
}

/** Words between the two numbers of a ratio, as folded words ("out of" → ['out', 'of']). */
export const ratioJoiners: Record<LanguageCode, string[][]> = perLanguage((vocabulary) => vocabulary.ratioJoiners.map(phraseWords))

export const rangeWords: Record<LanguageCode, RangeWords> = perLanguage((vocabulary) => ({
  openers: new PhraseTable(
    vocabulary.rangeOpeners.flatMap(([opening, joiners]) => opening.map((opener) => [opener, joiners.map(phraseWords)] as const))
  ),
  bareJoiners: new Set(vocabulary.rangeBareJoiners),
  changeVerbs: new Set(vocabulary.changeVerbs),
  scoreCues: new Set(vocabulary.scoreCues)
}))

// ---------------------------------------------------------------------------------------------
// Units.

/** Currency symbols written before the number, and the letters that may prefix a dollar sign. */
export const currencySymbols = new Map<string, string>([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₩', 'KRW'], ['₹', 'INR'], ['₽', 'RUB']])
export const dollarPrefixes = new Map<string, string>([
  ['us', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['hk', 'HKD'], ['nz', 'NZD'], ['s', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['mx', 'MXN']
])
/** ISO codes written as words, before or after the number ("USD 5", "5 EUR"). */
export const currencyCodes = new Set(['usd', 'eur', 'gbp', 'jpy', 'krw', 'cny', 'rmb', 'rub', 'chf', 'inr', 'cad', 'aud', 'hkd', 'try', 'uah'])

/** Currency names after the number; "pounds" is money only after a magnitude (else weight, see measures). */
export const currencyNames: Record<LanguageCode, PhraseTable<string>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.currencyNames))
export const centWords: Record<LanguageCode, PhraseTable<string>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.centWords))
export const moneyNouns = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.moneyNouns))
export const moneyNounModifiers = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.moneyNounModifiers))
export const currencyCountryWords = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.currencyCountryWords))
/** Currencies that one bare name covers ("francs", "crowns", "corone"): the article's country decides among them. */
export const ambiguousCurrencyFamilies: ReadonlyArray<ReadonlySet<string>> = [new Set(['CHF', 'FRF', 'BEF']), new Set(['CZK', 'SEK', 'DKK', 'NOK', 'ISK'])]
/** One pass over an article for the country words above. */
export const currencyCountryPattern = new RegExp(`\\b(?:${[...currencyCountryWords.keys()].join('|')})\\b`, 'giu')
export const percentWords: Record<LanguageCode, PhraseTable<string>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.percentWords))
/** Measures, to canonical short units. Time spans are measures too ("undici ore", "46 months in prison"). */
export const measureUnits: Record<LanguageCode, PhraseTable<string>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.measureUnits))

/** Units written glued to the digits ("170mm", "50kg", "24h", "17enne"): short forms only. */
export const gluedUnits = new Map<string, string>([
  ['km', 'km'], ['m', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['g', 'g'], ['t', 't'], ['mw', 'MW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'],
  ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['km2', 'km2'], ['mq', 'm2'], ['ha', 'ha'], ['h', 'h'], ['min', 'min'], ['mph', 'mph'], ['ft', 'ft'],
  ['lb', 'lb'], ['lbs', 'lb'], ['bpd', 'bbl/d'], ['enne', 'year'], ['kmh', 'km/h']
])

/** Time units: a span of them is a time frame ("quattro anni fa", "in the past three years"), not a claim. */
export const timeUnits = new Set(['s', 'min', 'h', 'd', 'week', 'month', 'year', 'decade', 'century'])

/** Words before a time span that make it a frequency ("ogni due anni"), not a duration. */
export const frequencyBefore = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.frequencyBefore))

// ---------------------------------------------------------------------------------------------
// Changes ("in calo del 7,5%", "rose by 15 dlrs", "a 15 percent increase") and ages ("aged 52").

export const changeBefore: Record<LanguageCode, PhraseTable<ClaimChange>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.changeBefore))
export const changeAfter: Record<LanguageCode, PhraseTable<ClaimChange>> = perLanguage((vocabulary) => new PhraseTable(vocabulary.changeAfter))
export const ageBefore: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.ageBefore))
export const ageAfter: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.ageAfter))
export const personNouns = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.personNouns))
export const ageBandBefore = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.ageBandBefore))
export const phoneCues = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.phoneCues))
export const levelVerbs: Record<LanguageCode, Set<string>> = perLanguage((vocabulary) => new Set(vocabulary.levelVerbs))
export const levelAdverbs: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.levelAdverbs))
export const ordinalMagnitudes = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.ordinalMagnitudes))
export const temperatureWords: Record<LanguageCode, Set<string>> = perLanguage((vocabulary) => new Set(vocabulary.temperatureWords))
export const stockIndexWords: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.stockIndexWords))
export const othersWords = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.othersWords))
export const singleWords = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.singleWords))
/** Emergency and service numbers: after a phone cue they are dialled, not counted ("chiamare il 112", "call 911"). */
export const emergencyNumbers = new Set([112, 113, 114, 115, 116, 117, 118, 1515, 1522, 911, 999])

// ---------------------------------------------------------------------------------------------
// Dates, times, identifiers: numbers that are not quantities.

export const monthNumbers = new Map(wordsOfAllLanguages((vocabulary) => vocabulary.months))
/** Month words that are also ordinary words: a date only with a day or year next to them. */
export const ambiguousMonthWords = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.ambiguousMonthWords))
export const weekdays = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.weekdays))
/** Words before a year ("nel 2024", "since 2023"): with them a four-digit number is a year even before a noun. */
export const yearCues = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.yearCues))
/** Words after which a small number is a clock time ("alle 7", "le 10", "at 7"). */
export const clockCues = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.clockCues))
export const clockAfter = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.clockAfter))
/** Nouns that make the number after them an identifier ("risoluzioni 2375 e 2397", "Article 5", "page 3"). */
export const identifierNouns = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.identifierNouns))

/** Glued suffixes that mark an ordinal ("14°", "1st", "3rd", "2nda"). */
export const ordinalSuffixes = new Set(['°', 'º', 'ª', 'st', 'nd', 'rd', 'th', 'esimo', 'esima', 'esimi', 'esime', 'simo', 'sima', 'mo', 'ma', 'a', 'o'])

/**
 * Text that is not the article. A claim in the same sentence as a cue is page furniture; the
 * strongest paywall cues reach their whole line ("Subscribe now. Only $1 a week."); a wire-service
 * note reaches only its own parentheses ("(ATTN: ADDS more details in last 5 paras)"), because the
 * story's lead follows on the same line. Cues are phrases a story itself rarely uses: "subscribers" or
 * "l'abbonamento ai mezzi" can be news, "Subscribe now" and "Iscriviti" cannot.
 */
export const pageFurnitureCues = [...new Map(wordsOfAllLanguages((vocabulary) => vocabulary.pageFurnitureCues))]

// ---------------------------------------------------------------------------------------------
// The counted noun phrase.

/**
 * Function words and common verbs: they end a counted noun phrase ("11.000 soldati in Russia",
 * "76 people were indicted") and can never be its head.
 */
export const stopWords: Record<LanguageCode, Set<string>> = perLanguage((vocabulary) => new Set(vocabulary.stopWords))
export const italianPrenominal = new Set(italianPrenominalWords)
export const italianPrenominalNouns = new Set(italianPrenominalNounWords)
export const italianPostnominal = new Set(italianPostnominalWords)
export { italianAdjectiveEnding } from '../language/italian'
export const englishPartitiveHeads = new Set(englishPartitiveHeadWords)
export const englishAttributiveAdjectives = new Set(englishAttributiveAdjectiveWords)
export const englishModelSuffixes = new Set(englishModelSuffixWords)

// ---------------------------------------------------------------------------------------------
// Attribution ("secondo l'IISS", "according to the report", "ha confermato il National Intelligence Service").

/** Phrases followed by the source. */
export const sourceBefore: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.sourceBefore))
/** Speech verbs that name the source before them ("Il NIS ha confermato") or after them (", ha detto Shoigu"). */
export const speechVerbs: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.speechVerbs))
/** Leading words dropped from a source ("l'IISS" → "IISS", "the report" → "report"). */
export const sourceDeterminers = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.sourceDeterminers))

// ---------------------------------------------------------------------------------------------
// Period: relative time words that stop a claim from taking a farther year ("l'anno scorso").

export const relativeTimePhrases: Record<LanguageCode, PhraseTable<true>> = perLanguage((vocabulary) => flagTable(vocabulary.relativeTimePhrases))
/** Words before a time expression that make it the start of an open period ("dal 2023", "since 2023"). */
export const periodStartCues = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.periodStartCues))
/** Words before a time expression that make it the end of a period ("fino al 2025", "until 2025", "by 2030"). */
export const periodEndCues = new Set(wordsOfAllLanguages((vocabulary) => vocabulary.periodEndCues))
