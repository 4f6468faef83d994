/**
 * Numeric claims of an article (issue 3): the quantities it asserts about the world — counts,
 * money, percentages, measures — normalized, each with its span, sentence, source and period.
 *
 * Built like chrono-node: small recognizers each read one idea (a number, a magnitude, a unit, a
 * counted noun, a qualifier, a range), then refiners reject what is not a quantity (years, dates,
 * clock times, model names, identifiers, ordinals, page furniture) and attach sentence context.
 * Kinds: counts, money, percentages, measures, ages ("un 34enne") and durations ("in 72 ore"); a
 * claim that states a change ("in calo del 7,5%", "+4%") says so in `change`.
 * Pure and deterministic: the same text and options always give the same claims, ids and order.
 *
 * Bounds (`low`/`high`), chosen so that comparing claims never needs the qualifier to be re-read:
 * - exact and approx ("circa 12.000"): low = high = value (no band is invented; alignment applies its own tolerance);
 * - at_least, more_than ("almeno 100", "più di 4 milioni"): low = value, high = null;
 * - at_most, less_than ("fino a otto milioni"): low = null, high = value;
 * - range ("tra 1,7 e 5,5 miliardi"): value = null, low and high the two ends;
 * - vague ("migliaia di soldati"): value = null, low/high the band the wording implies (see recognize-numbers).
 */
import { hash } from 'node:crypto'
import type { Claim } from '../../shared/model'
import { applyCents, live, type Candidate, type SentenceContext } from './candidate'
import { decimalToNumber, isIntegerDecimal, type ExactDecimal } from './exact-decimal'
import { languagesFor } from '../language'
import { ambiguousCurrencyFamilies, ambiguousMonthWords, currencyCountryPattern, currencyCountryWords } from './lexicon'
import { numberFormatFor } from './parse-digits'
import { recognizeChanges, recognizeSigns } from './recognize-changes'
import { recognizeNumbers } from './recognize-numbers'
import { attachQualifierAfter, attachQualifierBefore, inheritConversionQualifier } from './recognize-qualifiers'
import { combineRanges } from './recognize-ranges'
import { combineRatios } from './recognize-ratios'
import { attachBodyTemperature, attachIndexLevel, attachSubject, attachSubjectBefore, attachUnit, combineDurations, figuresAfterMoneyNouns, inheritAcrossComparison, inheritComparedUnits } from './recognize-units'
import { assignPeriods, findSource, inheritSubjects, recognizeTimeExpressions } from './refine-context'
import { findPageFurniture, recognizeAges, rejectByMeaning, rejectByShape, rejectTableCells, rejectUncountedWords } from './refine-rejections'
import { splitSentences } from './split-sentences'
import { tokenize, type Token } from './tokenize'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'

export interface ExtractClaimsOptions {
  articleId: string
  /** ISO 639-1 code of the article ('it', 'en', or 'und'); it decides the number format and the word lists. */
  language: string
}

/**
 * Cheap test for a sentence worth tokenizing: a digit, or the start of a number word or magnitude in
 * either language. Most of an article's sentences hold one, but headings and short lines often do not.
 */
const quantityHint =
  /\d|\b(?:due|tre|quattr|cinqu|sei|sett|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|dicia|vent|trent|quarant|cinquant|sessant|settant|ottant|novant|cent|mille|mila|milion|miliard|migliai|decin|dozzin|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|tens|scores|sol[oa]\b|unic[oa]\b|single\b|lone\b|sole\b|quarto\b|quarter\b|mezzo\b|half\b)/i

export function mayHoldQuantity(sentence: string): boolean {
  return quantityHint.test(sentence)
}

/**
 * Limits per article (issue 15): a 2 MB file holding 100,000 figures in one sentence overflowed the
 * stack here and then stalled the comparison for minutes. The largest counts in our 17,000-article
 * corpus are about 1,100 figures in a file and 230 in a sentence.
 */
export const MAX_FIGURES_PER_ARTICLE = 5_000
export const MAX_FIGURES_PER_SENTENCE = 500

/** The text holds more figures than an article can; the message says which limit, for the file's listing. */
export class FigureLimitError extends Error {
  override name = 'FigureLimitError'
  constructor(readonly problem: UserMessage) {
    super(problem.message)
  }
}

/** A figure as written: digits with their thousands and decimal separators ("11.000", "1,7"). */
const figure = /\d+(?:[.,]\d+)*/g

function countFigures(text: string): number {
  let count = 0
  for (figure.lastIndex = 0; figure.test(text); ) count++
  return count
}

export function extractClaims(text: string, options: ExtractClaimsOptions): Claim[] {
  if (countFigures(text) > MAX_FIGURES_PER_ARTICLE) {
    throw new FigureLimitError(userMessage('tooManyFigures', { limit: MAX_FIGURES_PER_ARTICLE }))
  }
  const languages = languagesFor(options.language)
  const format = numberFormatFor(options.language, text)
  const tokenizeOptions = { splitElisions: languages.includes('it'), spaceGroupsThousands: format === 'it' }
  const furnitureAt = findPageFurniture(text)
  const claims: Claim[] = []
  const impliedMoney = new Set<Claim>()
  for (const sentence of splitSentences(text)) {
    const sentenceText = text.slice(sentence.start, sentence.end)
    if (!mayHoldQuantity(sentenceText)) continue
    if (countFigures(sentenceText) > MAX_FIGURES_PER_SENTENCE) {
      throw new FigureLimitError(userMessage('tooManyFiguresInSentence', { limit: MAX_FIGURES_PER_SENTENCE }))
    }
    const readable = readableCase(sentenceText)
    const tokens = tokenize(readable, sentence.start, tokenizeOptions)
    if (readable !== sentenceText) keepMonthCapitals(tokens, text)
    const context: SentenceContext = { text, sentence, tokens, words: tokens.map((token) => token.lower), languages, format, furnitureAt }
    // One at a time: spreading a sentence's claims as arguments overflowed the stack past ~100,000.
    for (const claim of extractFromSentence(context, options.articleId, impliedMoney)) claims.push(claim)
  }
  assignArticleCurrency(claims, impliedMoney)
  assignAmbiguousCurrencies(text, claims)
  return assignClaimIds(claims)
}

/**
 * A bare "francs" is read as Swiss and a bare "crowns" as the language's usual crown; in an article
 * that names another country of that currency more, it is that country's ("French group issues bonds
 * for 700 mln francs" is FRF, "Danish border imports rose by 600 mln crowns" DKK; issue 10).
 */
function assignAmbiguousCurrencies(text: string, claims: Claim[]): void {
  const bare = claims.filter((claim) => claim.kind === 'money' && ambiguousCurrencyFamilies.some((family) => family.has(claim.unit ?? '')) && !namesCurrencyCountry(claim.text))
  if (bare.length === 0) return
  const mentions = new Map<string, number>()
  for (const match of text.matchAll(currencyCountryPattern)) {
    const code = currencyCountryWords.get(match[0].toLowerCase())
    if (code) mentions.set(code, (mentions.get(code) ?? 0) + 1)
  }
  for (const claim of bare) {
    const family = ambiguousCurrencyFamilies.find((each) => each.has(claim.unit!))!
    let best = claim.unit!
    for (const [code, count] of mentions) if (family.has(code) && count > (mentions.get(best) ?? 0)) best = code
    claim.unit = best
  }
}

/** "Swiss francs", "SFR", "Danish crowns": the claim names its currency's country itself. */
function namesCurrencyCountry(claimText: string): boolean {
  currencyCountryPattern.lastIndex = 0
  return /sfr/i.test(claimText) || currencyCountryPattern.test(claimText)
}

/**
 * A headline in capitals ("SELLS 11 DRUG STORES", "300 MLN GUILDER CP PROGRAM") is read in lower
 * case, so capitals do not read as names or models. Offsets stay those of the article: lowercasing
 * is used only when it keeps the length.
 */
function readableCase(sentence: string): string {
  // The corpus's first line starts " date YYYY-MM-DD " before the headline.
  const headline = sentence.replace(/^\s*date \S+/, '')
  if (/\p{Ll}/u.test(headline) || !/\p{Lu}{2}/u.test(headline)) return sentence
  const lower = sentence.toLowerCase()
  return lower.length === sentence.length ? lower : sentence
}

/** In a headline read in lower case, "JAN 31" must still read as a date: month abbreviations keep their capitals. */
function keepMonthCapitals(tokens: Token[], text: string): void {
  for (const token of tokens) if (token.type === 'word' && ambiguousMonthWords.has(token.lower)) token.text = text.slice(token.start, token.end)
}

/**
 * "Net profit 1,359,000 vs loss 1,013,000", "Sales 26.2 mln vs 17.6 mln": figures after a money noun
 * are money in the article's currency, the one its money claims use most (ties: the first met). With
 * no money claim in the article they stay counts.
 */
function assignArticleCurrency(claims: Claim[], impliedMoney: ReadonlySet<Claim>): void {
  if (impliedMoney.size === 0) return
  const uses = new Map<string, number>()
  for (const claim of claims) if (claim.kind === 'money' && claim.unit && !impliedMoney.has(claim)) uses.set(claim.unit, (uses.get(claim.unit) ?? 0) + 1)
  let currency: string | null = null
  for (const [unit, count] of uses) if (currency === null || count > uses.get(currency)!) currency = unit
  if (currency === null) return
  for (const claim of impliedMoney) {
    claim.kind = 'money'
    claim.unit = currency
  }
}

/**
 * Ids survive edits elsewhere in the file: they hash the claim's words and how many identical
 * claims come before it, not its offset, so the user's corrections and notes still find it
 * after a paragraph above it was added or removed.
 */
function assignClaimIds(claims: Claim[]): Claim[] {
  const seen = new Map<string, number>()
  for (const claim of claims) {
    const occurrence = seen.get(claim.text) ?? 0
    seen.set(claim.text, occurrence + 1)
    claim.id = claimId(claim.articleId, claim.text, occurrence)
  }
  return claims
}

function extractFromSentence(context: SentenceContext, articleId: string, impliedMoney: Set<Claim>): Claim[] {
  let candidates = recognizeNumbers(context)
  if (candidates.length === 0) return []
  recognizeSigns(context, candidates)
  rejectByShape(context, candidates)
  for (const candidate of live(candidates)) attachUnit(context, candidate)
  recognizeChanges(context, candidates)
  candidates = combineRanges(context, candidates)
  candidates = combineRatios(context, candidates)
  combineDurations(context, candidates)
  for (const candidate of candidates) applyCents(candidate)
  for (const candidate of live(candidates)) {
    attachQualifierAfter(context, candidate)
    attachSubject(context, candidate)
    attachQualifierAfter(context, candidate)
    attachQualifierBefore(context, candidate)
    resolveAmbiguousSeparator(candidate)
  }
  inheritConversionQualifier(context, live(candidates))
  inheritComparedUnits(live(candidates))
  inheritAcrossComparison(context, live(candidates))
  recognizeAges(context, candidates)
  rejectByMeaning(context, candidates)
  inheritSubjects(context, candidates)
  rejectUncountedWords(candidates)
  const kept = resolveOverlaps(live(candidates))
  if (kept.length === 0) return []
  const periods = assignPeriods(context, kept, recognizeTimeExpressions(context, candidates))
  const source = findSource(context)
  const sentence = context.text.slice(context.sentence.start, context.sentence.end)
  const moneyFigures = figuresAfterMoneyNouns(context, kept)
  rejectTableCells(context, kept, moneyFigures)
  for (const candidate of kept) {
    if (moneyFigures.has(candidate)) continue
    attachIndexLevel(context, candidate)
    attachBodyTemperature(context, candidate)
    attachSubjectBefore(context, candidate)
  }
  return kept.flatMap((candidate, index) => {
    if (candidate.rejected !== null) return []
    const claim = toClaim(context, candidate, { articleId, sentence, source, period: periods[index] ?? null })
    if (moneyFigures.has(candidate)) impliedMoney.add(claim)
    return [claim]
  })
}

/**
 * "1.500" read by the language default may be impossible in context: 1.5 soldiers. A count without a
 * magnitude then takes the other reading (1500). Money, percentages and measures keep the default:
 * prices are quoted to three decimals ("6.785 dlrs a bushel", "35.125 dlrs a share").
 */
function resolveAmbiguousSeparator(candidate: Candidate): void {
  if (!candidate.alternative || !candidate.value || candidate.magnitude > 0) return
  if (candidate.kind === 'count' && !isIntegerDecimal(candidate.value)) candidate.value = candidate.alternative
  candidate.alternative = null
}

/** A qualifier read backwards must not reach into the claim before it. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = []
  for (const candidate of candidates) {
    const previous = kept[kept.length - 1]
    if (previous && candidate.first <= previous.last) {
      if (candidate.numberFirst <= previous.last) continue
      candidate.first = previous.last + 1
    }
    kept.push(candidate)
  }
  return kept
}

interface ClaimContext {
  articleId: string
  sentence: string
  source: string | null
  period: string | null
}

function toClaim(context: SentenceContext, candidate: Candidate, claimContext: ClaimContext): Claim {
  const start = context.tokens[candidate.first]!.start
  const end = context.tokens[candidate.last]!.end
  const value = candidate.qualifier === 'range' || candidate.qualifier === 'vague' || !candidate.value ? null : decimalToNumber(candidate.value)
  const [low, high] = boundsOf(candidate, value)
  return {
    id: '',
    articleId: claimContext.articleId,
    text: context.text.slice(start, end),
    start,
    end,
    sentence: claimContext.sentence,
    kind: candidate.kind,
    value,
    low,
    high,
    qualifier: candidate.qualifier,
    change: candidate.change,
    unit: candidate.unit,
    subject: candidate.subject,
    source: claimContext.source,
    period: claimContext.period
  }
}

function boundsOf(candidate: Candidate, value: number | null): [number | null, number | null] {
  const toNumber = (decimal: ExactDecimal | null): number | null => (decimal ? decimalToNumber(decimal) : null)
  switch (candidate.qualifier) {
    case 'range':
    case 'vague':
      return [toNumber(candidate.low), toNumber(candidate.high)]
    case 'at_least':
    case 'more_than':
      return [value, null]
    case 'at_most':
    case 'less_than':
      return [null, value]
    default:
      return [value, value]
  }
}

/** Stable across runs, machines and unrelated edits: the article id, the claim's words and their occurrence, hashed. */
export function claimId(articleId: string, text: string, occurrence: number): string {
  // One-shot `hash`, cheaper than `createHash` for inputs this short (one call per claim).
  return hash('sha1', `${articleId}\u0000${text}\u0000${occurrence}`, 'hex').slice(0, 16)
}
