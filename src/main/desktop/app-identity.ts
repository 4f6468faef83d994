/**
 * The app's identity for the operating system: Windows groups its taskbar entries and
 * notifications by it (`app.setAppUserModelId`), and electron-builder.yml's `appId` must be the same
 * string (the packaging test checks), or the installed shortcut and the running app are two apps.
 */
export const APP_ID = 'org.riscontro.desktop'
