import type { BoilerplateBlock } from '../../../shared/api'

const kindLabels: Record<BoilerplateBlock['kind'], string> = {
  'audio-player': 'Audio player',
  paywall: 'Paywall',
  subscription: 'Subscription offer',
  'page-furniture': 'Page furniture'
}

/** Text saved with the article that is not the article: kept and shown on request, never deleted. */
export function BoilerplateSection({ blocks }: { blocks: BoilerplateBlock[] }) {
  if (blocks.length === 0) return null
  return (
    <details className="boilerplate">
      <summary>Not part of the article ({blocks.length})</summary>
      <ul>
        {blocks.map((block, index) => (
          <li key={index}>
            <span className="badge">{kindLabels[block.kind]}</span> {block.text}
          </li>
        ))}
      </ul>
    </details>
  )
}
