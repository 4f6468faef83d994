/** The languages the interface speaks; English is the fallback for any other. */
export const uiLanguages = ['en', 'it'] as const

export type UiLanguage = (typeof uiLanguages)[number]

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value)
}

/**
 * The first of the user's preferred languages the interface speaks ("it-IT" → it), in their order
 * of preference (Electron's `app.getPreferredSystemLanguages()`, the browser's `navigator.languages`,
 * LC_ALL/LANG for the CLI); English when none is.
 */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_.@]/)[0]
    if (isUiLanguage(primary)) return primary
  }
  return 'en'
}

/** The CLI's default: LC_ALL, then LC_MESSAGES, then LANG ("it_IT.UTF-8"), as POSIX orders them. */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): UiLanguage {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '' && value !== 'C' && value !== 'POSIX')
  return pickUiLanguage(tag ? [tag] : [])
}
