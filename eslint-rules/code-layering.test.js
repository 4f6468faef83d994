import { resolve } from 'node:path'
import { RuleTester } from 'eslint'
import { describe, expect, it } from 'vitest'
import { codeLayering } from './code-layering.js'
import { mainLayers, testOnlyFolders } from './main-layers.js'

RuleTester.describe = describe
RuleTester.it = it
const ruleTester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } })
const inMain = (path) => resolve('src/main', path)

describe('the layering table', () => {
  it('names every folder it allows, and only folders that are in it', () => {
    for (const [folder, allowed] of Object.entries(mainLayers)) {
      for (const lower of allowed) expect(Object.keys(mainLayers), `${folder} → ${lower}`).toContain(lower)
    }
    for (const folder of testOnlyFolders) expect(mainLayers[folder]).toEqual([])
  })

  it('has no cycle: no two folders can import each other, directly or through others', () => {
    const visiting = new Set()
    const done = new Set()
    const visit = (folder, path) => {
      if (done.has(folder)) return
      if (visiting.has(folder)) throw new Error(`cycle: ${[...path, folder].join(' → ')}`)
      visiting.add(folder)
      for (const lower of mainLayers[folder]) visit(lower, [...path, folder])
      visiting.delete(folder)
      done.add(folder)
    }
    for (const folder of Object.keys(mainLayers)) expect(() => visit(folder, [])).not.toThrow()
  })

  it('keeps the domain on the ground floor and every feature below the composition root', () => {
    for (const domain of ['articles', 'claims', 'alignment']) expect(mainLayers[domain].every((folder) => ['shared', 'language', 'storage'].includes(folder))).toBe(true)
    for (const feature of ['notes', 'comparison', 'export', 'search', 'library']) expect(mainLayers[feature]).not.toContain('app')
  })
})

ruleTester.run('code-layering', codeLayering, {
  valid: [
    { filename: inMain('notes/library-notes.ts'), code: "import { SerialQueue } from '../storage/serial-queue'" },
    { filename: inMain('claims/extract-claims.ts'), code: "import { italian } from '../language/italian'\nimport { claimKinds } from '../../shared/model'" },
    { filename: inMain('app/library-service.ts'), code: "import { LibraryNotes } from '../notes/library-notes'" },
    { filename: inMain('index.ts'), code: "import { registerIpc } from './electron/register-ipc'" },
    { filename: inMain('export/export-markdown.ts'), code: "import { buildSections } from './export-sections'" },
    { filename: inMain('search/search-library.test.ts'), code: "import { LibraryService } from '../app/library-service'" },
    { filename: resolve('src/renderer/src/main.tsx'), code: "import { x } from '../../main/app/library-service'" }
  ],
  invalid: [
    { filename: inMain('notes/notes-store.ts'), code: "import { libraryKey } from '../library/data-dir'", errors: [{ messageId: 'layer' }] },
    { filename: inMain('claims/extract-claims.ts'), code: "import { alignClaims } from '../alignment/align-claims'", errors: [{ messageId: 'layer' }] },
    { filename: inMain('export/export-file.ts'), code: "export { LibraryService } from '../app/library-service'", errors: [{ messageId: 'layer' }] },
    { filename: inMain('comparison/library-comparison.ts'), code: "const service = await import('../app/library-service')", errors: [{ messageId: 'layer' }] },
    { filename: inMain('storage/json-file.ts'), code: "export * from '../notes/notes-store'", errors: [{ messageId: 'layer' }] },
    { filename: inMain('reports/weekly.ts'), code: "import { z } from '../storage/serial-queue'", errors: [{ messageId: 'unknown' }] },
    { filename: inMain('notes/notes-store.test.ts'), code: "import { registerIpc } from '../electron/register-ipc'", errors: [{ messageId: 'testToElectron' }] }
  ]
})
