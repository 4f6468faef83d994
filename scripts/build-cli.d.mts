/** Types of build-cli.mjs's exports, for the benchmarks that import it. */
export const cliOutDir: string
export function bundleForNode(entryPoints: Record<string, string>, outdir: string): Promise<void>
export function buildCli(): Promise<void>
