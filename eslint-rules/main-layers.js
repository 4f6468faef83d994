/**
 * Which folder of src/main may import which (after VS Code's `code-layering` rule): each folder lists
 * the folders it may use besides itself and src/shared. Lower layers come first; the table is a
 * directed graph without cycles (code-layering.test.ts checks it), so no two folders import each other.
 *
 * - storage, language: the ground floor; helpers every store and every domain folder use.
 * - articles, claims, alignment: the domain; only shared, language and storage.
 * - notes, comparison, export, search, library: features; never `app` (the composition root).
 * - app: composes the library; api, cli, electron and src/main/index.ts sit on top of it.
 *
 * Tests and their fixtures may import any folder but `electron` (they build real libraries end to end).
 */
const ground = ['storage', 'language']
const domain = [...ground, 'articles', 'claims', 'alignment']

export const mainLayers = {
  storage: [],
  language: [],
  articles: ground,
  claims: ground,
  alignment: ground,
  desktop: ground,
  notes: domain,
  comparison: domain,
  export: [...domain, 'notes'],
  search: [...domain, 'notes'],
  library: [...domain, 'export'],
  app: [...domain, 'notes', 'comparison', 'export', 'search', 'library'],
  api: [...domain, 'notes', 'comparison', 'export', 'search', 'library', 'app'],
  cli: [...domain, 'notes', 'comparison', 'export', 'search', 'library', 'app'],
  electron: [...domain, 'notes', 'comparison', 'export', 'search', 'library', 'app', 'api', 'desktop'],
  'hostile-inputs': []
}

/** Only tests live here: they follow the rule for tests, not a row of the table. */
export const testOnlyFolders = ['hostile-inputs']
