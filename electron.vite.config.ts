import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The dev server injects styles and a hot-reload socket, which the production CSP (in index.html)
 * rightly refuses; `npm run dev` loosens it for those two, and builds keep it strict.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'riscontro-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:")
  }
}

/** Every build of the app builds the CLI too (out/cli, see scripts/build-cli.mjs): one command ships both. */
function buildCliWithMain(): Plugin {
  return {
    name: 'riscontro-cli',
    apply: 'build',
    closeBundle: () => void execFileSync(process.execPath, [resolve('scripts/build-cli.mjs')], { stdio: 'inherit' })
  }
}

export default defineConfig({
  main: {
    plugins: [buildCliWithMain()],
    build: {
      // The parse worker is an entry of its own: the index starts it from beside the main entry (parse-pool.ts).
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'parse-worker': resolve('src/main/library/parse-worker.ts') } }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react(), relaxCspForDevServer()]
  }
})
