import { describe, expect, test } from 'vitest'
import { createPlainContext } from '../../../../matchers/assert/plainContext'
import { toEqualUnordered } from '../../../../matchers/toEqualUnordered'

const names = {
  toEqualUnordered: { call: 'assertEqualUnordered', received: 'actual', expected: 'expected' },
}

describe('createPlainContext', () => {
  test('is the assertion form: never negated, no promise modifier, no custom testers', () => {
    const context = createPlainContext({ names, color: false })
    expect(context.isNot).toBe(false)
    expect(context.promise).toBe('')
    expect(context.customTesters).toEqual([])
    expect(context.snapshotState).toBeUndefined()
  })

  test('throws a usage error for a bad option, as the assertion form of the matcher does', () => {
    const context = createPlainContext({ names, color: false })
    expect(() => toEqualUnordered.call(context, [5], [5], { depp: true } as never)).toThrow(
      /^assertEqualUnordered\(actual, expected\)\n\nMatcher error: toEqualUnordered\(\) does not know the option `depp`/,
    )
  })

  test('fails, naming both types, when a non-array meets an array', () => {
    const context = createPlainContext({ names, color: false })
    const result = toEqualUnordered.call(context, 5, [5])
    expect(result.pass).toBe(false)
    expect(result.message()).toMatch(/At \$: types differ: an array vs a number\./)
  })

  test('passes on what the home knows about the test', () => {
    const context = createPlainContext({
      names,
      color: true,
      testPath: '/p/a.test.js',
      currentTestName: 'suite > test',
      snapshotState: { _updateSnapshot: 'all' },
    })
    expect(context.testPath).toBe('/p/a.test.js')
    expect(context.currentTestName).toBe('suite > test')
    expect(context.snapshotState).toEqual({ _updateSnapshot: 'all' })
    expect(context.utils.printReceived('x')).toBe('\u001b[31m"x"\u001b[39m')
  })

  test('asks the runner about its own matchers through `foreign`', () => {
    // Like Bun's `expect.any(Number)`: no JavaScript `asymmetricMatch`, a tag of its own.
    const native = Object.freeze({ [Symbol.toStringTag]: 'ExpectAny' })
    const context = createPlainContext({
      names,
      color: false,
      foreign: { recognises: (v) => v === native, equals: (a) => a === 1 },
    })
    expect(toEqualUnordered.call(context, [1], [native]).pass).toBe(true)
    expect(toEqualUnordered.call(context, [2], [native]).pass).toBe(false)
  })
})
