import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractAll, listPackage } from '@electron/asar'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { expect, test } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { APP_ID } from '../src/main/desktop/app-identity'

/**
 * Packs the app as `npm run dist` would, but as a folder (`--dir`) and against a stand-in for
 * Electron's binary, which these machines cannot download: electron-builder copies the stand-in
 * folder, renames its `electron` and flips its fuses, so the stand-in carries a fuse wire as
 * Electron 45's binary does (the sentinel, version 1, nine fuses at Electron's defaults). Run after
 * `electron-vite build` (npm run test:e2e does both).
 */
const run = promisify(execFile)
const root = process.cwd()
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, ASAR integrity off,
// only-ASAR off, browser V8 snapshot off, file:// privileges on, Wasm trap handlers on.
const ELECTRON_DEFAULT_FUSES = '101100011'

async function makeStandInElectron(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true })
  const binary = join(folder, 'electron')
  await writeFile(binary, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]))
  await chmod(binary, 0o755)
  await writeFile(join(folder, 'LICENSE'), 'stand-in for the Electron binary in e2e/packaged-app.spec.ts')
}

test.describe('the packaged app', () => {
  test.describe.configure({ mode: 'serial' })
  let workFolder = ''
  let appFolder = ''

  test.beforeAll(async () => {
    test.setTimeout(300_000)
    workFolder = await mkdtemp(join(tmpdir(), 'riscontro-pack-'))
    const electronDist = join(workFolder, 'electron-dist')
    await makeStandInElectron(electronDist)
    await run(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(workFolder, 'dist')}`
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } }
    )
    appFolder = join(workFolder, 'dist', 'linux-unpacked')
  })

  test.afterAll(async () => {
    if (workFolder) await rm(workFolder, { recursive: true, force: true })
  })

  test('its archive holds the built main, preload and renderer and the runtime dependencies, and no sources, tests or dev tools', async () => {
    const files = new Set(listPackage(join(appFolder, 'resources', 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/')))
    for (const built of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files, built).toContain(built)
    const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }
    for (const dependency of Object.keys(packageJson.dependencies)) expect(files, dependency).toContain(`/node_modules/${dependency}/package.json`)
    const topFolders = new Set([...files].map((file) => file.split('/')[1]))
    expect([...topFolders].sort()).toEqual(['node_modules', 'out', 'package.json'])
    // Renderer libraries are bundled into out/renderer by Vite, never packed a second time; nor is any dev tool.
    for (const devDependency of Object.keys(packageJson.devDependencies)) expect(files, devDependency).not.toContain(`/node_modules/${devDependency}/package.json`)
    expect([...files].filter((file) => /\.(ts|map)$/.test(file) || file.startsWith('/src/') || file.startsWith('/e2e/'))).toEqual([])
  })

  test('every package the built main imports is a runtime dependency, and each loads from the archive with Node', async () => {
    const extracted = join(workFolder, 'extracted')
    extractAll(join(appFolder, 'resources', 'app.asar'), extracted)
    const packageJson = JSON.parse(await readFile(join(extracted, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const mainFolder = join(extracted, 'out', 'main')
    const imported = new Set<string>()
    for (const file of (await readdir(mainFolder, { recursive: true })).filter((name) => name.endsWith('.js'))) {
      const code = await readFile(join(mainFolder, file), 'utf8')
      const statements = [...code.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm), ...code.matchAll(/\b(?:import|require)\("([^"]+)"\)/g)]
      for (const [, specifier] of statements) {
        if (!/^(@[\w.-]+\/)?[\w.-]+(\/[\w./-]*)?$/.test(specifier!) || specifier!.startsWith('.') || specifier === 'electron') continue
        imported.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!)
      }
    }
    expect(imported.size).toBeGreaterThan(5)
    expect([...imported].filter((name) => !(name in packageJson.dependencies))).toEqual([])
    const script = `for (const name of ${JSON.stringify(Object.keys(packageJson.dependencies))}) await import(name)`
    await expect(run(process.execPath, ['--input-type=module', '-e', script], { cwd: extracted })).resolves.toBeDefined()
  })

  test('the sample library and the README sit in the resources folder, where the packaged app looks', async () => {
    // src/main/index.ts: `app.isPackaged ? join(process.resourcesPath, 'sample-library')`; Help opens resources/README.md.
    const sample = (await readdir(join(appFolder, 'resources', 'sample-library'))).sort()
    expect(sample).toEqual((await readdir(join(root, 'resources', 'sample-library'))).sort())
    expect(existsSync(join(appFolder, 'resources', 'README.md'))).toBe(true)
    expect(existsSync(join(appFolder, 'riscontro'))).toBe(true)
  })

  test('the Electron fuses are set: no RunAsNode, NODE_OPTIONS or --inspect; cookie encryption, ASAR integrity and only-ASAR on', async () => {
    const fuses = await getCurrentFuseWire(join(appFolder, 'riscontro'))
    expect(fuses[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE)
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE)
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE)
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE)
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE)
  })

  test('the packaging id is the one the app gives Windows', async () => {
    const config = parseYaml(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as { appId: string }
    expect(config.appId).toBe(APP_ID)
  })
})
