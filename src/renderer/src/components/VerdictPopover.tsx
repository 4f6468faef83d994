import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { FloatingPortal } from '@floating-ui/react'
import type { ArticleSummary, Claim, ComparisonRow } from '../../../shared/model'
import { usePopover } from '../lib/use-popover'
import { describeFigure, explainVerdict, type VerdictExplanation } from '../lib/verdict-explanation'

interface VerdictBadgeProps {
  row: ComparisonRow
  claims: Claim[]
  articlesById: ReadonlyMap<string, ArticleSummary>
  /** The row's label cell is the grid's active cell: the explanation shows without a pointer. */
  keyboardOpen: boolean
}

/** A row's verdict; hovering it (or reaching its row's label cell by keyboard) explains it. */
export function VerdictBadge({ row, claims, articlesById, keyboardOpen }: VerdictBadgeProps) {
  const describe = useDescribe()
  const { open, setReference, setFloating, floatingStyles, getReferenceProps, getFloatingProps } = usePopover({ placement: 'right-start', forcedOpen: keyboardOpen })
  const tooltipId = `verdict-${row.id}`
  return (
    <>
      <span ref={setReference} className={`verdict verdict-${row.verdict}`} aria-describedby={open ? tooltipId : undefined} {...getReferenceProps()}>
        {describe.verdict(row.verdict, row.spread)}
      </span>
      {open && (
        <FloatingPortal>
          <div ref={setFloating} id={tooltipId} className="verdict-popover" style={floatingStyles} {...getFloatingProps()}>
            <VerdictDetails row={row} explanation={explainVerdict(row, claims, articlesById, describe)} />
          </div>
        </FloatingPortal>
      )}
    </>
  )
}

const AXIS_WIDTH = 220
const LABEL_WIDTH = 96
const LINE_HEIGHT = 18
/** Values spanning more than this ratio go on a log scale, as in the row's small chart. */
const LOG_SCALE_RATIO = 20

function VerdictDetails({ row, explanation }: { row: ComparisonRow; explanation: VerdictExplanation }) {
  const describe = useDescribe()
  const { t } = useTranslation()
  const figures = explanation.sources.flatMap((source) => source.figures.map((figure) => ({ ...figure, source })))
  const ends = figures.flatMap(({ interval }) => [interval.low, interval.high]).filter((value) => Number.isFinite(value) && value > 0)
  const first = figures[0]?.claim
  return (
    <div className="verdict-details">
      <div className={`verdict-title verdict-${row.verdict}`}>
        {describe.verdict(row.verdict, row.spread)} · {row.label}
      </div>
      <p className="verdict-rule">{explanation.rule}</p>
      {first && ends.length > 0 && <FigureAxis figures={figures} ends={ends} unitClaim={first} />}
      <table className="verdict-figures">
        <thead>
          <tr>
            <th scope="col">{t('verdictPopover.source')}</th>
            <th scope="col">{t('verdictPopover.figure')}</th>
            <th scope="col">{t('verdictPopover.interval')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map(({ claim, interval, source }) => (
            <tr key={claim.id}>
              <td>{source.article.outlet ?? source.article.title}</td>
              <td>{describeFigure(claim, describe)}</td>
              <td>{describe.interval(interval, claim)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {explanation.vagueNote && <p className="verdict-note">{explanation.vagueNote}</p>}
    </div>
  )
}

interface AxisProps {
  figures: Array<VerdictExplanation['sources'][number]['figures'][number] & { source: VerdictExplanation['sources'][number] }>
  ends: number[]
  unitClaim: Claim
}

/** Each figure's interval on one labelled axis (its two extremes as ticks); open ends as arrows. */
function FigureAxis({ figures, ends, unitClaim }: AxisProps) {
  const describe = useDescribe()
  const { t } = useTranslation()
  let min = Math.min(...ends)
  let max = Math.max(...ends)
  const logScale = max / min > LOG_SCALE_RATIO
  if (min === max) {
    min *= 0.9
    max *= 1.1
  }
  const project = (value: number): number => (logScale ? Math.log(value) : value)
  const x = (value: number): number => {
    const clamped = Math.min(max, Math.max(min, value))
    return LABEL_WIDTH + 8 + ((project(clamped) - project(min)) / (project(max) - project(min) || 1)) * (AXIS_WIDTH - 16)
  }
  const height = figures.length * LINE_HEIGHT + 28
  const axisY = figures.length * LINE_HEIGHT + 8
  return (
    <svg
      className="verdict-axis"
      width={LABEL_WIDTH + AXIS_WIDTH}
      height={height}
      role="img"
      aria-label={t(logScale ? 'verdictPopover.axisLog' : 'verdictPopover.axis', { from: describe.figure(min, unitClaim), to: describe.figure(max, unitClaim) })}
    >
      {figures.map(({ claim, interval, vague, source }, index) => {
        const y = index * LINE_HEIGHT + 10
        const from = x(interval.low)
        const to = x(interval.high)
        return (
          <g key={claim.id} className={vague ? 'vague' : undefined}>
            <text x={0} y={y + 4} className="axis-source">
              {truncate(source.article.outlet ?? source.article.title, 14)}
            </text>
            {from === to ? <circle cx={from} cy={y} r={4} /> : <line x1={from} x2={to} y1={y} y2={y} />}
            {!Number.isFinite(interval.high) && <path d={`M${to - 5} ${y - 4} L${to} ${y} L${to - 5} ${y + 4}`} />}
          </g>
        )
      })}
      <line className="axis" x1={LABEL_WIDTH + 8} x2={LABEL_WIDTH + AXIS_WIDTH - 8} y1={axisY} y2={axisY} />
      <text x={LABEL_WIDTH + 8} y={axisY + 14} className="axis-tick">
        {describe.figure(min, unitClaim)}
      </text>
      <text x={LABEL_WIDTH + AXIS_WIDTH - 8} y={axisY + 14} textAnchor="end" className="axis-tick">
        {describe.figure(max, unitClaim)}
        {logScale ? t('verdictPopover.log') : ''}
      </text>
    </svg>
  )
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
