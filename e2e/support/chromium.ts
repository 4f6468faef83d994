/**
 * Debian's Chromium, never a downloaded browser (our machines cannot download one), with the flags
 * of a headless, offline run: shared by the end-to-end tests and the benchmarks that drive a page.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
}
