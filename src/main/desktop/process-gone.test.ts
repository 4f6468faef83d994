import { describe, expect, it } from 'vitest'
import { describeChildProcessGone, describeRendererGone } from './process-gone'

describe('a process that stopped', () => {
  it('is not news when it exited cleanly', () => {
    expect(describeRendererGone('clean-exit')).toBeNull()
    expect(describeChildProcessGone('Utility', 'clean-exit', 'Audio Service')).toBeNull()
  })

  it('offers a reload when the window’s own process crashed or ran out of memory, saying why', () => {
    expect(describeRendererGone('oom')).toMatchObject({ offerReload: true, detail: expect.stringContaining('ran out of memory') })
    expect(describeRendererGone('crashed')?.detail).toContain('Your notes and corrections are saved')
    expect(describeRendererGone('something-new')?.detail).toContain('it stopped (something-new)')
  })

  it('offers a reload for the graphics process only; other helpers are restarted by Chromium', () => {
    expect(describeChildProcessGone('GPU', 'crashed')).toMatchObject({ offerReload: true, detail: 'The graphics process stopped: it crashed. Reload the window if it looks wrong.' })
    expect(describeChildProcessGone('Utility', 'killed', 'Network Service')).toMatchObject({
      offerReload: false,
      detail: 'A helper process (Network Service) stopped: it was stopped by the system or another program.'
    })
  })
})
