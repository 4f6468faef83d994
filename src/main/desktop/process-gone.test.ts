import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../shared/i18n/translator'
import { describeChildProcessGone, describeRendererGone } from './process-gone'

const english = createTranslator('en')
const italian = createTranslator('it')

describe('a process that stopped', () => {
  it('is not news when it exited cleanly', () => {
    expect(describeRendererGone('clean-exit', english)).toBeNull()
    expect(describeChildProcessGone('Utility', 'clean-exit', 'Audio Service', english)).toBeNull()
  })

  it('offers a reload when the window’s own process crashed or ran out of memory, saying why', () => {
    expect(describeRendererGone('oom', english)).toMatchObject({ offerReload: true, detail: expect.stringContaining('ran out of memory') })
    expect(describeRendererGone('crashed', english)?.detail).toContain('Your notes and corrections are saved')
    expect(describeRendererGone('something-new', english)?.detail).toContain('it stopped (something-new)')
  })

  it('offers a reload for the graphics process only; other helpers are restarted by Chromium', () => {
    expect(describeChildProcessGone('GPU', 'crashed', undefined, english)).toMatchObject({ offerReload: true, detail: 'The graphics process stopped: it crashed. Reload the window if it looks wrong.' })
    expect(describeChildProcessGone('Utility', 'killed', 'Network Service', english)).toMatchObject({
      offerReload: false,
      detail: 'A helper process (Network Service) stopped: it was stopped by the system or another program.'
    })
  })

  it('is told in the interface’s language', () => {
    expect(describeRendererGone('oom', italian)).toEqual({
      message: 'La finestra di Riscontro ha smesso di funzionare.',
      detail: 'Il processo che mostra la finestra si è fermato: ha esaurito la memoria. Le tue note e correzioni sono salvate. Ricarica la finestra per continuare.',
      offerReload: true
    })
    expect(describeChildProcessGone('GPU', 'something-new', undefined, italian)?.detail).toBe('Il processo grafico si è fermato: si è fermato (something-new). Ricarica la finestra se qualcosa non va.')
  })
})
