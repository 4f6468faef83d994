import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_SIZE, fitWindowToScreens, loadWindowState, saveWindowState, type Rectangle } from './window-state'

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 }
const monitorOnTheRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('fitting the remembered window to the screens', () => {
  it('opens the first time at the default size, centred on the primary screen', () => {
    expect(fitWindowToScreens(null, [laptop])).toEqual({
      bounds: { x: 80, y: 28, ...DEFAULT_WINDOW_SIZE },
      maximized: false
    })
  })

  it('keeps a position and size that still fit, and the maximized state', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: true }
    expect(fitWindowToScreens(state, [laptop, monitorOnTheRight])).toEqual(state)
  })

  it('centres on the primary screen a window last seen on a monitor that is unplugged', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: false }
    expect(fitWindowToScreens(state, [laptop])).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 875 }, maximized: false })
  })

  it('shrinks a window larger than its screen (resolution lowered) and brings it back inside', () => {
    const state = { bounds: { x: 40, y: 30, width: 1900, height: 1100 }, maximized: false }
    expect(fitWindowToScreens(state, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('centres a window whose title bar is above every screen (it could not be dragged back)', () => {
    const state = { bounds: { x: 200, y: -500, width: 1000, height: 700 }, maximized: false }
    expect(fitWindowToScreens(state, [laptop]).bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 })
  })

  it('brings back inside a window that hangs over the screen’s edge', () => {
    const state = { bounds: { x: 900, y: 300, width: 1000, height: 700 }, maximized: false }
    expect(fitWindowToScreens(state, [laptop]).bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 })
  })

  it('never goes below the minimum size unless the screen itself is smaller', () => {
    const state = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false }
    expect(fitWindowToScreens(state, [laptop]).bounds).toMatchObject({ width: 720, height: 480 })
    expect(fitWindowToScreens(state, [{ x: 0, y: 0, width: 640, height: 400 }]).bounds).toMatchObject({ width: 640, height: 400 })
  })
})

describe('the window state file', () => {
  let dataDir = ''
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  it('is read back as saved, and a damaged or foreign file is ignored', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'riscontro-window-'))
    expect(await loadWindowState(dataDir)).toBeNull()
    const state = { bounds: { x: 12, y: 34, width: 1100, height: 700 }, maximized: true }
    await saveWindowState(dataDir, state)
    expect(await loadWindowState(dataDir)).toEqual(state)
    await writeFile(join(dataDir, 'window-state.json'), '{"bounds":{"x":1,"y":2,"width":-5,"height":3},"maximized":false}')
    expect(await loadWindowState(dataDir)).toBeNull()
    await writeFile(join(dataDir, 'window-state.json'), '{not json')
    expect(await loadWindowState(dataDir)).toBeNull()
  })
})
