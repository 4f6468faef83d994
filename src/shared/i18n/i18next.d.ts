import 'i18next'
import type { en } from './en'

// Every key given to `t` is checked against the English resources: a key that does not exist is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en }
  }
}
