import { getApi } from '../lib/api'
import { describeError } from '../lib/describe-error'
import { useAppStore } from './app-store'
import { workspaceOf } from './comparison-slice'

const SAVE_DELAY_MS = 300

/**
 * Saves the open library's workspace shortly after the user changes it (layout, selection,
 * filters), so a restart finds it as it was. Returns the unsubscribe.
 */
export function persistWorkspace(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSaved = ''
  const unsubscribe = useAppStore.subscribe((state) => {
    if (!state.workspaceRestored || !state.library) return
    const workspace = workspaceOf(state)
    const json = JSON.stringify(workspace)
    if (json === lastSaved) return
    lastSaved = json
    const generation = state.library.generation
    clearTimeout(timer)
    timer = setTimeout(() => {
      // A library switched meanwhile must not receive the previous library's layout.
      if (useAppStore.getState().library?.generation !== generation) return
      getApi()
        .saveWorkspace(workspace)
        .catch((error: unknown) => useAppStore.getState().showProblem(`Your layout could not be saved: ${describeError(error)}`))
    }, SAVE_DELAY_MS)
  })
  return () => {
    clearTimeout(timer)
    unsubscribe()
  }
}
