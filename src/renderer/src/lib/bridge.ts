import type { RiscontroApi } from '../../../shared/contract'
import { i18n } from './i18n'

declare global {
  interface Window {
    /** Exposed by the preload (src/preload) or, in end-to-end tests, by e2e/support/install-bridge.ts. */
    riscontro?: RiscontroApi
  }
}

/**
 * The only module that reads the bridge: everything else calls `getBridge` from here, so tests and the
 * end-to-end bridge substitute one object. A page opened outside the app has no bridge; say so.
 */
export function getBridge(): RiscontroApi {
  if (!window.riscontro) throw new Error(i18n.t('errors.bridgeMissing'))
  return window.riscontro
}
