import { countedThingClasses, peopleClassLabel } from '../language/counted-things'
import type { LanguageCode } from '../language/vocabulary'
import type { ClaimReading } from './claim-reading'

const classLabels = new Map(countedThingClasses.map((entry) => [entry.id, entry.label]))

/** Measures of time, labelled as durations ("Durata · d"). */
const timeUnits = new Set(['s', 'min', 'h', 'd', 'week', 'month', 'year', 'decade', 'century'])

const kindLabels: Record<string, Record<LanguageCode, string>> = {
  money: { it: 'Importo', en: 'Amount' },
  percent: { it: 'Quota', en: 'Share' },
  measure: { it: 'Misura', en: 'Measure' },
  count: { it: 'Numero', en: 'Number' },
  age: { it: 'Età', en: 'Age' },
  duration: { it: 'Durata', en: 'Duration' }
}

/**
 * A row label a journalist would write (issue 9), in the members' language: the counted thing's
 * class ("Morti", "Deaths"), else the counted phrase as written ("account compromessi"), else the
 * word the members' sentences put nearest their figures ("Taxes"), never a made-up singular. Money
 * adds its currency, percentages "%", measures their unit; a year when every member states it.
 */
export function labelRow(members: readonly ClaimReading[]): string {
  const language = mostCommon(members.map((member) => member.language)) ?? 'en'
  const first = members[0]!.claim
  const classId = mostCommon(members.map((member) => member.classId))
  let base: string | null = null
  if (classId === 'people') base = peopleClassLabel[language]
  else if (classId !== null) base = classLabels.get(classId)?.[language] ?? null
  base ??= mostCommon(members.map((member) => member.claim.subject?.trim() || null))
  // A word beside the figure names the row only when members share it; one sentence's neighbour may be a verb.
  base ??= sharedByTwo(members.map((member) => member.nearWord))
  const timeUnit = first.kind === 'measure' && timeUnits.has(first.unit ?? '')
  base ??= (kindLabels[timeUnit ? 'duration' : first.kind] ?? kindLabels.count!)[language]
  base = base.charAt(0).toUpperCase() + base.slice(1)

  const unit = mostCommon(members.map((member) => member.claim.unit))
  const suffix = first.kind === 'money' || first.kind === 'measure' ? unit : first.kind === 'percent' ? '%' : null
  const year = sharedYear(members)
  return `${base}${year ? ` (${year})` : ''}${suffix ? ` · ${suffix}` : ''}`
}

/** The most frequent non-null value; ties go to the one met first. */
function mostCommon<T extends string>(values: ReadonlyArray<T | null>): T | null {
  const counts = new Map<T, number>()
  let best: T | null = null
  let bestCount = 0
  for (const value of values) {
    if (value === null) continue
    const count = (counts.get(value) ?? 0) + 1
    counts.set(value, count)
    if (count > bestCount) {
      best = value
      bestCount = count
    }
  }
  return best
}

function sharedByTwo(values: ReadonlyArray<string | null>): string | null {
  const best = mostCommon(values)
  return best !== null && values.filter((value) => value === best).length >= 2 ? best : null
}

/** The one year every member's period names ("2025", "2025-01"), or null. */
function sharedYear(members: readonly ClaimReading[]): string | null {
  const yearOf = (member: ClaimReading): string | null => {
    const period = member.claim.period
    return period && !period.includes('/') ? period.slice(0, 4) : null
  }
  const year = yearOf(members[0]!)
  return year !== null && members.every((member) => yearOf(member) === year) ? year : null
}
