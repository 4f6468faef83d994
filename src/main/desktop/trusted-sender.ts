/**
 * Who may call main: only our own page, in the window's top frame. A frame or page that got in by
 * accident (an iframe, a navigation we failed to block) is refused before any argument is read.
 * Written over plain values (after actualbudget/actual's desktop `external-links.ts`) so hostile
 * senders can be tried in a table without Electron; `electron/register-ipc.ts` passes them in.
 */
export interface IpcSender {
  /** The sending frame's URL, as Electron reports it (anything, when the frame is gone or odd). */
  frameUrl: unknown
  /** Whether the sending frame is the window's top frame. */
  isTopFrame: boolean
}

export function isTrustedSender(sender: IpcSender, rendererUrl: string): boolean {
  if (!sender.isTopFrame || typeof sender.frameUrl !== 'string') return false
  try {
    const from = new URL(sender.frameUrl)
    const expected = new URL(rendererUrl)
    return from.protocol === expected.protocol && from.host === expected.host && from.pathname === expected.pathname
  } catch {
    return false
  }
}
