import type { Translate } from '../../shared/i18n/translator'

/**
 * What to tell the user when a process of the app stops (Electron's `render-process-gone` and
 * `child-process-gone`), in the interface's language. A clean exit is not news; anything else is
 * logged and, when the window may now be blank or stale, a reload is offered: the user's notes and
 * corrections are on disk (saved within half a second), so a reload loses nothing but a note typed
 * in the last instant.
 */
export interface ProcessGoneNotice {
  message: string
  detail: string
  offerReload: boolean
}

const knownReasons = new Set(['abnormal-exit', 'killed', 'crashed', 'oom', 'launch-failed', 'integrity-failure', 'memory-eviction'] as const)
type KnownReason = typeof knownReasons extends Set<infer Reason> ? Reason : never

function describeReason(reason: string, t: Translate): string {
  return knownReasons.has(reason as KnownReason) ? t(`processGone.reasons.${reason as KnownReason}`) : t('processGone.otherReason', { reason })
}

/** The page's own process: the window shows nothing until it is reloaded. */
export function describeRendererGone(reason: string, t: Translate): ProcessGoneNotice | null {
  if (reason === 'clean-exit') return null
  return { message: t('processGone.windowMessage'), detail: t('processGone.windowDetail', { why: describeReason(reason, t) }), offerReload: true }
}

/**
 * A helper process (GPU, network, a utility): Chromium restarts most of them by itself. The GPU
 * process is the one whose loss can leave the window blank, so only it offers a reload.
 */
export function describeChildProcessGone(type: string, reason: string, name: string | undefined, t: Translate): ProcessGoneNotice | null {
  if (reason === 'clean-exit') return null
  const why = describeReason(reason, t)
  if (type === 'GPU') return { message: t('processGone.graphicsMessage'), detail: t('processGone.graphicsDetail', { why }), offerReload: true }
  return { message: t('processGone.helperMessage'), detail: t('processGone.helperDetail', { name: name ?? type, why }), offerReload: false }
}
