// Sums vitest's and Playwright's JSON reports into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [reportDir, exitStatus] = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0

const vitestPath = join(reportDir, 'vitest.json')
if (existsSync(vitestPath)) {
  const report = JSON.parse(readFileSync(vitestPath, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
}
const playwrightPath = join(reportDir, 'playwright.json')
if (existsSync(playwrightPath)) {
  const { stats } = JSON.parse(readFileSync(playwrightPath, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
  skipped += stats.skipped
}
// A run that failed before any suite reported (type errors, lint) must not read as green.
if (Number(exitStatus) !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
