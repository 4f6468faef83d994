import { describe, expect, it } from 'vitest'
import { SerialQueue } from './serial-queue'

describe('SerialQueue', () => {
  it('runs tasks one after another, in the order given, even when an earlier one is slower', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    const task = (name: string, ms: number) => () => new Promise<string>((resolve) => setTimeout(() => (log.push(name), resolve(name)), ms))
    const results = await Promise.all([queue.run(task('slow', 30)), queue.run(task('fast', 1))])
    expect(results).toEqual(['slow', 'fast'])
    expect(log).toEqual(['slow', 'fast'])
  })

  it('gives a failure to its caller and goes on with the next task', async () => {
    const queue = new SerialQueue()
    const failed = queue.run(() => Promise.reject(new Error('disk full')))
    const next = queue.run(async () => 'written')
    await expect(failed).rejects.toThrow('disk full')
    await expect(next).resolves.toBe('written')
  })
})
