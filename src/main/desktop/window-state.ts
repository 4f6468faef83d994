import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { readStoreText } from '../storage/read-store'
import { writeFileDurably } from '../storage/write-file-durably'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** Where the window was and whether it was maximized; `bounds` are the normal (unmaximized) bounds. */
export interface WindowState {
  bounds: Rectangle
  maximized: boolean
}

const rectangleSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() })
const windowStateSchema = z.object({ bounds: rectangleSchema, maximized: z.boolean() })

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 }
export const MINIMUM_WINDOW_SIZE = { width: 720, height: 480 }
/** How much of the title bar must show on a screen for a remembered position to be kept. */
const MINIMUM_VISIBLE = { width: 120, height: 40 }

function windowStatePath(dataDir: string): string {
  return join(dataDir, 'window-state.json')
}

/**
 * The window as it was last closed, or null (first start, or a file that is damaged or unreadable:
 * the window then opens at its default size, and the file is replaced at the next close, since it
 * only holds a position).
 */
export async function loadWindowState(dataDir: string): Promise<WindowState | null> {
  try {
    const text = await readStoreText(windowStatePath(dataDir))
    if (text === null) return null
    const parsed = windowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await mkdir(dataDir, { recursive: true })
  await writeFileDurably(windowStatePath(dataDir), JSON.stringify(state, null, 2))
}

/**
 * Fits remembered bounds to the screens there are now (`workAreas`, the primary first): a window
 * last seen on a monitor that was unplugged, or at a resolution since lowered, must not open off
 * screen or larger than the screen. The size shrinks to the work area it is mostly on; a position
 * whose title bar would not show on any screen is dropped, and the window is centred on the primary
 * screen instead.
 */
export function fitWindowToScreens(state: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0]
  const wanted = state?.bounds ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }
  if (!primary) return { bounds: wanted, maximized: state?.maximized ?? false }
  const home = state ? (largestOverlap(wanted, workAreas) ?? primary) : primary
  const width = Math.max(Math.min(wanted.width, home.width), Math.min(MINIMUM_WINDOW_SIZE.width, home.width))
  const height = Math.max(Math.min(wanted.height, home.height), Math.min(MINIMUM_WINDOW_SIZE.height, home.height))
  const sized = { ...wanted, width, height }
  const titleBar = { x: sized.x, y: sized.y, width: sized.width, height: MINIMUM_VISIBLE.height }
  const titleBarShows = state !== null && workAreas.some((area) => {
    const overlap = intersect(titleBar, area)
    return overlap !== null && overlap.width >= Math.min(MINIMUM_VISIBLE.width, sized.width) && overlap.height >= MINIMUM_VISIBLE.height
  })
  const bounds = titleBarShows ? keepInside(sized, home) : centre(sized, primary)
  return { bounds, maximized: state?.maximized ?? false }
}

function intersect(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const right = Math.min(a.x + a.width, b.x + b.width)
  const bottom = Math.min(a.y + a.height, b.y + b.height)
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null
}

function largestOverlap(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null
  let bestArea = 0
  for (const area of areas) {
    const overlap = intersect(bounds, area)
    const size = overlap ? overlap.width * overlap.height : 0
    if (size > bestArea) {
      best = area
      bestArea = size
    }
  }
  return best
}

/** Moves a window that fits its screen back inside it (it may hang over an edge after a resolution change). */
function keepInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - bounds.width)
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - bounds.height)
  return { ...bounds, x, y }
}

function centre(bounds: Rectangle, area: Rectangle): Rectangle {
  return {
    ...bounds,
    x: area.x + Math.round((area.width - bounds.width) / 2),
    y: area.y + Math.round((area.height - bounds.height) / 2)
  }
}
