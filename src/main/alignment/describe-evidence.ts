import type { CountedName, EvidenceNames } from '../../shared/model'
import { countedThingClasses, peopleClassLabel } from '../language/counted-things'
import type { ClaimReading } from './claim-reading'
import type { EvidenceField, StemRarity } from './pair-evidence'

const classLabels = new Map([...countedThingClasses.map((entry) => [entry.id, entry.label] as const), ['people', peopleClassLabel] as const])

function countedOf(reading: ClaimReading): CountedName {
  const label = reading.classId ? classLabels.get(reading.classId) : undefined
  if (label) return { label }
  const words = reading.classId ?? reading.claim.subject ?? reading.head
  return words ? { words } : null
}

/** The words two readings share, as the first wrote them, rarest first. */
function sharedWords(rarity: StemRarity, a: ClaimReading, stemsA: readonly string[], stemsB: readonly string[], limit: number): string[] {
  return rarity
    .sharedStems(stemsA, stemsB)
    .slice(0, limit)
    .map((stem) => a.written.get(stem) ?? stem)
}

/**
 * What one piece of pair evidence names, for the row panel: the counted things, the figures, the
 * shared words, the sources… The page says it in the interface's language (describe.ts'
 * `evidenceLine`): "both count deaths", "179 and 180: within 25% of each other".
 */
export function evidenceNames(field: EvidenceField, a: ClaimReading, b: ClaimReading, rarity: StemRarity): EvidenceNames {
  switch (field) {
    case 'counted':
      return { counted: [countedOf(a), countedOf(b)] }
    case 'figure':
      return { figures: [a.claim.text, b.claim.text] }
    case 'near':
      return { words: sharedWords(rarity, a, a.near, b.near, 5) }
    case 'sentence':
      return { words: sharedWords(rarity, a, a.sentence, b.sentence, 5) }
    case 'keyword':
      return { words: sharedWords(rarity, a, a.near, b.near, 3) }
    case 'beside':
      return { pair: [a.nearWord, b.nearWord] }
    case 'source':
      return { pair: [a.source, b.source] }
    case 'period':
      return { pair: [a.claim.period, b.claim.period] }
    case 'currency':
      return { pair: [a.currency, b.currency] }
    case 'increment':
    case 'alone':
      return {}
  }
}
