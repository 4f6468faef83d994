/**
 * What to tell the user when a process of the app stops (Electron's `render-process-gone` and
 * `child-process-gone`). A clean exit is not news; anything else is logged and, when the window
 * may now be blank or stale, a reload is offered: the user's notes and corrections are on disk
 * (saved within half a second), so a reload loses nothing but a note typed in the last instant.
 */
export interface ProcessGoneNotice {
  message: string
  detail: string
  offerReload: boolean
}

const REASONS: Readonly<Record<string, string>> = {
  'abnormal-exit': 'it exited with an error',
  killed: 'it was stopped by the system or another program',
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory'
}

function describeReason(reason: string): string {
  return REASONS[reason] ?? `it stopped (${reason})`
}

/** The page's own process: the window shows nothing until it is reloaded. */
export function describeRendererGone(reason: string): ProcessGoneNotice | null {
  if (reason === 'clean-exit') return null
  return {
    message: 'The Riscontro window stopped working.',
    detail: `The process showing the window stopped: ${describeReason(reason)}. Your notes and corrections are saved. Reload the window to go on.`,
    offerReload: true
  }
}

/**
 * A helper process (GPU, network, a utility): Chromium restarts most of them by itself. The GPU
 * process is the one whose loss can leave the window blank, so only it offers a reload.
 */
export function describeChildProcessGone(type: string, reason: string, name?: string): ProcessGoneNotice | null {
  if (reason === 'clean-exit') return null
  const what = type === 'GPU' ? 'The graphics process' : `A helper process (${name ?? type})`
  return {
    message: type === 'GPU' ? 'The window may not draw correctly.' : 'A part of Riscontro stopped and was restarted.',
    detail: `${what} stopped: ${describeReason(reason)}.${type === 'GPU' ? ' Reload the window if it looks wrong.' : ''}`,
    offerReload: type === 'GPU'
  }
}
