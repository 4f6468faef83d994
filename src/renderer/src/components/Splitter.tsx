import { useRef } from 'react'

interface SplitterProps {
  orientation: 'horizontal' | 'vertical'
  label: string
  /** Where the divider stands, as the percentage of the space the area before it takes (aria-valuenow). */
  value: number
  /** Called while dragging with the pointer's movement in pixels since the drag began. */
  onDrag(deltaPixels: number): void
  onDragEnd?(): void
  /** Keyboard: arrows move by this many pixels. */
  keyboardStep?: number
}

/** A draggable (and keyboard-movable) divider between two resizable areas. */
export function Splitter({ orientation, label, value, onDrag, onDragEnd, keyboardStep = 24 }: SplitterProps) {
  const start = useRef<number | null>(null)
  const vertical = orientation === 'vertical'
  return (
    <div
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      className={`splitter splitter-${orientation}`}
      onPointerDown={(event) => {
        start.current = vertical ? event.clientX : event.clientY
        event.currentTarget.setPointerCapture(event.pointerId)
      }}
      onPointerMove={(event) => {
        if (start.current === null) return
        onDrag((vertical ? event.clientX : event.clientY) - start.current)
      }}
      onPointerUp={() => {
        start.current = null
        onDragEnd?.()
      }}
      onKeyDown={(event) => {
        const back = vertical ? 'ArrowLeft' : 'ArrowUp'
        const forward = vertical ? 'ArrowRight' : 'ArrowDown'
        if (event.key !== back && event.key !== forward) return
        event.preventDefault()
        onDrag(event.key === forward ? keyboardStep : -keyboardStep)
        onDragEnd?.()
      }}
    />
  )
}
