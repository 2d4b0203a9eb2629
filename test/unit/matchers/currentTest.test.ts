import { describe, expect, test } from 'vitest'
import type { MatcherContext } from '../../../matchers/context'
import { currentTestRun, projectRootOf, vitestRootOf } from '../../../matchers/currentTest'

const context = (fields: Partial<MatcherContext>) => fields as MatcherContext
const root = { type: 'describeBlock', name: 'ROOT_DESCRIBE_BLOCK' }
const jestTest = (name: string, invocations: number) => ({
  type: 'test',
  name,
  errors: [],
  invocations,
  parent: { type: 'describeBlock', name: 'report', parent: root },
})

describe('currentTestRun', () => {
  test("passes when Vitest's task gives the id and the retry and repeat counts", () => {
    const task = { id: 'abc_1', result: { retryCount: 2, repeatCount: 1 } }
    expect(currentTestRun(context({ currentTestName: 'report > totals', task }))).toEqual({
      testName: 'report > totals',
      testId: 'abc_1',
      retry: 2,
      repeat: 1,
    })
  })

  test("passes when Jest's test entry gives one id per test and its retries", () => {
    const first = jestTest('totals', 1)
    const second = jestTest('totals', 2)
    const run = (entry: object) =>
      currentTestRun(
        context({ currentTestName: 'report totals', currentTestIdentity: () => entry }),
      )
    expect(run(first)).toMatchObject({ testName: 'report totals', retry: 0 })
    expect(run(second)).toMatchObject({ retry: 1 })
    expect(run(first).testId).toBe(run(first).testId)
    expect(run(first).testId).not.toBe(run(second).testId)
  })

  test('passes when a Jest entry of another test (test.concurrent) is not taken for this one', () => {
    const entry = jestTest('other', 1)
    expect(
      currentTestRun(
        context({ currentTestName: 'report totals', currentTestIdentity: () => entry }),
      ),
    ).toEqual({ testName: 'report totals' })
  })

  test('passes when the concurrent test name wins and an empty name means no test', () => {
    expect(
      currentTestRun(context({ currentTestName: 'a', currentConcurrentTestName: () => 'b' })),
    ).toEqual({ testName: 'b' })
    expect(currentTestRun(context({ currentTestName: '' }))).toEqual({ testName: undefined })
  })
})

describe('projectRootOf', () => {
  test("passes when Jest's rootDir wins, then Vitest's file task, then the working directory", () => {
    expect(projectRootOf(context({ snapshotState: { _rootDir: '/jest/root' } }))).toBe('/jest/root')
    const task = { file: { filepath: '/v/root/src/a.test.ts', name: 'src/a.test.ts' } }
    expect(projectRootOf(context({ task }))).toBe('/v/root')
    expect(projectRootOf(context({}))).toBe(process.cwd())
  })

  test('passes when a file task whose paths do not fit gives no root', () => {
    expect(vitestRootOf({ filepath: '/v/a.test.ts', name: 'b.test.ts' })).toBeUndefined()
    expect(vitestRootOf({ filepath: '/a.test.ts', name: 'a.test.ts' })).toBe('/')
  })
})
