import { defineConfig } from 'vitest/config'

// CI asks for a machine-readable report too, to print one summed closing line over all suites.
const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts', 'eslint-rules/**/*.test.js'],
    environment: 'node',
    testTimeout: 20_000,
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/vitest.json` }]] : ['default']
  }
})
