import { countedThingClasses, peopleClassLabel } from '../language/counted-things'
import type { ClaimReading } from './claim-reading'
import type { EvidenceField, StemRarity } from './pair-evidence'

const classNames = new Map<string, string>([...countedThingClasses.map((entry) => [entry.id, entry.label.en.toLowerCase()] as const), ['people', peopleClassLabel.en.toLowerCase()]])

function countedOf(reading: ClaimReading): string {
  if (reading.classId) return classNames.get(reading.classId) ?? reading.classId
  return reading.claim.subject ?? reading.head ?? 'an unnamed thing'
}

/** One piece of pair evidence in words, for the row panel: "both count deaths", "figures 179 and 180 are within 25%". */
export function describeEvidence(field: EvidenceField, level: string, a: ClaimReading, b: ClaimReading, rarity: StemRarity): string {
  switch (field) {
    case 'counted':
      if (level === 'same-class' || level === 'same-head') return `both count ${countedOf(a)}`
      if (level === 'unknown') return 'one figure does not say what it counts'
      return `${countedOf(a)} against ${countedOf(b)}`
    case 'figure': {
      const figures = `${a.claim.text} and ${b.claim.text}`
      if (level === 'same') return `${figures}: the same figure`
      if (level === 'overlap') return `${figures}: compatible figures`
      if (level === 'close') return `${figures}: within 25% of each other`
      if (level === 'near') return `${figures}: within 3× of each other`
      return `${figures}: far apart`
    }
    case 'near':
    case 'sentence': {
      if (level === 'other-language') return 'different languages: words not compared'
      const shared = rarity.sharedStems(field === 'near' ? a.near : a.sentence, field === 'near' ? b.near : b.sentence).slice(0, 5)
      const where = field === 'near' ? 'next to the figures' : 'in the sentences'
      return shared.length === 0 ? `no words shared ${where}` : `${level} overlap of words ${where}: ${shared.map((stem) => a.written.get(stem) ?? stem).join(', ')}`
    }
    case 'beside':
      return level === 'same' ? `the same word beside both figures: ${a.nearWord}` : level === 'different' ? `different words beside the figures: ${a.nearWord}, ${b.nearWord}` : level === 'none' ? 'no word beside one figure' : 'different languages'
    case 'keyword': {
      const shared = rarity.sharedStems(a.near, b.near).slice(0, 3)
      return level === 'shared' ? `distinctive words shared: ${shared.map((stem) => a.written.get(stem) ?? stem).join(', ')}` : level === 'different' ? 'their most distinctive words differ' : level === 'none' ? 'no distinctive words' : 'different languages'
    }
    case 'source':
      return level === 'same' ? `both attributed to ${a.source}` : level === 'different' ? `attributed to ${a.source} and to ${b.source}` : 'attribution unknown'
    case 'period':
      return level === 'overlap' ? 'same time scope' : level === 'disjoint' ? `different time scopes (${a.claim.period} and ${b.claim.period})` : 'time scope unknown'
    case 'increment':
      return level === 'same' ? 'both totals, or both additions' : 'one adds to an earlier figure, the other does not'
    case 'currency':
      return level === 'same' ? `both in ${a.currency}` : level === 'missing' ? 'one figure gives no currency' : 'not money'
    case 'alone':
      return level === 'both' ? 'each is the only figure of its kind in its article' : level === 'one' ? 'one article gives other figures of this kind' : 'both articles give other figures of this kind'
  }
}
