import { afterEach, describe, expect, test } from 'vitest'
import { installJestGoldenHooks, ranEveryJestTest } from '../../../matchers/jestGoldenHooks'

const STATE = Symbol('JEST_STATE_SYMBOL')
const slot = globalThis as Record<symbol, unknown>
const test_ = (fields: object) => ({
  type: 'test',
  name: 't',
  errors: [],
  invocations: 1,
  status: 'done',
  ...fields,
})
const circus = (...children: object[]) => {
  slot[STATE] = {
    rootDescribeBlock: { type: 'describeBlock', name: 'ROOT_DESCRIBE_BLOCK', children },
  }
}

afterEach(() => {
  delete slot[STATE]
})

describe('ranEveryJestTest', () => {
  test('passes when every test ran and passed', () => {
    circus(test_({}), { type: 'describeBlock', name: 'd', children: [test_({})] })
    expect(ranEveryJestTest()).toBe(true)
  })

  test.each([
    ['a skipped test (also -t and .only)', { status: 'skip' }],
    ['a todo test', { status: 'todo' }],
    ['a failed test', { errors: [new Error('x')] }],
    ['a test.failing', { failing: true }],
  ])('fails when the file has %s', (_, fields) => {
    circus(test_({}), test_(fields))
    expect(ranEveryJestTest()).toBe(false)
  })

  test('fails when the state of jest-circus cannot be read', () => {
    expect(ranEveryJestTest()).toBe(false)
    circus({ type: 'something else' })
    expect(ranEveryJestTest()).toBe(false)
  })
})

describe('installJestGoldenHooks', () => {
  test('passes when it registers one hook before and one after the file', () => {
    const registered: string[] = []
    installJestGoldenHooks(
      { getState: () => ({}) },
      {
        beforeAll: () => registered.push('beforeAll'),
        afterAll: () => registered.push('afterAll'),
      },
    )
    expect(registered).toEqual(['beforeAll', 'afterAll'])
  })
})
