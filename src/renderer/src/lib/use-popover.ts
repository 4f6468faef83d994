import { autoUpdate, flip, offset, safePolygon, shift, useDismiss, useFloating, useFocus, useHover, useInteractions, useRole, type Placement } from '@floating-ui/react'
import { useState } from 'react'

/**
 * A popover opened by hovering or focusing its anchor, kept on screen (flipped to the other side and
 * shifted along it at window and pane edges), closed by Escape or leaving it. `forcedOpen` opens it
 * from outside, for a grid whose focus stays on the grid (aria-activedescendant) while the active
 * cell moves.
 */
export function usePopover({ placement = 'bottom-start', forcedOpen = false }: { placement?: Placement; forcedOpen?: boolean } = {}) {
  const [hovered, setHovered] = useState(false)
  const open = hovered || forcedOpen
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setHovered,
    placement,
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate
  })
  const { getReferenceProps, getFloatingProps } = useInteractions([
    // safePolygon lets the pointer travel into the popover to read or select its text.
    useHover(context, { delay: { open: 150, close: 60 }, handleClose: safePolygon() }),
    useFocus(context),
    useDismiss(context),
    useRole(context, { role: 'tooltip' })
  ])
  return { open, setReference: refs.setReference, setFloating: refs.setFloating, floatingStyles, getReferenceProps, getFloatingProps }
}
