import type { Claim, ClaimQualifier, CountedName, EvidenceItem, NoteVerdict, RowVerdict } from '../model'
import type { en } from './en'
import type { UiLanguage } from './languages'
import { createTranslator, resources, type Translate } from './translator'

/**
 * How Riscontro says figures, dates and verdicts in the interface's language: one module for the
 * comparison table, the verdict popover, the reading pane and every export (issue 12, issue 16).
 * Numbers go through Intl in the language's conventions ("11.000" in Italian, "11,000" in English);
 * words come from the i18n resources.
 */
export interface Describer {
  readonly language: UiLanguage
  readonly t: Translate
  /** 11000 → "11.000" / "11,000"; at most two decimals. */
  number(value: number): string
  /** `2026-01-10` → "10 gen 2026" / "10 Jan 2026", `2025-06` → "giu 2025", `2024` → "2024"; null → "No date". */
  date(date: string | null): string
  /** "14 Nov 2026", or "Oct 2024 – 10 Jan 2026" when a story's articles span several dates. */
  dateSpan(from: string | null, to: string | null): string
  /** "it" → "italiano" / "Italian". */
  languageName(code: string): string
  /** A figure in the claim's terms: "7,5%", "1.700.000.000 USD", "11.000". */
  figure(value: number, claim: Pick<Claim, 'kind' | 'unit'>): string
  /** The normalized value alone: "> 4.000.000", "vago (2.000 – 9.999)". */
  claimValue(claim: Claim): string
  /** "2024-12/2025-02" → "dic 2024 – feb 2025", "2023/.." → "dal 2023". */
  period(period: string): string
  /** What the claim says once normalized: "> 4.000.000 proiettili · 2024 · secondo IISS". */
  claimReading(claim: Claim): string
  /** An interval as the verdict reads it: "11.400 – 12.600", "11.000 – ∞". */
  interval(interval: { low: number; high: number }, claim: Pick<Claim, 'kind' | 'unit'>): string
  /** "Agree", "Differ", "One source". */
  verdictWord(verdict: RowVerdict): string
  /** "Differ ×1.09", "Agree", "One source". */
  verdict(verdict: RowVerdict, spread: number | null): string
  /** The ratio of a row's extremes: "1.09", "12". */
  spread(spread: number): string
  /** "Confirmed", "Conflicting"… */
  noteVerdict(verdict: NoteVerdict): string
  /** A canonical counted thing in the plural `count` asks for ("soldier", 2 → "soldati"); the unit as is when there is no word for it. */
  countedThing(unit: string, count: number): string
  /** One piece of a row's evidence in words: "both count deaths", "179 and 180: within 25% of each other". */
  evidenceLine(item: Pick<EvidenceItem, 'field' | 'level' | 'names'>): string
}

type EvidenceLines = typeof en.evidenceLines
/** The keys of the evidence lines said per level: `evidenceLines.figure.close`… */
type EvidenceLineKey = { [F in keyof EvidenceLines]: EvidenceLines[F] extends string ? never : `evidenceLines.${F}.${keyof EvidenceLines[F] & string}` }[keyof EvidenceLines]

const intlLocales: Record<UiLanguage, string> = { en: 'en', it: 'it' }

const qualifierSigns: Partial<Record<ClaimQualifier, string>> = {
  approx: '≈ ',
  at_least: '≥ ',
  more_than: '> ',
  at_most: '≤ ',
  less_than: '< '
}

// One per interface language (two at most), made on first use: not a cache that grows with the process.
const describers = new Map<UiLanguage, Describer>()

/** The describer of a language (made once: its Intl formatters are reused). */
export function describeIn(language: UiLanguage): Describer {
  let describer = describers.get(language)
  if (!describer) {
    describer = createDescriber(language)
    describers.set(language, describer)
  }
  return describer
}

function createDescriber(language: UiLanguage): Describer {
  const locale = intlLocales[language]
  const t = createTranslator(language)
  // Italian CLDR leaves four digits ungrouped ("2000"); Italian newspapers write "2.000 soldati", as the articles do.
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' })
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' })
  const plurals = new Intl.PluralRules(locale)
  const vocabulary = resources[language].translation

  const number = (value: number): string => numberFormat.format(value)

  // Day, month, year in this order in both languages, with the month's name from Intl: "10 Jan 2026"
  // is unambiguous to any reader, where "1/10/2026" is not.
  const date = (value: string | null): string => {
    if (!value) return t('describe.noDate')
    const [year, month, day] = value.split('-')
    if (!month) return value
    const monthName = monthFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, 1))).replace(/\.$/, '')
    return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
  }

  const figure = (value: number, claim: Pick<Claim, 'kind' | 'unit'>): string => {
    if (claim.kind === 'percent') return percentFormat.format(value / 100)
    if (claim.kind === 'money' && claim.unit && /^[A-Z]{3}$/.test(claim.unit)) {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: claim.unit, minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: 'always' }).format(value)
      } catch {
        // An unknown currency code still reads well as "1,000 XYZ".
      }
    }
    return number(value)
  }

  const claimValue = (claim: Claim): string => {
    if (claim.qualifier === 'range' && claim.low !== null && claim.high !== null) return `${figure(claim.low, claim)} – ${figure(claim.high, claim)}`
    if (claim.value === null) {
      const band = claim.low !== null && claim.high !== null ? ` (${figure(claim.low, claim)} – ${figure(claim.high, claim)})` : ''
      return `${t('describe.vague')}${band}`
    }
    return `${qualifierSigns[claim.qualifier] ?? ''}${figure(claim.value, claim)}`
  }

  const period = (value: string): string => {
    const [from, to] = value.split('/')
    if (to === undefined) return date(value)
    if (to === '..') return t('describe.since', { date: date(from!) })
    if (from === '..') return t('describe.until', { date: date(to) })
    return `${date(from!)} – ${date(to)}`
  }

  /** The word for a counted thing or time unit, in the plural the figure asks for; null when there is none. */
  const unitWord = (table: Readonly<Record<string, string>>, unit: string, count: number): string | null =>
    table[`${unit}_${plurals.select(count) === 'one' ? 'one' : 'other'}`] ?? null

  // A change is read by its size; its direction is said in words ("fall of 12%", whether "-12%" or "in calo del 12%").
  const quantity = (claim: Claim): string => {
    const sized = claim.change && claim.value !== null ? { ...claim, value: Math.abs(claim.value) } : claim
    const value = claimValue(sized)
    const count = sized.value ?? sized.high ?? 2
    if (claim.kind === 'age') return t('describe.age', { value })
    if (claim.kind === 'duration') return `${value} ${(claim.unit && unitWord(vocabulary.durations, claim.unit, count)) ?? claim.unit ?? ''}`.trimEnd()
    if (claim.kind === 'measure') return claim.unit ? `${value} ${claim.unit}` : value
    if (claim.kind !== 'count' || !claim.unit) return value
    // A thing with no word here is named as the article wrote it, never with a machine-made plural.
    const word = unitWord(vocabulary.units, claim.unit, count) ?? claim.subject ?? claim.unit
    return `${value} ${word}`
  }

  const verdictWord = (verdict: RowVerdict): string => t(`verdicts.${verdict}`)
  const spread = (value: number): string =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: value < 10 ? 2 : 0, maximumFractionDigits: value < 10 ? 2 : 0 }).format(value)

  return {
    language,
    t,
    number,
    date,
    dateSpan: (from, to) => (!from || !to || from === to ? date(from ?? to) : `${date(from)} – ${date(to)}`),
    languageName: (code) => {
      if (code === 'und') return t('describe.unknownLanguage')
      try {
        return languageNames.of(code) ?? code
      } catch {
        return code
      }
    },
    figure,
    claimValue,
    period,
    claimReading: (claim) => {
      const stated = quantity(claim)
      const parts = [claim.change ? t(`describe.change.${claim.change}`, { quantity: stated }) : stated]
      if (claim.period) parts.push(period(claim.period))
      if (claim.source) parts.push(t('describe.per', { source: claim.source }))
      return parts.join(' · ')
    },
    interval: (interval, claim) => {
      const low = Number.isFinite(interval.low) ? figure(interval.low, claim) : '−∞'
      const high = Number.isFinite(interval.high) ? figure(interval.high, claim) : '∞'
      return interval.low === interval.high ? low : `${low} – ${high}`
    },
    verdictWord,
    verdict: (verdict, value) => (value === null ? verdictWord(verdict) : `${verdictWord(verdict)} ×${spread(value)}`),
    spread,
    noteVerdict: (verdict) => t(`noteVerdicts.${verdict}`),
    countedThing: (unit, count) => unitWord(vocabulary.units, unit, count) ?? unit,
    evidenceLine: ({ field, level, names }) => {
      const lines: Readonly<Record<string, unknown>> = vocabulary.evidenceLines
      const levels = lines[field]
      // A field or level added to the aligner before its words: named as the aligner names it.
      if (typeof levels !== 'object' || levels === null || !(level in levels)) return `${field}: ${level}`
      if ((field === 'near' || field === 'sentence') && level !== 'other-language' && names.words?.length === 0) return t(`evidenceLines.noSharedWords.${field}`)
      const counted = (name: CountedName): string => (name === null ? t('evidenceLines.unnamed') : 'label' in name ? name.label[language].toLocaleLowerCase(locale) : name.words)
      const named = (value: string | null): string => (value === null ? '' : field === 'period' ? period(value) : value)
      const [a = '', b = ''] = names.counted?.map(counted) ?? names.figures ?? names.pair?.map(named) ?? []
      return t(`evidenceLines.${field}.${level}` as EvidenceLineKey, { a, b, words: names.words?.join(', ') ?? '' })
    }
  }
}
