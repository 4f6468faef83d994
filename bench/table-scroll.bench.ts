/**
 * Scrolling the comparison table at 5,000 rows × 50 sources (issue 4: "scrolls smoothly"): the
 * built renderer in Chromium, fed a synthetic comparison by a stand-in bridge, scrolled down and
 * across while every frame's interval is recorded. Prints frame-time medians and the share of
 * frames over 50 ms; asserts nothing.
 *
 *   npx electron-vite build && npx tsx bench/table-scroll.bench.ts
 */
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium'
import { pageInitScript } from './support/bench-report'

const rendererDir = resolve('out/renderer')
const ROWS = 5000
const SOURCES = 50

/** Runs in the page: a bridge that answers with a synthetic library and comparison, built in the page. */
function installSyntheticBridge(rowCount: number, sourceCount: number): void {
  const hex = (n: number): string => n.toString(16).padStart(16, '0')
  const articles = Array.from({ length: sourceCount }, (_, index) => ({
    id: hex(index + 1),
    file: `fonte-${index}.txt`,
    title: `Fonte ${index}: un articolo sul conflitto`,
    date: `2025-${String((index % 12) + 1).padStart(2, '0')}-01`,
    outlet: null,
    author: null,
    url: null,
    language: 'it',
    words: 600,
    claimCount: rowCount,
    truncated: false,
    status: 'ok' as const,
    reason: null,
    problem: null
  }))
  const claims: unknown[] = []
  const rows: unknown[] = []
  for (let row = 0; row < rowCount; row++) {
    const claimIds: string[] = []
    for (let source = 0; source < sourceCount; source += 1 + (row % 3)) {
      const id = hex(1_000_000 + row * sourceCount + source)
      const value = 1000 * (row + 1) * (1 + (source % 5) / 10)
      claims.push({ id, articleId: articles[source]!.id, text: `${value.toLocaleString('it')} soldati`, start: 0, end: 10, sentence: 'Frase di esempio.', kind: 'count', value, low: value, high: value, qualifier: 'exact', unit: 'soldier', subject: 'soldati', source: null, period: null })
      claimIds.push(id)
    }
    rows.push({ id: hex(row + 1), storyId: 'story-1', label: `Quantità ${row}`, unit: 'soldier', claimIds, verdict: row % 4 === 0 ? 'agree' : 'differ', low: 1000 * (row + 1), high: 1400 * (row + 1), spread: 1.4, sourceCount: claimIds.length })
  }
  // One story holding every source (issue 9: a comparison names its stories, each row its story).
  const stories = [{ id: 'story-1', title: 'Fonti sul conflitto', articleIds: articles.map((article) => article.id), dateFrom: '2025-01-01', dateTo: '2025-12-01' }]
  const comparison = { articles, claims, stories, rows, canUndo: false, canRedo: false }
  const library = { generation: 1, folder: '/synthetic', name: 'Synthetic', isSample: false, articles }
  const none = (): (() => void) => () => undefined
  ;(window as unknown as { riscontro: unknown }).riscontro = {
    getLibrary: async () => library,
    openFolder: async () => library,
    chooseFolder: async () => null,
    openSampleLibrary: async () => library,
    listRecentFolders: async () => [],
    readArticle: async () => {
      throw new Error('not in this benchmark')
    },
    getComparison: async () => comparison,
    correctComparison: async () => comparison,
    undoCorrection: async () => comparison,
    redoCorrection: async () => comparison,
    loadWorkspace: async () => ({ view: 'compare', comparedArticleIds: [], compareAll: true, paneArticleIds: [], paneWidths: [], tableShare: 0.85, rowSearch: '', disagreementsOnly: false, rowSort: 'label', rowSortDescending: false, syncScroll: false }),
    saveWorkspace: async () => undefined,
    listStartupProblems: async () => [],
    listNotes: async () => [],
    listStories: async () => stories,
    searchLibrary: async (query: string) => ({ query, notes: [], articles: [], articleTotal: 0 }),
    onLinkOpened: none,
    onLibraryOpened: none,
    onLibraryChanged: none,
    onIndexProgress: none,
    onLibraryProblem: none,
    pathForDroppedFile: () => null
  }
}

function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!
}

async function main(): Promise<void> {
  if (!(await stat(join(rendererDir, 'index.html')).then(() => true, () => false))) {
    console.log('The renderer is not built: run `npx electron-vite build` first. Nothing measured.')
    return
  }
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  const server = createServer((request, response) => {
    const path = join(rendererDir, request.url === '/' ? 'index.html' : (request.url ?? '').split('?')[0]!)
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.addInitScript(pageInitScript(installSyntheticBridge, ROWS, SOURCES))
    await page.goto(url)
    const grid = page.getByRole('grid', { name: 'Comparison table' })
    await grid.getByRole('rowheader').first().waitFor()
    const box = (await grid.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)

    // Plain-text scripts: tsx's `__name` wrappers do not exist in the page's evaluation world.
    const record = (): Promise<void> =>
      page.evaluate(`(() => {
        const frames = []
        window.frames_ = frames
        let last = performance.now()
        const tick = (now) => {
          frames.push(now - last)
          last = now
          if (frames.length < 100000) requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })()`)
    const collect = (): Promise<number[]> => page.evaluate('window.frames_.splice(0)')

    for (const [name, dx, dy] of [
      ['down through 5,000 rows', 0, 400],
      ['across 50 sources', 300, 0]
    ] as const) {
      await record()
      for (let step = 0; step < 120; step++) {
        await page.mouse.wheel(dx, dy)
        await page.waitForTimeout(16)
      }
      const frames = (await collect()).slice(1)
      const slow = frames.filter((frame) => frame > 50).length
      console.log(
        `Scroll ${name}: ${frames.length} frames · median ${percentile(frames, 0.5).toFixed(1)} ms · p95 ${percentile(frames, 0.95).toFixed(1)} ms · ${((slow / frames.length) * 100).toFixed(1)}% over 50 ms`
      )
    }
    const shown = await grid.getByRole('rowheader').count()
    console.log(`Rendered at once: ${shown} of ${ROWS} rows (virtualized) × ${SOURCES} sources · headless Chromium, software rendering`)
  } finally {
    await browser.close()
    server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
