/**
 * The words the claim recognizers know, per language. Everything language-specific lives here so the
 * grammar in the recognizers stays the same for Italian and English. Phrases are written as they
 * appear in text and tokenized with the same tokenizer as the article, then matched longest first
 * ("non meno di" before "meno di"). `und` and languages without a lexicon use both lists.
 */
import type { ClaimQualifier } from '../../shared/api'
import { tokenize, type TokenizeOptions } from './tokenize'

export type LexiconLanguage = 'it' | 'en'

export function lexiconLanguagesFor(language: string): LexiconLanguage[] {
  if (language === 'it') return ['it']
  if (language === 'en') return ['en']
  return ['it', 'en']
}

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

// ---------------------------------------------------------------------------------------------
// Magnitudes: words that multiply the number before them ("4 milioni", "5.6 trillion", "12mila").

export const magnitudeWords = new Map<string, number>([
  // Italian
  ['mila', 3], ['mille', 3], ['milione', 6], ['milioni', 6], ['mln', 6], ['miliardo', 9], ['miliardi', 9], ['mld', 9], ['mrd', 9],
  ['bilione', 12], ['bilioni', 12], ['trilione', 18], ['trilioni', 18],
  // English
  ['hundred', 2], ['thousand', 3], ['million', 6], ['millions', 6], ['mn', 6], ['billion', 9], ['bn', 9], ['trillion', 12], ['tn', 12],
  ['tln', 12], ['trn', 12]
])

/** Magnitudes written glued to the digits only ("5bn", "$3m", "10k", "12mila"). */
export const gluedMagnitudes = new Map<string, number>([
  ['mila', 3], ['k', 3], ['m', 6], ['mln', 6], ['mn', 6], ['bn', 9], ['b', 9], ['mld', 9], ['mrd', 9], ['tn', 12], ['tln', 12], ['trn', 12]
])

/** "un milione e mezzo", "1.5 million and a half" is not written; "two and a half million" is rare. */
export const halfAfterMagnitude = new PhraseTable<true>([['e mezzo', true], ['and a half', true]])

// ---------------------------------------------------------------------------------------------
// Vague quantities: "migliaia di soldati", "hundreds of thousands of shells".

/** Plural magnitude nouns and the power of ten one of them stands for. */
export const vagueMagnitudeNouns = new Map<string, number>([
  ['decine', 1], ['centinaia', 2], ['migliaia', 3], ['milioni', 6], ['miliardi', 9],
  ['tens', 1], ['dozens', 1], ['scores', 1], ['hundreds', 2], ['thousands', 3], ['millions', 6], ['billions', 9], ['trillions', 12]
])

/** Words that may open a vague quantity without changing its band ("diverse centinaia", "several thousand"). */
export const vagueOpeners = new Set([
  'diverse', 'diversi', 'numerose', 'numerosi', 'alcune', 'alcuni', 'varie', 'vari', 'molte', 'molti', 'parecchie', 'parecchi', 'poche', 'pochi',
  'qualche', 'several', 'many', 'some', 'few', 'various', 'numerous'
])

/** "several hundred", "a few thousand": a singular magnitude after an opener is vague too (English). */
export const vagueSingularMagnitudes = new Map<string, number>([['hundred', 2], ['thousand', 3], ['million', 6], ['billion', 9]])

/** Collective numerals: "una decina" ≈ 10, "un migliaio" ≈ 1000, "a dozen" ≈ 12. */
export const approximateCollectives = new Map<string, number>([
  ['decina', 10], ['dozzina', 12], ['ventina', 20], ['trentina', 30], ['quarantina', 40], ['cinquantina', 50], ['sessantina', 60],
  ['settantina', 70], ['ottantina', 80], ['novantina', 90], ['centinaio', 100], ['migliaio', 1000]
])

// ---------------------------------------------------------------------------------------------
// Qualifiers before the number ("più di", "at least") and after it ("o più", "or so").

const italianDiForms = ['di', "d'", 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'"]
const italianAForms = ['a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'"]
const italianArticles = ['', 'il', 'lo', 'la', 'i', 'gli', 'le', "l'"]

function withDi(base: string): string[] {
  return italianDiForms.map((form) => `${base} ${form}`)
}
function withA(base: string): string[] {
  return italianAForms.map((form) => `${base} ${form}`)
}
function withArticle(base: string): string[] {
  return italianArticles.map((article) => (article ? `${base} ${article}` : base))
}

const italianQualifiers: Array<[string[], ClaimQualifier]> = [
  [[...withArticle('circa'), ...withA('intorno'), ...withA('attorno'), "all'incirca", ...withArticle('approssimativamente'), ...withArticle('quasi'),
    ...withArticle('più o meno'), ...withArticle('pressappoco'), ...withArticle('grosso modo'), 'sui', 'sulle', 'sugli', ...withArticle('stimati'),
    ...withArticle('stimate'), 'una stima di'], 'approx'],
  [[...withArticle('almeno'), ...withArticle('ad almeno'), ...withDi('non meno'), ...withDi('un minimo'), ...withArticle('minimo'),
    ...withArticle('perlomeno'), ...withArticle('quantomeno'), ...withArticle('come minimo')], 'at_least'],
  [[...withDi('più'), ...withDi('poco più'), ...withDi('ben più'), ...withArticle('oltre'), ...withArticle('ben oltre'), ...withArticle('sopra'),
    ...withA('superiore'), ...withA('superiori')], 'more_than'],
  [[...withA('fino'), ...withA('sino'), ...withArticle('al massimo'), ...withDi('un massimo'), ...withDi('non più'), ...withArticle('non oltre'),
    ...withArticle('massimo')], 'at_most'],
  [[...withDi('meno'), ...withDi('poco meno'), ...withA('inferiore'), ...withA('inferiori'), ...withArticle('sotto'), ...withArticle('sotto i')], 'less_than']
]

const englishQualifiers: Array<[string[], ClaimQualifier]> = [
  [['about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'some', 'an estimated', 'estimated', 'close to', 'circa',
    'an approximate', 'just about', 'more or less', 'about the', 'around the'], 'approx'],
  [['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'at minimum'], 'at_least'],
  [['more than', 'over', 'upwards of', 'in excess of', 'above', 'just over', 'greater than', 'well over', 'well above', 'more than the'], 'more_than'],
  [['up to', 'as many as', 'as much as', 'at most', 'no more than', 'not more than', 'a maximum of', 'at the most'], 'at_most'],
  [['less than', 'fewer than', 'under', 'below', 'just under', 'just below', 'lower than', 'well under', 'well below'], 'less_than']
]

function qualifierTable(entries: Array<[string[], ClaimQualifier]>): PhraseTable<ClaimQualifier> {
  return new PhraseTable(entries.flatMap(([phrases, qualifier]) => phrases.map((phrase) => [phrase, qualifier] as const)))
}

export const qualifiersBefore: Record<LexiconLanguage, PhraseTable<ClaimQualifier>> = {
  it: qualifierTable(italianQualifiers),
  en: qualifierTable(englishQualifiers)
}

export const qualifiersAfter: Record<LexiconLanguage, PhraseTable<ClaimQualifier>> = {
  it: new PhraseTable<ClaimQualifier>([['o più', 'at_least'], ['e più', 'at_least'], ['e oltre', 'at_least'], ['o meno', 'at_most'], ['circa', 'approx']]),
  en: new PhraseTable<ClaimQualifier>([['or more', 'at_least'], ['and more', 'at_least'], ['or so', 'approx'], ['or fewer', 'at_most'], ['or less', 'at_most']])
}

// ---------------------------------------------------------------------------------------------
// Ranges: "tra X e Y", "da X a Y", "between X and Y", "from X to Y", "X-Y", "X to Y", "two or three".

export interface RangeWords {
  /** Words that open a range, with the words that may join its two ends (as folded words). */
  openers: PhraseTable<string[][]>
  /** Joiners allowed without an opener ("5,000 to 6,000 troops", "due o tre"). */
  bareJoiners: Set<string>
  /** Verbs of change: "salito da 3 a 5", "rose from 3% to 5%" are two values, not a range. */
  changeVerbs: Set<string>
}

function openers(entries: Array<[string[], string[]]>): PhraseTable<string[][]> {
  return new PhraseTable(entries.flatMap(([opening, joiners]) => opening.map((opener) => [opener, joiners.map(phraseWords)] as const)))
}

export const rangeWords: Record<LexiconLanguage, RangeWords> = {
  it: {
    openers: openers([
      [['tra', 'fra', 'tra i', 'fra i', 'tra le', 'fra le', 'tra il', 'fra il', "tra l'", "fra l'", 'tra gli', 'fra gli'], ['e', 'ed', 'e i', 'e le', 'e il', "e l'", 'e gli']],
      [['da', 'dai', 'dal', 'dalle', 'dagli', "dall'", 'dallo', 'dalla'], ['a', 'ad', 'ai', 'al', 'alle', 'agli', "all'", 'alla', 'allo', 'fino a', 'fino ai', 'fino al', 'fino alle']]
    ]),
    bareJoiners: new Set(['o', 'od']),
    changeVerbs: new Set([
      'salito', 'salita', 'saliti', 'salite', 'sceso', 'scesa', 'scesi', 'scese', 'passato', 'passata', 'passati', 'passate', 'aumentato', 'aumentata',
      'aumentati', 'aumentate', 'cresciuto', 'cresciuta', 'cresciuti', 'cresciute', 'calato', 'calata', 'calati', 'calate', 'diminuito', 'diminuita',
      'diminuiti', 'diminuite', 'ridotto', 'ridotta', 'ridotti', 'ridotte', 'balzato', 'balzata', 'crollato', 'crollata', 'sale', 'scende', 'passa',
      'cresce', 'cala', 'aumenta', 'diminuisce', 'salgono', 'scendono', 'passano', 'crescono', 'calano', 'aumentano', 'portato', 'portata', 'alzato',
      'alzata', 'abbassato', 'abbassata', 'rivisto', 'rivista', 'corretto', 'corretta'
    ])
  },
  en: {
    openers: openers([
      [['between', 'between the'], ['and', 'and the']],
      [['from'], ['to']]
    ]),
    bareJoiners: new Set(['to', 'or']),
    changeVerbs: new Set([
      'rose', 'risen', 'rise', 'rises', 'fell', 'fallen', 'fall', 'falls', 'increased', 'increase', 'increases', 'decreased', 'decrease', 'grew',
      'grown', 'grow', 'grows', 'dropped', 'drop', 'drops', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'declined', 'decline',
      'declines', 'slipped', 'slid', 'soared', 'surged', 'plunged', 'plummeted', 'raised', 'raise', 'raises', 'cut', 'cuts', 'lowered', 'lower',
      'boosted', 'expanded', 'shrank', 'narrowed', 'widened', 'up', 'down', 'revised', 'changed', 'moved', 'went', 'increasing', 'rising', 'falling'
    ])
  }
}

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
export const currencyNames: Record<LexiconLanguage, PhraseTable<string>> = {
  it: new PhraseTable<string>([
    ['dollari', 'USD'], ['dollaro', 'USD'], ['dollari americani', 'USD'], ['dollari statunitensi', 'USD'], ['dollari usa', 'USD'],
    ['dollari canadesi', 'CAD'], ['dollari australiani', 'AUD'], ['dollari di hong kong', 'HKD'], ['euro', 'EUR'], ['rubli', 'RUB'], ['rublo', 'RUB'],
    ['sterline', 'GBP'], ['sterlina', 'GBP'], ['won', 'KRW'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['franchi svizzeri', 'CHF'],
    ['grivne', 'UAH'], ['hryvnia', 'UAH'], ['rupie', 'INR'], ['lire turche', 'TRY'], ['lire', 'ITL'], ['zloty', 'PLN'], ['pesos', 'MXN'],
    ['shekel', 'ILS'], ['rupia', 'IDR'], ['rupie indonesiane', 'IDR'], ['corone', 'SEK'], ['franchi', 'CHF']
  ]),
  en: new PhraseTable<string>([
    ['dollars', 'USD'], ['dollar', 'USD'], ['dlrs', 'USD'], ['dlr', 'USD'], ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['canadian dollars', 'CAD'],
    ['australian dollars', 'AUD'], ['hong kong dollars', 'HKD'], ['euros', 'EUR'], ['euro', 'EUR'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'],
    ['rubles', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['won', 'KRW'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
    ['swiss francs', 'CHF'], ['francs', 'CHF'], ['rupees', 'INR'], ['hryvnias', 'UAH'], ['lira', 'TRY'], ['liras', 'TRY'], ['rupiah', 'IDR'],
    ['ringgit', 'MYR'], ['baht', 'THB'], ['pesos', 'MXN'], ['rand', 'ZAR'], ['shekels', 'ILS'], ['zlotys', 'PLN'], ['zloty', 'PLN'],
    ['dinars', 'DZD'], ['naira', 'NGN'], ['crowns', 'CZK'], ['kronor', 'SEK'], ['kroner', 'NOK'], ['reais', 'BRL'], ['riyals', 'SAR'],
    ['dirhams', 'AED'], ['australian dollar', 'AUD'], ['new taiwan dollars', 'TWD']
  ])
}

export const percentWords: Record<LexiconLanguage, PhraseTable<string>> = {
  it: new PhraseTable<string>([['per cento', '%'], ['percento', '%'], ['punti percentuali', 'pp'], ['punto percentuale', 'pp']]),
  en: new PhraseTable<string>([
    ['percent', '%'], ['per cent', '%'], ['pct', '%'], ['percentage points', 'pp'], ['percentage point', 'pp']
  ])
}

/** Measures, to canonical short units. Time spans are measures too ("undici ore", "46 months in prison"). */
export const measureUnits: Record<LexiconLanguage, PhraseTable<string>> = {
  it: new PhraseTable<string>([
    ['km', 'km'], ['chilometri', 'km'], ['chilometro', 'km'], ['kilometri', 'km'], ['metri', 'm'], ['metro', 'm'], ['cm', 'cm'], ['centimetri', 'cm'],
    ['mm', 'mm'], ['millimetri', 'mm'], ['kg', 'kg'], ['chili', 'kg'], ['chilogrammi', 'kg'], ['chilogrammo', 'kg'], ['grammi', 'g'],
    ['tonnellate', 't'], ['tonnellata', 't'], ['litri', 'l'], ['litro', 'l'], ['ettari', 'ha'], ['ettaro', 'ha'], ['miglia', 'mi'],
    ['miglia nautiche', 'nmi'], ['piedi', 'ft'], ['pollici', 'in'], ['libbre', 'lb'], ['barili', 'bbl'], ['barile', 'bbl'],
    ['chilometri quadrati', 'km2'], ['km quadrati', 'km2'], ['kmq', 'km2'], ['km2', 'km2'], ['metri quadrati', 'm2'], ['mq', 'm2'],
    ['metri cubi', 'm3'], ['megawatt', 'MW'], ['mw', 'MW'], ['gigawatt', 'GW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'],
    ['gwh', 'GWh'], ['twh', 'TWh'], ['nodi', 'kn'], ['gradi', '°'], ['gradi centigradi', '°C'], ['km orari', 'km/h'], ['chilometri orari', 'km/h'],
    ['km/h', 'km/h'], ['secondi', 's'], ['minuti', 'min'], ['minuto', 'min'], ['ore', 'h'], ['ora', 'h'], ['giorni', 'd'], ['giorno', 'd'],
    ['settimane', 'week'], ['settimana', 'week'], ['mesi', 'month'], ['mese', 'month'], ['anni', 'year'], ['anno', 'year'], ['decenni', 'decade'],
    ['decennio', 'decade'], ['secoli', 'century'], ['secolo', 'century'], ['enne', 'year']
  ]),
  en: new PhraseTable<string>([
    ['km', 'km'], ['kilometers', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometre', 'km'], ['meters', 'm'], ['metres', 'm'],
    ['meter', 'm'], ['metre', 'm'], ['cm', 'cm'], ['centimeters', 'cm'], ['centimetres', 'cm'], ['mm', 'mm'], ['millimeters', 'mm'],
    ['millimetres', 'mm'], ['kg', 'kg'], ['kilograms', 'kg'], ['kilogrammes', 'kg'], ['kilos', 'kg'], ['grams', 'g'], ['tons', 't'], ['tonnes', 't'],
    ['ton', 't'], ['tonne', 't'], ['metric tons', 't'], ['liters', 'l'], ['litres', 'l'], ['gallons', 'gal'], ['hectares', 'ha'], ['acres', 'acre'],
    ['miles', 'mi'], ['mile', 'mi'], ['nautical miles', 'nmi'], ['feet', 'ft'], ['foot', 'ft'], ['ft', 'ft'], ['inches', 'in'], ['inch', 'in'],
    ['pounds', 'lb'], ['lbs', 'lb'], ['lb', 'lb'], ['barrels', 'bbl'], ['barrel', 'bbl'], ['bpd', 'bbl/d'], ['barrels per day', 'bbl/d'],
    ['square kilometers', 'km2'], ['square kilometres', 'km2'], ['sq km', 'km2'], ['square miles', 'mi2'], ['square meters', 'm2'],
    ['square metres', 'm2'], ['square feet', 'ft2'], ['megawatts', 'MW'], ['megawatt', 'MW'], ['mw', 'MW'], ['gigawatts', 'GW'], ['gw', 'GW'],
    ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['knots', 'kn'], ['degrees', '°'], ['degrees celsius', '°C'],
    ['degrees fahrenheit', '°F'], ['mph', 'mph'], ['km/h', 'km/h'], ['seconds', 's'], ['second', 's'], ['minutes', 'min'], ['minute', 'min'],
    ['hours', 'h'], ['hour', 'h'], ['days', 'd'], ['day', 'd'], ['weeks', 'week'], ['week', 'week'], ['months', 'month'], ['month', 'month'],
    ['years', 'year'], ['year', 'year'], ['decades', 'decade'], ['decade', 'decade'], ['centuries', 'century'], ['century', 'century']
  ])
}

/** Units written glued to the digits ("170mm", "50kg", "24h", "17enne"): short forms only. */
export const gluedUnits = new Map<string, string>([
  ['km', 'km'], ['m', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['g', 'g'], ['t', 't'], ['mw', 'MW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'],
  ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['km2', 'km2'], ['mq', 'm2'], ['ha', 'ha'], ['h', 'h'], ['min', 'min'], ['mph', 'mph'], ['ft', 'ft'],
  ['lb', 'lb'], ['lbs', 'lb'], ['bpd', 'bbl/d'], ['enne', 'year'], ['kmh', 'km/h']
])

/** Time units: a span of them is a time frame ("quattro anni fa", "in the past three years"), not a claim. */
export const timeUnits = new Set(['s', 'min', 'h', 'd', 'week', 'month', 'year', 'decade', 'century'])

/** Words around a time span that make it a time frame rather than an asserted quantity. */
export const timeFrameBefore = new Set([
  'ultimi', 'ultime', 'prossimi', 'prossime', 'scorsi', 'scorse', 'primi', 'prime', 'dopo', 'entro', 'tra', 'fra', 'nei', 'negli', 'nelle', 'in',
  'giro', 'last', 'past', 'next', 'previous', 'first', 'after', 'within', 'coming', 'following', 'recent', 'every', 'ogni', 'each'
])
export const timeFrameAfter = new Set(['fa', 'prima', 'dopo', 'ago', 'later', 'earlier', 'before', 'after', 'prior', 'since'])

// ---------------------------------------------------------------------------------------------
// Dates, times, identifiers: numbers that are not quantities.

export const monthNumbers = new Map<string, number>([
  ['gennaio', 1], ['febbraio', 2], ['marzo', 3], ['aprile', 4], ['maggio', 5], ['giugno', 6], ['luglio', 7], ['agosto', 8], ['settembre', 9],
  ['ottobre', 10], ['novembre', 11], ['dicembre', 12], ['gen', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['mag', 5], ['giu', 6], ['lug', 7], ['ago', 8],
  ['set', 9], ['sett', 9], ['ott', 10], ['nov', 11], ['dic', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9],
  ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb.', 2], ['sept', 9], ['sep', 9], ['oct', 10], ['dec', 12], ['aug', 8],
  ['jun', 6], ['jul', 7]
])

/** Month words that are also ordinary words: a date only with a day or year next to them. */
export const ambiguousMonthWords = new Set(['may', 'march', 'mar', 'set', 'ago', 'mag', 'gen', 'sett', 'jan', 'sep', 'dec', 'nov', 'feb', 'apr', 'oct', 'aug', 'jun', 'jul', 'giu', 'lug', 'ott', 'dic'])

export const weekdays = new Set([
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])

/** Words before a year ("nel 2024", "since 2023"): with them a four-digit number is a year even before a noun. */
export const yearCues = new Set([
  // Italian years take the article ("il 2050", "tra il 1377 e il 1380"); counts never take a singular one.
  'il', 'nel', 'dal', 'del', 'al', 'entro', 'anno', "nell'", "dall'", 'sino', 'fino', 'estate', 'inverno', 'primavera', 'autunno', 'inizio', 'fine',
  'metà', 'in', 'since', 'by', 'from', 'of', 'until', 'till', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'early', 'late', 'mid',
  'through', 'before', 'after', 'during', 'circa', 'anni', 'years', 'season', 'stagione', 'fiscal', 'fy', 'class'
])

/** Words after which a small number is a clock time ("alle 7", "le 10", "at 7"). */
export const clockCues = new Set(['alle', 'le', 'ore', 'dalle', 'entro le', 'verso le', 'at'])
export const clockAfter = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'cet', 'et', 'est', 'kst', 'pst', 'edt'])

/** Nouns that make the number after them an identifier ("risoluzioni 2375 e 2397", "Article 5", "page 3"). */
export const identifierNouns = new Set([
  'risoluzione', 'risoluzioni', 'articolo', 'articoli', 'art', 'comma', 'commi', 'legge', 'decreto', 'numero', 'n', 'nr', 'num', 'pagina', 'pagine',
  'pag', 'p', 'pp', 'volo', 'voli', 'linea', 'sezione', 'capitolo', 'paragrafo', 'versione', 'modello', 'tipo', 'serie', 'codice', 'canale', 'stanza',
  'camera', 'lotto', 'gate', 'binario', 'autostrada', 'statale', 'provinciale', 'via', 'viale', 'piazza', 'corso', 'civico', 'interno', 'cap', 'tel',
  'fax', 'id', 'punto', 'fase', 'livello', 'categoria', 'grado', 'quota', 'seggio', 'collegio', 'distretto', 'regione', 'zona', 'settore',
  'resolution', 'resolutions', 'article', 'articles', 'section', 'sections', 'chapter', 'paragraph', 'clause', 'page', 'pages', 'flight', 'route',
  'highway', 'interstate', 'version', 'model', 'type', 'series', 'code', 'channel', 'room', 'gate', 'platform', 'number', 'no', 'nos', 'district',
  'precinct', 'ward', 'level', 'category', 'phase', 'stage', 'grade', 'step', 'rule', 'amendment', 'title', 'form', 'docket', 'case', 'bill', 'act',
  'exhibit', 'appendix', 'figure', 'fig', 'table', 'tabella', 'figura', 'allegato', 'edizione', 'edition', 'issue', 'vol', 'volume', 'tomo', 'lane',
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'box', 'suite', 'unit', 'apt', 'row', 'fila', 'posto', 'seat', 'squadra', 'maglia', 'jersey',
  'classe', 'class', 'atto', 'protocollo', 'pratica', 'ruolo', 'sentenza', 'ordinanza', 'circolare', 'dpcm', 'dl', 'dlgs', 'calibro', 'caliber', 'calibre'
])

/** Glued suffixes that mark an ordinal ("14°", "1st", "3rd", "2nda"). */
export const ordinalSuffixes = new Set(['°', 'º', 'ª', 'st', 'nd', 'rd', 'th', 'esimo', 'esima', 'esimi', 'esime', 'simo', 'sima', 'mo', 'ma', 'a', 'o'])

/**
 * Text that is not the article (lowercase literals). A claim in the same sentence as a cue is page
 * furniture; the strongest paywall cues reach their whole line ("Subscribe now. Only $1 a week."); a
 * wire-service note reaches only its own parentheses ("(ATTN: ADDS more details in last 5 paras)"),
 * because the story's lead follows on the same line. Cues are phrases a story itself rarely uses:
 * "subscribers" or "l'abbonamento ai mezzi" can be news, "Subscribe now" and "Iscriviti" cannot.
 */
export type FurnitureScope = 'line' | 'sentence' | 'parenthesis'
export const pageFurnitureCues: ReadonlyArray<readonly [string, FurnitureScope]> = [
  ['di questo articolo', 'line'], ['of this article', 'line'], ['iscriviti', 'line'], ['subscribe now', 'line'], ['ascolta ora', 'line'],
  ['listen to this article', 'line'], ['questo articolo è riservato', 'line'], ['this article is for subscribers', 'line'],
  ['abbonamenti', 'sentence'], ['abbonati a', 'sentence'], ['abbonati ora', 'sentence'], ['sei già abbonato', 'sentence'],
  ['abbonamento digitale', 'sentence'], ['registrati per', 'sentence'], ['accedi per', 'sentence'], ['continua a leggere', 'sentence'],
  ['leggi anche', 'sentence'], ['prova gratis', 'sentence'], ['subscribe to', 'sentence'], ['subscribe for', 'sentence'],
  ['already a subscriber', 'sentence'], ['sign up for', 'sentence'], ['sign up to', 'sentence'], ['sign in to', 'sentence'],
  ['log in to', 'sentence'], ['free trial', 'sentence'], ['continue reading', 'sentence'], ['read more', 'sentence'], ['newsletter', 'sentence'],
  ['cookie', 'sentence'], ['privacy policy', 'sentence'], ['all rights reserved', 'sentence'], ['tutti i diritti riservati', 'sentence'],
  ['©', 'sentence'], ['copyright', 'sentence'], ['share this', 'sentence'], ['condividi su', 'sentence'], ['(attn:', 'parenthesis']
]

// ---------------------------------------------------------------------------------------------
// The counted noun phrase.

/**
 * Function words and common verbs: they end a counted noun phrase ("11.000 soldati in Russia",
 * "76 people were indicted") and can never be its head.
 */
export const stopWords: Record<LexiconLanguage, Set<string>> = {
  it: new Set([
    'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'di', "d'", 'a', 'ad', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del',
    'dello', 'della', 'dei', 'degli', 'delle', "dell'", 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'dal', 'dallo', 'dalla', 'dai', 'dagli',
    'dalle', "dall'", 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', "nell'", 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', "sull'", 'col',
    'coi', 'e', 'ed', 'o', 'od', 'ma', 'che', 'se', 'come', 'quando', 'mentre', 'perché', 'però', 'anche', 'né', 'cui', 'quale', 'quali', 'questo',
    'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'li', 'ne', 'ci', 'vi', 'si', 'mi', 'ti', 'loro', 'suo', 'sua', 'suoi',
    'sue', 'non', 'più', 'meno', 'già', 'ancora', 'solo', 'soltanto', 'circa', 'quasi', 'oltre', 'almeno', 'poi', 'sempre', 'mai', 'molto',
    'tanto', 'poco', 'ben', 'bene', 'ora', 'è', 'sono', 'era', 'erano', 'fu', 'furono', 'sarà', 'saranno', 'sia', 'siano', 'stato', 'stata',
    'stati', 'state', 'essere', 'ha', 'hanno', 'aveva', 'avevano', 'avrà', 'avranno', 'abbia', 'abbiano', 'avere', 'fa', 'fanno', 'può', 'possono',
    'deve', 'devono', 'viene', 'vengono', 'risulta', 'risultano', 'sembra', 'sembrano', 'resta', 'restano', 'contro', 'verso', 'sopra', 'sotto',
    'dopo', 'prima', 'durante', 'secondo', 'entro', 'fino', 'presso', 'senza', 'dentro', 'fuori', 'ogni', 'tutti', 'tutte', 'tutto', 'tutta',
    'altri', 'altre', 'altro', 'altra', 'nessuno', 'ciascuno', 'cioè', 'ossia', 'ovvero', 'dove', 'chi', 'cosa', 'qui', 'qua', 'lì', 'là',
    'sì', 'no', 'dunque', 'quindi', 'infatti', 'inoltre', 'tuttavia', 'invece', 'oppure', 'nonché', 'ecc', 'così', 'tale', 'tali', 'stesso',
    'stessi', 'stesse', 'proprio', 'propri', 'ciò', 'esso', 'essi', 'esse', 'lui', 'lei', 'noi', 'voi', 'io', 'tu', 'mio', 'tuo', 'nostro',
    'vostro', 'nostri', 'vostri', 'ha', 'ho', 'hai', 'abbiamo', 'avete', 'siamo', 'siete', 'sei', 'c', "c'", 'ecco', 'fino', 'volta', 'contenenti',
    'compresi', 'comprese', 'inclusi', 'incluse', 'tratta', 'riguarda', 'ogni', 'rispetto', 'dall', 'nell', 'dell', 'all', 'sull', 'pari', 'contro'
  ]),
  en: new Set([
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'around',
    'as', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'this',
    'these', 'those', 'it', 'its', 'they', 'them', 'their', 'there', 'here', 'his', 'her', 'he', 'she', 'we', 'us', 'our', 'you', 'your', 'i',
    'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should',
    'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'more', 'less', 'most', 'least', 'many', 'much', 'some', 'any', 'each', 'every',
    'all', 'both', 'either', 'neither', 'such', 'only', 'just', 'very', 'said', 'says', 'say', 'told', 'according', 'including', 'per', 'vs',
    'versus', 'plus', 'minus', 'up', 'down', 'out', 'off', 'than', 'then', 'now', 'after', 'before', 'since', 'during', 'until', 'against',
    'between', 'among', 'amid', 'through', 'across', 'along', 'behind', 'beyond', 'despite', 'toward', 'towards', 'upon', 'via', 'within',
    'because', 'although', 'though', 'unless', 'whether', 'how', 'why', 'whereas', 'ago', 'later', 'earlier', 'last', 'next', 'other', 'another',
    'others', 'same', 'own', 'few', 'several', 'various', 'each', 'get', 'got', 'gets', 'went', 'go', 'goes', 'came', 'come', 'comes', 'made',
    'make', 'makes', 'took', 'take', 'takes', 'gave', 'give', 'gives', 'still', 'even', 'again', 'already', 'almost', 'nearly', 'about',
    'roughly', 'approximately', 'around', 'those', 'too', 'like', 'unlike', 'away', 'back', 'well', 'were', 'am', 'whereby', 'hence', 'thus',
    'there', 'what', 'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'one', 'ones', 'once', 'twice', 'times',
    'percent', 'per', 'mr', 'mrs', 'ms', 'dr',
    // Irregular past tenses: they end a counted phrase ("179 people lost", "179 victims wept").
    'lost', 'wept', 'fled', 'left', 'held', 'paid', 'sent', 'spent', 'built', 'began', 'saw', 'ran', 'fought', 'brought', 'bought', 'caught',
    'thought', 'kept', 'felt', 'found', 'stood', 'sat', 'lay', 'hid', 'flew', 'drove', 'rode', 'wrote', 'broke', 'spoke', 'chose', 'stole',
    'wore', 'shot', 'hit', 'hurt', 'put', 'set', 'let', 'shut', 'spread', 'quit', 'met', 'fell', 'rose', 'grew', 'won', 'knew', 'led', 'fed',
    'sold', 'struck', 'became', 'remain', 'remained', 'remains', 'face', 'faced', 'faces', 'plan', 'plans', 'planned', 'need', 'needs', 'want',
    'wants', 'live', 'work', 'died', 'arrived', 'including', 'such', 'total', 'per'
  ])
}

/** Italian words before the head noun that still belong to the phrase ("3.000 nuovi soldati"). */
export const italianPrenominal = new Set([
  'nuovi', 'nuove', 'ulteriori', 'veri', 'vere', 'presunti', 'presunte', 'ex', 'giovani', 'piccoli', 'piccole', 'grandi', 'potenziali',
  'possibili', 'principali', 'singoli', 'singole', 'diversi', 'diverse', 'interi', 'intere'
])

/** Italian adjectives after the head noun, beyond what the plural suffixes below catch. */
export const italianPostnominal = new Set([
  'russi', 'russe', 'tedeschi', 'tedesche', 'turchi', 'turche', 'greci', 'greche', 'europei', 'europee', 'nuovi', 'nuove', 'vecchi', 'vecchie',
  'giovani', 'piccoli', 'piccole', 'grandi', 'pesanti', 'leggeri', 'leggere', 'armati', 'armate', 'blindati', 'corazzati', 'feriti', 'ferite',
  'morti', 'morte', 'uccisi', 'uccise', 'dispersi', 'disperse', 'arrestati', 'arrestate', 'indagati', 'indagate', 'rimpatriati', 'rimpatriate',
  'stranieri', 'straniere', 'occidentali', 'orientali', 'totali', 'complessivi', 'complessive', 'effettivi', 'effettive', 'ucraini', 'ucraine',
  'palestinesi', 'israeliani', 'cinesi', 'coreani', 'nordcoreani', 'sudcoreani', 'regolari', 'aggiuntivi', 'aggiuntive', 'anziani', 'anziane',
  'minorenni', 'positivi', 'positive', 'guariti', 'guarite', 'contagiati', 'contagiate', 'ricoverati', 'ricoverate', 'intubati', 'deceduti',
  'decedute', 'sfollati', 'sfollate', 'senzatetto', 'iscritti', 'iscritte', 'registrati', 'registrate', 'occupati', 'occupate', 'disoccupati',
  'venduti', 'vendute', 'prodotti', 'prodotte', 'esportati', 'importati', 'stimati', 'stimate', 'previsti', 'previste', 'schierati', 'schierate',
  'impiegati', 'impiegate', 'inviati', 'inviate', 'forniti', 'fornite', 'consegnati', 'consegnate', 'lanciati', 'lanciate', 'abbattuti',
  'abbattute', 'distrutti', 'distrutte', 'catturati', 'catturate'
])

/** Plural adjective endings (counted things are plural): "balistici", "nordcoreani", "militari", "civili". */
export const italianAdjectiveEnding =
  /(?:ici|iche|ali|esi|ani|ane|ivi|ive|ari|arie|isti|iste|osi|ose|ili|ensi|eri|istici|istiche|ali|ei|ee|ori|rici|riche|tici|tiche|nici|niche|ziali)$/

/**
 * English nouns whose counted thing is the "of" phrase after them ("4 million rounds of ammunition",
 * "tons of rice" is a measure): the phrase is kept whole, the head stays the first noun.
 */
export const englishPartitiveHeads = new Set(['rounds', 'pieces', 'units', 'items', 'members', 'batches', 'boxes', 'shipments', 'containers', 'sets'])

// ---------------------------------------------------------------------------------------------
// Attribution ("secondo l'IISS", "according to the report", "ha confermato il National Intelligence Service").

/** Phrases followed by the source. */
export const sourceBefore: Record<LexiconLanguage, PhraseTable<true>> = {
  it: new PhraseTable<true>(
    [
      'secondo', 'stando a', 'a detta di', 'come riferito da', 'come riportato da', 'come ha spiegato', 'come spiega', 'secondo quanto riportato da',
      'secondo quanto riferito da', 'secondo quanto reso noto da', 'secondo quanto riportato dal', 'secondo quanto riportato dalla', 'secondo quanto riferisce',
      'secondo quanto riporta', 'secondo le stime di', 'secondo le stime del', 'secondo le stime della', 'secondo i dati di', 'secondo i dati del',
      'secondo i dati della', 'secondo fonti', 'riferisce', 'riporta', 'scrive', 'fa sapere', 'secondo quanto scrive', 'secondo quanto afferma',
      'secondo quanto dichiarato da', 'secondo quanto comunicato da', 'stando ai dati di', 'stando ai dati del'
    ].map((phrase) => [phrase, true] as const)
  ),
  en: new PhraseTable<true>(
    ['according to', 'as reported by', 'reported by', 'estimates by', 'data from', 'figures from', 'a report by', 'a report from'].map(
      (phrase) => [phrase, true] as const
    )
  )
}

/** Speech verbs that name the source before them ("Il NIS ha confermato") or after them (", ha detto Shoigu"). */
export const speechVerbs: Record<LexiconLanguage, PhraseTable<true>> = {
  it: new PhraseTable<true>(
    [
      'ha confermato', 'hanno confermato', 'ha detto', 'hanno detto', 'ha dichiarato', 'hanno dichiarato', 'ha affermato', 'hanno affermato',
      'ha riferito', 'hanno riferito', 'ha reso noto', 'hanno reso noto', 'ha annunciato', 'hanno annunciato', 'ha spiegato', 'hanno spiegato',
      'ha scritto', 'hanno scritto', 'ha stimato', 'hanno stimato', 'ha riportato', 'hanno riportato', 'ha rivelato', 'hanno rivelato',
      'ha menzionato', 'ha comunicato', 'hanno comunicato', 'ha precisato', 'ha sottolineato', 'ha ammesso', 'ha denunciato', 'ha sostenuto',
      // Present tenses that are not also nouns or adjectives ("la stima", "una conferma", "precisa" are left out).
      'afferma', 'affermano', 'sostiene', 'sostengono', 'dichiara', 'stimano', 'confermano', 'rivela', 'rivelano', 'riferiscono', 'scrivono',
      'annuncia', 'comunica', 'spiega'
    ].map((phrase) => [phrase, true] as const)
  ),
  en: new PhraseTable<true>(
    [
      // Only verb forms that are rarely nouns: "claims", "reports", "estimates", "states" are left out.
      'said', 'says', 'say', 'told', 'reported', 'estimated', 'announced', 'confirmed', 'wrote', 'stated', 'claimed', 'noted', 'added',
      'revealed', 'disclosed', 'has said', 'have said', 'has confirmed', 'have confirmed', 'has estimated', 'have estimated', 'has reported',
      'have reported'
    ].map((phrase) => [phrase, true] as const)
  )
}

/** Leading words dropped from a source ("l'IISS" → "IISS", "the report" → "report"). */
export const sourceDeterminers = new Set(["l'", 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', "un'", 'una', 'uno', 'the', 'a', 'an', 'quanto'])

// ---------------------------------------------------------------------------------------------
// Period: relative time words that stop a claim from taking a farther year ("l'anno scorso").

export const relativeTimePhrases: Record<LexiconLanguage, PhraseTable<true>> = {
  it: new PhraseTable<true>(
    [
      "l'anno scorso", 'lo scorso anno', "quest'anno", "l'anno prossimo", 'il prossimo anno', "l'anno precedente", 'lo stesso anno', 'ieri', 'oggi',
      'stamattina', 'stanotte', 'domani', 'la settimana scorsa', 'il mese scorso', 'lo scorso mese', 'questo mese', 'questa settimana',
      "nell'ultimo anno", 'negli ultimi mesi', 'nelle ultime settimane', 'negli ultimi giorni'
    ].map((phrase) => [phrase, true] as const)
  ),
  en: new PhraseTable<true>(
    [
      'last year', 'this year', 'next year', 'a year earlier', 'a year ago', 'the previous year', 'the same year', 'yesterday', 'today', 'tomorrow',
      'last week', 'this week', 'last month', 'this month', 'next month', 'the past year', 'in recent months', 'in recent weeks'
    ].map((phrase) => [phrase, true] as const)
  )
}

/** Words before a time expression that make it the start of an open period ("dal 2023", "since 2023"). */
export const periodStartCues = new Set(['dal', "dall'", 'dalla', 'dallo', 'dai', 'since', 'da', 'partire'])
/** Words before a time expression that make it the end of a period ("fino al 2025", "until 2025", "by 2030"). */
export const periodEndCues = new Set(['fino', 'entro', 'sino', 'until', 'till', 'through', 'by'])
