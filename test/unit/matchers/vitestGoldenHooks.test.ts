import { describe, expect, test } from 'vitest'
import { ranEveryTest } from '../../../matchers/vitestGoldenHooks'

const passed = { type: 'test', mode: 'run', result: { state: 'pass' } }

describe('ranEveryTest', () => {
  test('passes when every test in every suite ran and passed', () => {
    expect(
      ranEveryTest({ type: 'suite', tasks: [passed, { type: 'suite', tasks: [passed] }] }),
    ).toBe(true)
  })

  test.each([
    ['a skipped test (also -t and .only)', { ...passed, mode: 'skip', result: undefined }],
    ['a todo test', { type: 'test', mode: 'todo' }],
    ['a failed test', { ...passed, result: { state: 'fail' } }],
    ['a test skipped while running', { ...passed, result: { state: 'skip' } }],
    ['a test.fails', { ...passed, fails: true }],
  ])('fails when the file has %s', (_, task) => {
    expect(ranEveryTest({ type: 'suite', tasks: [passed, { type: 'suite', tasks: [task] }] })).toBe(
      false,
    )
  })

  test('fails when the file has no tests', () => {
    expect(ranEveryTest({ type: 'suite', tasks: [] })).toBe(false)
  })
})
