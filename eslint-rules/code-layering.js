import { dirname, relative, resolve, sep } from 'node:path'
import { mainLayers } from './main-layers.js'

const MAIN = resolve('src/main')

/** The first folder below src/main holding `path`, '' for src/main/index.ts, null outside src/main. */
function mainFolderOf(path) {
  const inside = relative(MAIN, path)
  if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') return null
  const parts = inside.split(sep)
  return parts.length === 1 ? '' : parts[0]
}

function isTestFile(path) {
  return /\.test\.tsx?$/.test(path) || path.split(sep).includes('fixtures')
}

/** Refuses an import from one folder of src/main into another that the layering table does not allow. */
export const codeLayering = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports inside src/main follow the layering table of eslint-rules/main-layers.js' },
    schema: [],
    messages: {
      layer: "src/main/{{from}} may not import src/main/{{to}}: see the layering table in eslint-rules/main-layers.js (a helper both need belongs in a lower folder, e.g. storage).",
      unknown: 'src/main/{{from}} is not in the layering table of eslint-rules/main-layers.js: add it, with the folders it may import.',
      testToElectron: 'Tests do not import src/main/electron: it needs Electron, which tests run without.'
    }
  },
  create(context) {
    const file = context.filename
    const from = mainFolderOf(file)
    // src/main/index.ts is the Electron entry point: it may import everything.
    if (from === null || from === '') return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const to = mainFolderOf(resolve(dirname(file), source))
      if (to === null || to === '' || to === from) return
      if (isTestFile(file)) {
        if (to === 'electron') context.report({ node, messageId: 'testToElectron' })
        return
      }
      const allowed = mainLayers[from]
      if (!allowed) context.report({ node, messageId: 'unknown', data: { from } })
      else if (!allowed.includes(to)) context.report({ node, messageId: 'layer', data: { from, to } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value)
    }
  }
}

export default { rules: { 'code-layering': codeLayering } }
