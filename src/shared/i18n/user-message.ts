import type { TFunction } from 'i18next'
import type { en } from './en'
import { createTranslator } from './translator'

type ErrorKey = keyof typeof en.errors

/** A problem the user can meet, by the key of its sentence under `errors` in en.ts/it.ts (a counted one without its plural ending). */
export type MessageCode = ErrorKey extends infer Key ? (Key extends `${infer Counted}_${'one' | 'other'}` ? Counted : Key) : never

/** What the sentence names: a file, a folder, a count, a reason the system gave. */
export type MessageParams = Readonly<Record<string, string | number>>

/**
 * A sentence for the user as a code and its parameters, so each side says it in the interface's
 * language; `message` is the same sentence in English, for logs, the CLI and tests.
 */
export interface UserMessage {
  code: MessageCode
  params: MessageParams
  message: string
}

let english: TFunction | null = null

export function userMessage(code: MessageCode, params: MessageParams = {}): UserMessage {
  english ??= createTranslator('en')
  return { code, params, message: english(`errors.${code}`, params) }
}

/** The message in the language of `t`; its English sentence when this side has no words for its code (a newer main). */
export function sayMessage(t: TFunction, message: UserMessage): string {
  return t(`errors.${message.code}`, { ...message.params, defaultValue: message.message })
}
