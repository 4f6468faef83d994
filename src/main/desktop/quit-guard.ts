/**
 * Quitting waits for the library's pending writes (notes and corrections being saved, the index
 * closing): the first quit request is held (`preventDefault`), `flush` runs, and the quit is then
 * asked again, which passes. Requests while flushing are held too, so a second Cmd+Q cannot cut a
 * save short. A flush that fails is reported, never a reason to refuse to quit.
 */
export function createQuitGuard(flush: () => Promise<void>, quit: () => void, report: (error: unknown) => void): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'flushing' | 'flushed' = 'running'
  return (event) => {
    if (state === 'flushed') return
    event.preventDefault()
    if (state === 'flushing') return
    state = 'flushing'
    void flush()
      .catch(report)
      .finally(() => {
        state = 'flushed'
        quit()
      })
  }
}
