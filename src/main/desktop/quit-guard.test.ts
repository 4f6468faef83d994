import { describe, expect, it, vi } from 'vitest'
import { createQuitGuard } from './quit-guard'

function quitRequest(): { preventDefault: ReturnType<typeof vi.fn<() => void>> } {
  return { preventDefault: vi.fn<() => void>() }
}

describe('quitting', () => {
  it('is held until pending writes are flushed, then asked again and let through', async () => {
    let finishWrites!: () => void
    const flush = vi.fn(() => new Promise<void>((resolve) => (finishWrites = resolve)))
    const quit = vi.fn()
    const guard = createQuitGuard(flush, quit, vi.fn())
    const first = quitRequest()
    guard(first)
    expect(first.preventDefault).toHaveBeenCalled()
    const impatient = quitRequest()
    guard(impatient)
    expect(impatient.preventDefault).toHaveBeenCalled()
    expect(flush).toHaveBeenCalledTimes(1)
    expect(quit).not.toHaveBeenCalled()
    finishWrites()
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1))
    const again = quitRequest()
    guard(again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('still quits when a write fails, and reports the failure', async () => {
    const failure = new Error('ENOSPC: no space left on device')
    const report = vi.fn()
    const quit = vi.fn()
    createQuitGuard(() => Promise.reject(failure), quit, report)(quitRequest())
    await vi.waitFor(() => expect(quit).toHaveBeenCalled())
    expect(report).toHaveBeenCalledWith(failure)
  })
})
