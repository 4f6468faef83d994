import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findFolderArgument } from './launch-arguments'

const packaged = { isDevelopmentRun: false, workingDirectory: '/home/anna' }

describe('the folder a launch asks to open', () => {
  it('takes the folder passed to the packaged app, relative to where it was launched', () => {
    expect(findFolderArgument(['/opt/Riscontro/riscontro', 'Articoli/esteri'], packaged)).toBe(resolve('/home/anna/Articoli/esteri'))
    expect(findFolderArgument(['/opt/Riscontro/riscontro', '/media/usb/rassegna/'], packaged)).toBe(resolve('/media/usb/rassegna'))
  })

  it('skips the app path of a development run, switches and riscontro:// links', () => {
    expect(findFolderArgument(['/x/electron', '.', '--no-sandbox'], { isDevelopmentRun: true, workingDirectory: '/w' })).toBeNull()
    expect(findFolderArgument(['/x/electron', '.', '--inspect=0', 'rassegna'], { isDevelopmentRun: true, workingDirectory: '/w' })).toBe(resolve('/w/rassegna'))
    expect(findFolderArgument(['/x/electron', '--remote-debugging-port=0', '.', 'rassegna'], { isDevelopmentRun: true, workingDirectory: '/w' })).toBe(resolve('/w/rassegna'))
    expect(findFolderArgument(['/x/electron', '--remote-debugging-port=0'], { isDevelopmentRun: true, workingDirectory: '/w' })).toBeNull()
    expect(findFolderArgument(['C:\\Riscontro.exe', 'riscontro://claim?library=%2Fx&file=a.txt&start=1&end=2'], packaged)).toBeNull()
  })

  it('answers null when nothing was passed', () => {
    expect(findFolderArgument(['/opt/Riscontro/riscontro'], packaged)).toBeNull()
    expect(findFolderArgument([], packaged)).toBeNull()
  })
})
