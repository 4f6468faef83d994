import { vi } from 'vitest'
import type { RiscontroApi } from '../../../shared/contract'
import type { ArticleSummary, LibrarySnapshot } from '../../../shared/model'
import { useAppStore } from './app-store'

/**
 * Support for the store's tests, after zustand's testing guide: every test starts from the store's
 * initial state, and the bridge is a fake standing in for `window.riscontro`, holding only the
 * operations the test's actions use (recording what they asked).
 */
const initialState = useAppStore.getState()

export function resetAppStore(): void {
  useAppStore.setState(initialState, true)
}

/** Installs `bridge` as `window.riscontro`; undo with `vi.unstubAllGlobals()` after each test. */
export function installFakeBridge<Bridge extends Partial<RiscontroApi>>(bridge: Bridge): Bridge {
  vi.stubGlobal('window', { riscontro: bridge as unknown as RiscontroApi })
  return bridge
}

export function articleSummary(id: string, title: string, file = `${id}.md`): ArticleSummary {
  return { id, file, title, date: '2026-11-14', outlet: null, author: null, url: null, language: 'it', words: 120, claimCount: 3, truncated: false, status: 'ok', reason: null, problem: null }
}

export function librarySnapshot(generation: number, articles: ArticleSummary[]): LibrarySnapshot {
  return { generation, folder: `/home/redazione/Rassegna ${generation}`, name: `Rassegna ${generation}`, isSample: false, articles }
}
