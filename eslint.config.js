import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import layering from './eslint-rules/code-layering.js'

// Code is sorted by the runtime it runs in; these rules refuse imports across the wrong boundary.
const noElectron = {
  paths: [{ name: 'electron', message: 'Domain code stays Electron-free so the CLI and Node tests run it; wire Electron in src/main/electron or src/main/index.ts.' }]
}
const rendererBoundary = {
  patterns: [
    { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through window.riscontro (src/renderer/src/lib/api.ts).' },
    { group: ['node:*', 'electron'], message: 'The renderer runs in a sandboxed browser page: no Node or Electron modules.' }
  ]
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/shared/**/*.ts', 'src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] }
  },
  {
    // Layering inside src/main, by table (eslint-rules/main-layers.js), after VS Code's code-layering.
    files: ['src/main/**/*.ts'],
    plugins: { local: layering },
    rules: { 'local/code-layering': 'error' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this project does not use; TanStack Virtual is fine without it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', rendererBoundary]
    }
  }
)
