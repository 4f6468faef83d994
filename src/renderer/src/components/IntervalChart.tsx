import { useTranslation } from 'react-i18next'
import type { Claim } from '../../../shared/model'
import { layoutInterval } from '../../../shared/interval-scale'

const WIDTH = 120
const HEIGHT = 22
const PAD = 6

/** A row's claims on one axis: points, ranges, open bounds as arrows, vague bands dashed. */
export function IntervalChart({ claims, differ }: { claims: Claim[]; differ: boolean }) {
  const { t } = useTranslation()
  const { shapes, logScale } = layoutInterval(claims)
  if (shapes.length === 0) return <span className="interval-none">—</span>
  const x = (position: number): number => PAD + position * (WIDTH - 2 * PAD)
  const step = shapes.length > 1 ? (HEIGHT - 8) / (shapes.length - 1) : 0
  return (
    <svg
      className={`interval-chart${differ ? ' differ' : ''}`}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t(logScale ? 'chart.figuresLog' : 'chart.figures', { count: shapes.length })}
    >
      <line className="axis" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - 2} y2={HEIGHT - 2} />
      {shapes.map((shape, index) => {
        const y = shapes.length > 1 ? 4 + index * step : HEIGHT / 2
        const from = x(shape.from)
        const to = x(shape.to)
        return (
          <g key={shape.claimId} className={shape.vague ? 'vague' : undefined}>
            {shape.point ? <circle cx={from} cy={y} r={3} /> : <line x1={from} x2={to} y1={y} y2={y} />}
            {shape.openHigh && <path d={`M${to} ${y} L${WIDTH - 2} ${y} M${WIDTH - 5} ${y - 3} L${WIDTH - 2} ${y} L${WIDTH - 5} ${y + 3}`} />}
            {shape.openLow && <path d={`M${from} ${y} L2 ${y} M5 ${y - 3} L2 ${y} L5 ${y + 3}`} />}
          </g>
        )
      })}
      {logScale && (
        <text x={WIDTH - 2} y={8} textAnchor="end">
          log
        </text>
      )}
    </svg>
  )
}
