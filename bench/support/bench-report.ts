import { execSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

/** The middle sample: timings on shared machines are noisy, and one slow run must not move the figure. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** The header every benchmark prints, so a figure can be traced to its commit and machine. */
export function benchHeader(title: string): string {
  let commit = 'unknown'
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // Not a git checkout: the figures still stand, without a commit.
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')
  return [
    `Riscontro ${title} · commit ${commit} · ${new Date().toISOString()}`,
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} · ${cpus().length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · load average ${load}`
  ].join('\n')
}

/**
 * An init script that calls `install(...args)` in the page. tsx compiles with keepNames, wrapping
 * functions in `__name(…)`, which the page does not have: the script defines it first.
 */
export function pageInitScript<A extends unknown[]>(install: (...args: A) => void, ...args: A): { content: string } {
  return { content: `var __name = (target) => target;\n(${install.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')})` }
}
