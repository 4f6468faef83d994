import { beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from './app-store'
import { resetAppStore } from './store-testing'

beforeEach(() => resetAppStore())

describe('the ui slice', () => {
  it('shows the same problem once, and dismisses one by its id', () => {
    useAppStore.getState().showProblem('The library folder is gone.')
    useAppStore.getState().showProblem('The library folder is gone.')
    useAppStore.getState().showProblem('Your note could not be saved.')
    const problems = useAppStore.getState().problems
    expect(problems.map((problem) => problem.message)).toEqual(['The library folder is gone.', 'Your note could not be saved.'])
    useAppStore.getState().dismissProblem(problems[0]!.id)
    expect(useAppStore.getState().problems.map((problem) => problem.message)).toEqual(['Your note could not be saved.'])
  })
})
