import type { UserMessage } from './i18n/user-message'

// Electron's contextBridge hands the page only an Error's message (its other properties are lost),
// so a failed request's message carries the code and parameters after this marker.
const FAILURE_MARKER = 'riscontro-failure:'

/** The Error the preload (and the end-to-end bridge) throws for a failed request. */
export function requestFailureError(failure: UserMessage): Error {
  return new Error(FAILURE_MARKER + JSON.stringify(failure))
}

/** The failure a request threw, or null for any other error. */
export function requestFailureOf(error: unknown): UserMessage | null {
  if (!(error instanceof Error) || !error.message.startsWith(FAILURE_MARKER)) return null
  try {
    const failure = JSON.parse(error.message.slice(FAILURE_MARKER.length)) as UserMessage
    return typeof failure.code === 'string' && typeof failure.message === 'string' ? failure : null
  } catch {
    return null
  }
}
