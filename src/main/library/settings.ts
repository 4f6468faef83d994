import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { z } from 'zod'

const MAX_RECENT_FOLDERS = 10

const settingsSchema = z.object({
  lastFolder: z.string().nullable().default(null),
  recentFolders: z
    .array(z.object({ folder: z.string(), name: z.string(), openedAt: z.string() }))
    .default([])
})

export type Settings = z.infer<typeof settingsSchema>

function settingsPath(dataDir: string): string {
  return join(dataDir, 'settings.json')
}

/** A missing or damaged settings file falls back to defaults rather than stopping the app. */
export async function loadSettings(dataDir: string): Promise<Settings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(settingsPath(dataDir), 'utf8')))
    if (parsed.success) return parsed.data
  } catch {
    // fall through to defaults
  }
  return settingsSchema.parse({})
}

export async function saveSettings(dataDir: string, settings: Settings): Promise<void> {
  await mkdir(dataDir, { recursive: true })
  await writeFileAtomic(settingsPath(dataDir), JSON.stringify(settings, null, 2))
}

/** Puts `folder` first in the recent list (once) and makes it the folder reopened on the next start. */
export function rememberFolder(settings: Settings, folder: string, name: string, openedAt: Date): Settings {
  const others = settings.recentFolders.filter((recent) => recent.folder !== folder)
  return {
    lastFolder: folder,
    recentFolders: [{ folder, name, openedAt: openedAt.toISOString() }, ...others].slice(0, MAX_RECENT_FOLDERS)
  }
}
