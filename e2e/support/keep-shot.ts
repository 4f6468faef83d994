import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

/** Screens worth keeping for an issue, outside the repository; the run's own copies stay in test-results. */
const shotsDir = process.env.RISCONTRO_SHOTS_DIR

export async function keepShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` })
  if (shotsDir) {
    await mkdir(shotsDir, { recursive: true })
    await page.screenshot({ path: join(shotsDir, `${name}.png`) })
  }
}
