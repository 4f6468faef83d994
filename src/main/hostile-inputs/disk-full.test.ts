import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Note } from '../../shared/model'
import { LibraryNotes } from '../notes/library-notes'
import { userMessage } from '../../shared/i18n/user-message'
import { notesFilePath, parseNotesFile, saveNotes } from '../notes/notes-store'
import { DiskFullError, nodeFileSystem, writeFileDurably, type DurableFileSystem } from '../storage/write-file-durably'

/**
 * Issue 15: write-file-atomic 7.0.1 ignored short writes, so with 300 KB free saving a 371 KB note
 * reported success and left notes.json as 262,144 bytes of broken JSON. These tests run the write
 * path on a file system that short-writes and fills up (injected), and on a real 200 KB tmpfs when
 * this machine lets us mount one.
 */

/** The real file system, except that writes take at most `perWrite` bytes and the disk holds `capacity`. */
function fillingFileSystem(capacity: number, perWrite = 65_536): DurableFileSystem & { written: number } {
  const fs = {
    written: 0,
    open: async (path: string, flags: string, mode?: number) => {
      const handle = await nodeFileSystem.open(path, flags, mode)
      return {
        write: async (buffer: Uint8Array, offset: number, length: number) => {
          const room = capacity - fs.written
          if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
          const accepted = Math.min(length, perWrite, room)
          fs.written += accepted
          return handle.write(buffer, offset, accepted)
        },
        sync: () => handle.sync(),
        stat: () => handle.stat(),
        close: () => handle.close()
      }
    },
    rename: nodeFileSystem.rename,
    unlink: nodeFileSystem.unlink
  }
  return fs
}

/** A file system whose writes report success for fewer bytes than asked, then none at all (a full disk that does not say ENOSPC). */
function stallingFileSystem(): DurableFileSystem {
  return {
    ...fillingFileSystem(Number.MAX_SAFE_INTEGER),
    open: async (path, flags, mode) => {
      const handle = await nodeFileSystem.open(path, flags, mode)
      let calls = 0
      return {
        write: (buffer, offset, length) => (calls++ === 0 ? handle.write(buffer, offset, Math.min(length, 1000)) : Promise.resolve({ bytesWritten: 0 })),
        sync: () => handle.sync(),
        stat: () => handle.stat(),
        close: () => handle.close()
      }
    }
  }
}

function notesOfSize(bytes: number, label: string): Note[] {
  return [
    {
      id: 'n1',
      target: { kind: 'library' },
      body: `${label}:${'x'.repeat(bytes)}`,
      createdAt: '2026-01-10T10:00:00Z',
      updatedAt: '2026-01-10T10:00:00Z',
      anchor: null,
      orphaned: false
    }
  ]
}

let workDir: string
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-disk-'))
})
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('durable writes on a file system that short-writes and fills up', () => {
  it('a write continued across short writes yields the whole file', async () => {
    const path = join(workDir, 'short-writes.json')
    const text = JSON.stringify({ body: 'é'.repeat(300_000) })
    await writeFileDurably(path, text, { fs: fillingFileSystem(Number.MAX_SAFE_INTEGER, 4096) })
    expect(await readFile(path, 'utf8')).toBe(text)
  })

  it('a full disk leaves the previous file whole, throws DiskFullError and leaves no temporary file', async () => {
    const folder = join(workDir, 'full')
    await mkdir(folder)
    const path = join(folder, 'notes.json')
    await writeFile(path, '{"version":1}')
    const error = await writeFileDurably(path, 'y'.repeat(371_000), { fs: fillingFileSystem(300_000) }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DiskFullError)
    expect(await readFile(path, 'utf8')).toBe('{"version":1}')
    expect(await readdir(folder)).toEqual(['notes.json'])
  })

  it('a write that stops making progress is a full disk too, never a success', async () => {
    const path = join(workDir, 'stalling.json')
    await writeFile(path, 'before')
    await expect(writeFileDurably(path, 'z'.repeat(10_000), { fs: stallingFileSystem() })).rejects.toBeInstanceOf(DiskFullError)
    expect(await readFile(path, 'utf8')).toBe('before')
  })

  it('streams chunks, so exports need not be one string', async () => {
    const path = join(workDir, 'streamed.md')
    async function* chunks(): AsyncGenerator<string> {
      for (let line = 0; line < 1000; line++) yield `| ${line} |\n`
    }
    await writeFileDurably(path, chunks())
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(1001)
  })

  it('a streamed write keeps its guarantees: a full disk, a failing producer or a refusal leave the old file whole and nothing beside it', async () => {
    const folder = join(workDir, 'streamed')
    await mkdir(folder)
    const path = join(folder, 'confronto.md')
    await writeFile(path, 'export precedente')
    function* lines(count: number): Generator<string> {
      for (let line = 0; line < count; line++) yield `| ${line} | “11.000 soldati” |\n`
    }
    function* failing(): Generator<string> {
      yield* lines(50_000)
      throw new Error('the export failed half-way')
    }
    await expect(writeFileDurably(path, lines(50_000), { fs: fillingFileSystem(300_000, 4096) })).rejects.toBeInstanceOf(DiskFullError)
    await expect(writeFileDurably(path, failing())).rejects.toThrow('the export failed half-way')
    await expect(writeFileDurably(path, lines(10), { shouldReplace: () => false })).resolves.toBe(false)
    expect(await readFile(path, 'utf8')).toBe('export precedente')
    expect(await readdir(folder)).toEqual(['confronto.md'])
    await expect(writeFileDurably(path, lines(50_000), { shouldReplace: () => true })).resolves.toBe(true)
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(50_001)
  })
})

/** Root may mount a tmpfs; elsewhere (or in a container that forbids it) these tests are skipped and the injected ones above stand. */
function mountTinyTmpfs(path: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('notes on a real 200 KB tmpfs', () => {
  let mountPoint = ''
  let mounted = false
  beforeAll(async () => {
    mountPoint = await mkdtemp(join(tmpdir(), 'riscontro-tmpfs-'))
    mounted = mountTinyTmpfs(mountPoint, '200k')
  })
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mountPoint])
    await rm(mountPoint, { recursive: true, force: true })
  })

  it('saving a note larger than the free space keeps the previous notes file whole and says "disk full"', async (context) => {
    if (!mounted) context.skip()
    const dataDir = join(mountPoint, 'data')
    const folder = '/articles/rassegna'
    await saveNotes(dataDir, folder, notesOfSize(60_000, 'first'))
    const notes = new LibraryNotes(dataDir, folder)
    await notes.load()
    const source = { claimsById: () => new Map(), articlesById: () => new Map() }
    await expect(notes.save({ kind: 'library' }, 'x'.repeat(371_000), null, source)).rejects.toThrow(userMessage('noteDiskFull').message)

    const parsed = parseNotesFile(await readFile(notesFilePath(dataDir, folder), 'utf8'))
    expect(parsed.ok && parsed.file.notes[0]!.body.startsWith('first:')).toBe(true)
    expect(await readdir(dirname(notesFilePath(dataDir, folder)))).toEqual(['notes.json'])
    // A note that fits beside the previous file goes through: nothing was left behind to fill the disk.
    await expect(notes.save({ kind: 'library' }, 'x'.repeat(80_000), null, source)).resolves.toMatchObject({ body: 'x'.repeat(80_000) })
  })
})
