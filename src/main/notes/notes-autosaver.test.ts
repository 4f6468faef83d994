import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Note } from './note-types'
import { NotesAutosaver } from './notes-autosaver'

function notesWithBody(body: string): Note[] {
  return [{ id: 'n', target: { kind: 'library' }, body, createdAt: '', updatedAt: '', anchor: null, orphaned: false }]
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('NotesAutosaver', () => {
  it('saves once, shortly after the user stops typing, with the latest text', async () => {
    const saved: string[] = []
    const saver = new NotesAutosaver(async (notes) => void saved.push(notes[0]!.body), { delayMs: 300 })
    for (const body of ['C', 'Ci', 'Cir', 'Circa']) {
      saver.schedule(notesWithBody(body))
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(300)
    expect(saved).toEqual(['Circa'])
    expect(saver.busy).toBe(false)
  })

  it('saves at least once a second while the user keeps typing', async () => {
    const saved: string[] = []
    const saver = new NotesAutosaver(async (notes) => void saved.push(notes[0]!.body), { delayMs: 300, maxWaitMs: 1000 })
    for (let tick = 1; tick <= 25; tick++) {
      saver.schedule(notesWithBody(`v${tick}`))
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(saved).toEqual(['v10', 'v20'])
  })

  it('flush writes what is pending at once and waits for it', async () => {
    const saved: string[] = []
    const saver = new NotesAutosaver(async (notes) => void saved.push(notes[0]!.body))
    saver.schedule(notesWithBody('typed'))
    await saver.flush()
    expect(saved).toEqual(['typed'])
    await saver.flush()
    await vi.advanceTimersByTimeAsync(2000)
    expect(saved).toEqual(['typed'])
  })

  it('never overlaps saves: a change made during a save is written after it', async () => {
    const events: string[] = []
    let release: () => void = () => undefined
    const saver = new NotesAutosaver(async (notes) => {
      events.push(`start ${notes[0]!.body}`)
      if (notes[0]!.body === 'one') await new Promise<void>((done) => (release = done))
      events.push(`end ${notes[0]!.body}`)
    })
    saver.schedule(notesWithBody('one'))
    await vi.advanceTimersByTimeAsync(300)
    saver.schedule(notesWithBody('two'))
    const flushed = saver.flush()
    await vi.advanceTimersByTimeAsync(10)
    expect(events).toEqual(['start one'])
    release()
    await flushed
    expect(events).toEqual(['start one', 'end one', 'start two', 'end two'])
  })

  it('keeps unsaved notes after a failed save, reports it, and retries on flush', async () => {
    const errors: unknown[] = []
    let failures = 1
    const saved: string[] = []
    const saver = new NotesAutosaver(
      async (notes) => {
        if (failures-- > 0) throw new Error('disk full')
        saved.push(notes[0]!.body)
      },
      { onError: (error) => errors.push(error) }
    )
    saver.schedule(notesWithBody('precious'))
    await vi.advanceTimersByTimeAsync(300)
    expect(errors).toHaveLength(1)
    expect(saver.busy).toBe(true)
    await saver.flush()
    expect(saved).toEqual(['precious'])
  })

  it('flush rejects when the save fails, and dispose refuses later changes', async () => {
    const saver = new NotesAutosaver(async () => Promise.reject(new Error('read-only')))
    saver.schedule(notesWithBody('x'))
    await expect(saver.flush()).rejects.toThrow('read-only')
    const ok = new NotesAutosaver(async () => undefined)
    await ok.dispose()
    expect(() => ok.schedule(notesWithBody('y'))).toThrow(/disposed/)
  })
})
