import { execFile, execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rename, symlink, truncate, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleSummary, ScanReport } from '../../shared/model'
import { createRequestHandlers, settleRequest } from '../api/request-handlers'
import { MAX_ARTICLE_BYTES } from '../library/file-entries'
import { LibraryIndex, readFileBytes } from '../library/library-index'
import { LibraryService } from '../app/library-service'

/** Issue 15: every file is accounted for, and no file hangs the scan or slips past the size limit. */

const sampleLibrary = resolve('resources/sample-library')
let workDir: string
let libraryDir: string
let dataDir: string
const servers: Server[] = []

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'riscontro-hostile-files-'))
  libraryDir = join(workDir, 'library')
  dataDir = join(workDir, 'data')
  await cp(sampleLibrary, libraryDir, { recursive: true })
})

afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((closed) => server.close(closed))
  // GNU rm removes trees deeper than PATH_MAX; fs.rm stops at ENAMETOOLONG.
  execFileSync('rm', ['-rf', workDir])
})

async function indexedSummaries(): Promise<ArticleSummary[]> {
  const index = new LibraryIndex(libraryDir, dataDir, { onProgress: () => undefined, onChange: () => undefined })
  await index.index()
  await index.close()
  return index.summaries()
}

function listed(summaries: ArticleSummary[], file: string): ArticleSummary | undefined {
  return summaries.find((summary) => summary.file === file)
}

describe('every file is listed, with a reason', () => {
  it('FIFOs and sockets are listed as special files and never opened; the scan finishes', async () => {
    execFileSync('mkfifo', [join(libraryDir, 'pipe.txt')])
    const server = createServer()
    servers.push(server)
    await new Promise<void>((listening) => server.listen(join(libraryDir, 'socket.txt'), listening))
    const summaries = await indexedSummaries()
    expect(listed(summaries, 'pipe.txt')).toMatchObject({ status: 'special-file', reason: expect.stringContaining('named pipe (FIFO)') })
    expect(listed(summaries, 'socket.txt')).toMatchObject({ status: 'special-file', reason: expect.stringContaining('socket') })
    expect(summaries.filter((summary) => summary.status === 'ok')).toHaveLength(5)
  })

  it('a FIFO swapped in after the walk is refused when opened, not waited on', async () => {
    const pipe = join(libraryDir, 'swapped.txt')
    execFileSync('mkfifo', [pipe])
    // The walk saw a 2 KB article here; reading opens with O_NONBLOCK and checks fstat first.
    await expect(readFileBytes(pipe, 2048)).rejects.toMatchObject({ code: 'ESPECIAL' })
  })

  it('a dangling link is listed as a broken link', async () => {
    await symlink(join(libraryDir, 'gone.txt'), join(libraryDir, 'link.txt'))
    expect(listed(await indexedSummaries(), 'link.txt')).toMatchObject({ status: 'broken-link', reason: expect.stringContaining('not there') })
  })

  it('a name that is not valid UTF-8 is listed with what to do', async () => {
    const latin1Name = Buffer.concat([Buffer.from(`${libraryDir}/citt`), Buffer.from([0xe0]), Buffer.from('.txt')])
    await writeFile(latin1Name, 'Roma, 12 gennaio 2026. Le truppe inviate sono 11.000.')
    const summaries = await indexedSummaries()
    const odd = summaries.find((summary) => summary.file.startsWith('citt'))
    expect(odd).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('not valid UTF-8') })
  })

  it('files below a path longer than the system allows are listed, not dropped', async () => {
    const segment = 'cartella-con-un-nome-molto-lungo-'.repeat(7).slice(0, 230)
    // Built inside out with renames of short paths: no absolute path this long can be passed to mkdir.
    const top = join(workDir, 'top')
    await mkdir(top)
    await writeFile(join(top, 'articolo.txt'), 'Roma. Le truppe sono 11.000.')
    for (let level = 0; level < 19; level++) {
      const wrapper = join(workDir, 'wrapper')
      await mkdir(wrapper)
      await rename(top, join(wrapper, `${segment}${level}`))
      await rename(wrapper, top)
    }
    await rename(top, join(libraryDir, 'profondo'))
    const summaries = await indexedSummaries()
    const tooLong = summaries.filter((summary) => summary.reason?.includes('longer than the system allows'))
    expect(tooLong.length).toBeGreaterThan(0)
    expect(summaries.filter((summary) => summary.status === 'ok')).toHaveLength(5)
  })

  it('a file that grows past the size limit while being read stops at the limit', async () => {
    const growing = join(libraryDir, 'growing.txt')
    await writeFile(growing, 'Roma. Le truppe sono 11.000.')
    // The walk saw 28 bytes; by the time it is read it is over the limit.
    await truncate(growing, MAX_ARTICLE_BYTES + 4096)
    await expect(readFileBytes(growing, 28)).rejects.toMatchObject({ code: 'ETOOLARGE' })
  })
})

/** Control characters (C0, DEL, C1) anywhere but the line breaks. */
function controlCharactersIn(output: string): string[] {
  return output.split('\n').flatMap((line) => line.match(/\p{Cc}/gu) ?? [])
}

describe('terminal output and folder opens', () => {
  it('scan prints no escape sequences from file names or titles', { timeout: 120_000 }, async () => {
    await writeFile(join(libraryDir, 'rosso\u001b[31m\u001b]0;pwned\u0007.txt'), 'Roma, 12 gennaio 2026.\n\nLe truppe inviate sono 11.000 soldati.')
    await writeFile(join(libraryDir, 'titolo.html'), '<html><head><title>Titolo\u001b[2J\u009b31m</title></head><body><p>Secondo il NIS le truppe sono 12.000 soldati.</p></body></html>')
    const run = promisify(execFile)
    const env = { ...process.env, RISCONTRO_DATA_DIR: dataDir }
    const cli = resolve('src/main/cli/riscontro-cli.ts')
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, 'scan', libraryDir], { env })
    expect(stdout).toContain('rosso[31m]0;pwned.txt')
    expect(controlCharactersIn(stdout)).toEqual([])
    const searched = await run(process.execPath, ['--import', 'tsx', cli, 'search', libraryDir, 'soldati'], { env })
    expect(controlCharactersIn(searched.stdout)).toEqual([])
    // JSON output keeps the data as it is (escaped by JSON), for programs.
    const json = JSON.parse((await run(process.execPath, ['--import', 'tsx', cli, 'scan', libraryDir, '--json'], { env })).stdout) as ScanReport
    expect(json.articles.some((article) => article.file.includes('\u001b'))).toBe(true)
  })

  it('the page can open only folders the user chose: a path it names is refused unless it is in the recent list', async () => {
    const service = new LibraryService({ dataDir, sampleFolder: sampleLibrary, watch: false })
    const handlers = createRequestHandlers(service, { chooseFolder: async () => null, chooseExportPath: async () => null, writeClipboard: () => undefined, printToPdf: () => Promise.reject(new Error('This test prints no PDF.')) })
    const secrets = join(workDir, '.ssh')
    await mkdir(secrets)
    await writeFile(join(secrets, 'id_ed25519.txt'), '-----BEGIN OPENSSH PRIVATE KEY-----')
    expect(await settleRequest(() => handlers.openRecentFolder(secrets))).toMatchObject({ ok: false, error: expect.objectContaining({ message: expect.stringContaining('only folders you chose') }) })
    expect(service.getLibrary()).toBeNull()
    await service.openFolder(libraryDir)
    await service.openSampleLibrary()
    expect(await settleRequest(() => handlers.openRecentFolder(libraryDir))).toMatchObject({ ok: true })
    await service.close()
  })
})
