/**
 * Runs tasks one after another, each starting once the previous one settled, whatever its outcome:
 * changes to a file of the user's work each start from the state the previous one left, and a
 * failed write does not block the ones after it (its caller gets the error).
 */
export class SerialQueue {
  private last: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task)
    this.last = next.catch(() => undefined)
    return next
  }
}
