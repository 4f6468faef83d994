import { sayMessage, type UserMessage } from '../../../shared/i18n/user-message'
import { requestFailureOf } from '../../../shared/request-failure'
import { i18n } from './i18n'

/** A message from main (a failed request, a library problem) in the interface's language. */
export function describeMessage(message: UserMessage): string {
  return sayMessage(i18n.t, message)
}

/** The sentence to show for a failure: main's message in the interface's language (it says what to do), never a stack. */
export function describeError(error: unknown): string {
  const failure = requestFailureOf(error)
  if (failure) return describeMessage(failure)
  return error instanceof Error ? error.message : String(error)
}
