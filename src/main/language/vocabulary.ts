/**
 * What every language module tells the rest of Riscontro (issue 10, STYLE.md §14: language
 * knowledge lives once per language). Plain words and their meanings only: the claim extractor, the
 * aligner and the cleaner build their own lookup structures from them, so a word added here is seen
 * everywhere. Phrases are written as they appear in text ("non meno di", "at least").
 */
import type { ClaimChange, ClaimQualifier } from '../../shared/model'

export type LanguageCode = 'it' | 'en'

/** Where a page-furniture cue reaches: its whole line, its sentence, or its parentheses. */
export type FurnitureScope = 'line' | 'sentence' | 'parenthesis'

export interface Vocabulary {
  /** Words that multiply the number before them, with the power of ten ("4 milioni", "5.6 trillion"). */
  magnitudes: ReadonlyArray<readonly [string, number]>
  /** Magnitudes written glued to the digits only ("12mila", "5bn", "10k"). */
  gluedMagnitudes: ReadonlyArray<readonly [string, number]>
  /** "un milione e mezzo", "two and a half million". */
  halfAfterMagnitude: readonly string[]
  /** A half after a unit of time ("72 anni e mezzo", "due ore e mezza", "six years and a half"). */
  halfAfterUnit: readonly string[]
  /** Plural magnitude nouns of vague quantities and the power of ten one stands for ("migliaia di", "hundreds of"). */
  vagueMagnitudeNouns: ReadonlyArray<readonly [string, number]>
  /** What a vague plural may count without "di"/"of" ("dozens injured", "decine i feriti" is not written). */
  vagueCountedBare: readonly string[]
  /** Spans of time said as a phrase, with their value and time unit ("un quarto di secolo" 25 years). */
  durationPhrases: ReadonlyArray<readonly [string, number, string]>
  /** Words that may open a vague quantity without changing its band ("diverse centinaia", "several thousand"). */
  vagueOpeners: readonly string[]
  /** Singular magnitudes that are vague after an opener ("several hundred"). */
  vagueSingularMagnitudes: ReadonlyArray<readonly [string, number]>
  /** Collective numerals and the count they stand for ("una ventina" ≈ 20, "a dozen" ≈ 12). */
  approximateCollectives: ReadonlyArray<readonly [string, number]>
  /** Qualifier phrases before the number ("più di", "at least"), longest matched first. */
  qualifiersBefore: ReadonlyArray<readonly [string, ClaimQualifier]>
  /** Qualifier phrases after the number ("o più", "or so"). */
  qualifiersAfter: ReadonlyArray<readonly [string, ClaimQualifier]>
  /** Words opening a range, each with the words that may join its two ends ("tra … e", "from … to"). */
  rangeOpeners: ReadonlyArray<readonly [readonly string[], readonly string[]]>
  /** Joiners allowed without an opener ("due o tre", "5,000 to 6,000"). */
  rangeBareJoiners: readonly string[]
  /** Verbs of change: "salito da 3 a 5", "rose from 3% to 5%" are two values, not a range. */
  changeVerbs: readonly string[]
  /** Words around a result that make "1-3" a score, not a range ("lost 1-3", "a 1-3 defeat", "ha vinto 3-1"). */
  scoreCues: readonly string[]
  /** Words between the two numbers of a share written as a ratio ("3 su 10", "4 in 10", "one out of five"). */
  ratioJoiners: readonly string[]
  /** Currency names after the number, to ISO codes. */
  currencyNames: ReadonlyArray<readonly [string, string]>
  /** Words for a hundredth of a currency, with the currency ("40 cts" is 0.40 USD, "50 centesimi" 0.50 EUR). */
  centWords: ReadonlyArray<readonly [string, string]>
  /** Nouns of accounts whose bare figures are money in the article's currency ("Net profit 1,359,000", "fatturato 3,2 milioni"). */
  moneyNouns: readonly string[]
  /** Words that may stand between such a noun and its figure ("Oper net", "premium income", "utile netto"). */
  moneyNounModifiers: readonly string[]
  /**
   * Words naming a country whose currency a bare ambiguous name means: francs ("French", "Parigi") and
   * crowns ("Danish", "Svezia"). The country most named wins; otherwise the name's own code stays.
   */
  currencyCountryWords: ReadonlyArray<readonly [string, string]>
  /** Percent and percentage-point words, to "%" or "pp". */
  percentWords: ReadonlyArray<readonly [string, string]>
  /** Measure words, to canonical short units; time spans are measures too. */
  measureUnits: ReadonlyArray<readonly [string, string]>
  /** Words before a time span that make it a frequency, not a duration ("ogni due anni", "every four years"). */
  frequencyBefore: readonly string[]
  /** Phrases right before a number that make it a change, with its direction ("in calo del", "rose by"). */
  changeBefore: ReadonlyArray<readonly [string, ClaimChange]>
  /** Nouns right after a number and its unit that make it a change ("a 15 percent increase"). */
  changeAfter: ReadonlyArray<readonly [string, ClaimChange]>
  /** Phrases right before a number of years that make it an age ("aged 52", "all'età di 72"). */
  ageBefore: readonly string[]
  /** Phrases right after a number of years that make it an age ("52 years old"). */
  ageAfter: readonly string[]
  /** People a "di N anni" describes: their N years are an age ("un uomo di 72 anni"). */
  personNouns: readonly string[]
  /** Words before "over 70", "under 18" that make it an age band, not a bound ("gli over 70", "people over 70"). */
  ageBandBefore: readonly string[]
  /** Words before a number that make it a phone or emergency number ("chiamare il 112", "call 911"). */
  phoneCues: readonly string[]
  /** Verbs that put a figure after its counted thing ("total visitors reached 6,507,483", "i contagi salgono a 34"). */
  levelVerbs: readonly string[]
  /** Adverbs between a counted thing and the verb of its figure, or before a leading figure ("i guariti finora sono 21.029", "sono in tutto 58mila i casi"). */
  levelAdverbs: readonly string[]
  /** Ordinals of a magnitude after a number: "the 50 millionth car", "il 10 milionesimo visitatore" name one thing, not a count. */
  ordinalMagnitudes: readonly string[]
  /** Words of fever: a bare figure from 34 to 43 with decimals near them is a body temperature ("37,5 di febbre"). */
  temperatureWords: readonly string[]
  /** Stock indexes: a bare figure they reach is a level in points ("the Dow Industrials stood at 2417", "l'indice ha chiuso a quota 22.150"). */
  stockIndexWords: readonly string[]
  /** "four others", "cinque altri": a count whose counted thing is named earlier. */
  othersWords: readonly string[]
  /** Words that make a lone "one"/"un" a count of one ("un solo testimone", "a single witness"). */
  singleWords: readonly string[]
  /** Month names and abbreviations, with the month's number. */
  months: ReadonlyArray<readonly [string, number]>
  /** Month words that are also ordinary words: a date only with a day or year next to them. */
  ambiguousMonthWords: readonly string[]
  weekdays: readonly string[]
  /** Words before a year ("nel 2024", "since 2023"). */
  yearCues: readonly string[]
  /** Words after which a small number is a clock time ("alle 7", "at 7"). */
  clockCues: readonly string[]
  /** Words after a clock time ("7 pm", "0900 gmt"). */
  clockAfter: readonly string[]
  /** Nouns that make the number after them an identifier ("risoluzione 2375", "Article 5"). */
  identifierNouns: readonly string[]
  /** Phrases of page furniture (paywalls, cookie notes, wire-service notes) and how far each reaches. */
  pageFurnitureCues: ReadonlyArray<readonly [string, FurnitureScope]>
  /** Function words and common verbs: they end a counted noun phrase and are never its head. */
  stopWords: readonly string[]
  /** Auxiliaries of a passive or a perfect ("sono stati uccisi", "were killed"): what follows is said of the subject. */
  auxiliaries: readonly string[]
  /** Phrases followed by the source ("secondo", "according to"). */
  sourceBefore: readonly string[]
  /** Speech verbs that name the source before or after them ("ha confermato", "said"). */
  speechVerbs: readonly string[]
  /** Leading words dropped from a source ("l'IISS" → "IISS", "the report" → "report"). */
  sourceDeterminers: readonly string[]
  /** Relative time phrases that stop a claim from taking a farther year ("l'anno scorso", "last year"). */
  relativeTimePhrases: readonly string[]
  /** Words before a time expression that make it the start of an open period ("dal 2023", "since 2023"). */
  periodStartCues: readonly string[]
  /** Words before a time expression that make it the end of a period ("fino al 2025", "by 2030"). */
  periodEndCues: readonly string[]
}
