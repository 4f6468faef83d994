import { userMessage, type MessageCode, type MessageParams, type UserMessage } from '../../shared/i18n/user-message'

/**
 * A problem the user caused or can fix. It carries its sentence as a code and parameters, which the
 * page says in the interface's language; its `message` is the English sentence (logs, the CLI).
 */
export class LibraryError extends Error {
  override name = 'LibraryError'
  readonly userMessage: UserMessage

  constructor(code: MessageCode, params: MessageParams = {}, options?: { cause?: unknown }) {
    const said = userMessage(code, params)
    super(said.message, options)
    this.userMessage = said
  }
}

/** Why the system refused a file, from its error code, naming the file; null for a code the user cannot act on. */
function writeFailureOf(error: { code?: unknown; path?: unknown; message: string }): UserMessage | null {
  const file = typeof error.path === 'string' ? error.path : null
  if (file === null) return null
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return userMessage('diskFull', { file })
    case 'EACCES':
    case 'EPERM':
      return userMessage('permissionDenied', { file })
    case 'EROFS':
      return userMessage('readOnlyDisk', { file })
    default:
      return null
  }
}

/**
 * Any error as a message for the user: a LibraryError says its own; a system error on a file
 * (an export to a full disk, a folder without permission) names the file and what to do; anything
 * else is `unexpected`, with the error's own words.
 */
export function userMessageOf(error: unknown): UserMessage {
  if (error instanceof LibraryError) return error.userMessage
  if (error instanceof Error) return writeFailureOf(error) ?? userMessage('unexpected', { reason: error.message })
  return userMessage('unexpected', { reason: String(error) })
}
