import { getBridge } from '../lib/bridge'
import { describeError } from '../lib/describe-error'
import { i18n } from '../lib/i18n'
import { useAppStore } from './app-store'
import { workspaceOf } from './comparison-slice'

const SAVE_DELAY_MS = 300

/**
 * Saves the open library's workspace shortly after the user changes it (layout, selection,
 * filters), so a restart finds it as it was. A save still waiting when the window closes or
 * reloads is sent at once: changes made in the last moments (a quick user, or a busy stretch that
 * kept postponing the save) are not lost. Returns the unsubscribe.
 */
export function persistWorkspace(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pendingSave: (() => void) | null = null
  let lastSaved = ''
  const sendPending = (): void => {
    clearTimeout(timer)
    const save = pendingSave
    pendingSave = null
    save?.()
  }
  const unsubscribe = useAppStore.subscribe((state) => {
    if (!state.workspaceRestored || !state.library) return
    const workspace = workspaceOf(state)
    const json = JSON.stringify(workspace)
    if (json === lastSaved) return
    lastSaved = json
    const generation = state.library.generation
    clearTimeout(timer)
    pendingSave = () => {
      // A library switched meanwhile must not receive the previous library's layout.
      if (useAppStore.getState().library?.generation !== generation) return
      getBridge()
        .saveWorkspace(generation, workspace)
        .catch((error: unknown) => useAppStore.getState().showProblem(i18n.t('storeProblems.layout', { reason: describeError(error) })))
    }
    timer = setTimeout(sendPending, SAVE_DELAY_MS)
  })
  window.addEventListener('pagehide', sendPending)
  return () => {
    window.removeEventListener('pagehide', sendPending)
    clearTimeout(timer)
    unsubscribe()
  }
}
