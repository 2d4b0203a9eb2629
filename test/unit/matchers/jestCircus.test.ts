import { afterEach, describe, expect, test } from 'vitest'
import {
  circusTestName,
  circusTests,
  isCircusTest,
  runningCircusTest,
} from '../../../matchers/jestCircus'

const STATE = Symbol('JEST_STATE_SYMBOL')
const slot = globalThis as Record<symbol, unknown>
afterEach(() => {
  delete slot[STATE]
})

const root = { type: 'describeBlock', name: 'ROOT_DESCRIBE_BLOCK', children: [] as object[] }
const block = { type: 'describeBlock', name: 'outer', parent: root, children: [] as object[] }
const entry = { type: 'test', name: 'inner test', parent: block, errors: [], invocations: 1 }
block.children.push(entry)
root.children.push(block)

describe('jest-circus state', () => {
  test('passes when the running test and every test are read from the state symbol', () => {
    expect(runningCircusTest()).toBeUndefined()
    expect(circusTests()).toBeUndefined()
    slot[STATE] = { currentlyRunningTest: entry, rootDescribeBlock: root }
    expect(runningCircusTest()).toBe(entry)
    expect(circusTests()).toEqual([entry])
  })

  test('passes when the full name joins the describe names as Jest does', () => {
    expect(isCircusTest(entry)).toBe(true)
    expect(circusTestName(entry as never)).toBe('outer inner test')
  })

  test('passes when something that is not a test entry is not taken for one', () => {
    expect(isCircusTest({ type: 'test', name: 'x' })).toBe(false)
    slot[STATE] = { currentlyRunningTest: { type: 'hook' } }
    expect(runningCircusTest()).toBeUndefined()
  })
})
