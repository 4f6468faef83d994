import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/chromium'

// CI asks for a machine-readable report too, to print one summed closing line over all suites.
const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/playwright.json` }]] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off'
  },
  projects: [
    {
      name: 'renderer-with-bridge',
      testIgnore: /(electron-app[a-z-]*|packaged-app)\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...chromiumLaunchOptions
        }
      }
    },
    { name: 'electron-app', testMatch: /electron-app[a-z-]*\.spec\.ts/ },
    // Node only: packs the app with electron-builder and reads what it made (no browser).
    { name: 'packaging', testMatch: /packaged-app\.spec\.ts/ }
  ]
})
