import { join } from 'node:path'
import { z } from 'zod'
import { uiLanguages } from '../../shared/i18n/languages'
import { userMessage, type UserMessage } from '../../shared/i18n/user-message'
import { loadJsonFile, saveJsonFile, schemaShape, type LoadedJson } from '../storage/json-file'
import { StoreUnreadableError } from '../storage/read-store'

const MAX_RECENT_FOLDERS = 10

const settingsSchema = z.object({
  lastFolder: z.string().nullable().default(null),
  recentFolders: z
    .array(z.object({ folder: z.string(), name: z.string(), openedAt: z.string() }))
    .default([]),
  /** The interface language the user chose; null follows the system's. */
  language: z.enum(uiLanguages).nullable().default(null)
})

export type Settings = z.infer<typeof settingsSchema>

function settingsPath(dataDir: string): string {
  return join(dataDir, 'settings.json')
}

export interface LoadedSettings {
  settings: Settings
  /** For the user when the file was damaged (set aside) or unreadable; null when all is well. */
  problem: UserMessage | null
  /** False when the file exists but could not be read: it is then never overwritten. */
  writable: boolean
}

/**
 * A missing settings file gives defaults. A damaged one is set aside as `settings.damaged-<time>.json`
 * (the recent folders are the user's) and reported; an unreadable one is reported and never written.
 * Neither stops the app.
 */
export async function loadSettings(dataDir: string, now = new Date()): Promise<LoadedSettings> {
  const path = settingsPath(dataDir)
  const defaults = settingsSchema.parse({})
  let loaded: LoadedJson<Settings>
  try {
    loaded = await loadJsonFile(path, schemaShape(settingsSchema), now)
  } catch (error) {
    const reason = error instanceof StoreUnreadableError ? error.reason : error instanceof Error ? error.message : String(error)
    return { settings: defaults, problem: userMessage('settingsUnreadable', { file: path, reason }), writable: false }
  }
  if (!loaded.damaged) return { settings: loaded.value ?? defaults, problem: null, writable: true }
  return {
    settings: defaults,
    problem: userMessage('settingsDamaged', { file: loaded.damaged.movedTo }),
    writable: true
  }
}

export async function saveSettings(dataDir: string, settings: Settings): Promise<void> {
  await saveJsonFile(settingsPath(dataDir), settings)
}

/** Puts `folder` first in the recent list (once) and makes it the folder reopened on the next start. */
export function rememberFolder(settings: Settings, folder: string, name: string, openedAt: Date): Settings {
  const others = settings.recentFolders.filter((recent) => recent.folder !== folder)
  return {
    ...settings,
    lastFolder: folder,
    recentFolders: [{ folder, name, openedAt: openedAt.toISOString() }, ...others].slice(0, MAX_RECENT_FOLDERS)
  }
}
