import { describe, expect, test } from 'vitest'
import { palette } from '../../../../matchers/assert/colors'
import { createPlainUtils, printValue } from '../../../../matchers/assert/plainUtils'

const names = {
  toEqualUnordered: { call: 'assertEqualUnordered', received: 'actual', expected: 'expected' },
  toBeIdempotent: { call: 'assertIdempotent', received: 'fn' },
}
const utils = createPlainUtils(palette(false), names)

describe('createPlainUtils', () => {
  test('names the assertion in the hint line, dim, with coloured argument names', () => {
    expect(utils.matcherHint('toEqualUnordered')).toBe('assertEqualUnordered(actual, expected)')
    expect(utils.matcherHint('toBeIdempotent')).toBe('assertIdempotent(fn)')
    expect(createPlainUtils(palette(true), names).matcherHint('toBeIdempotent')).toBe(
      '\u001b[2massertIdempotent(\u001b[22m\u001b[31mfn\u001b[39m\u001b[2m)\u001b[22m',
    )
  })

  test('prints values in canonical order, whatever order they were built in', () => {
    expect(utils.printReceived({ b: new Set([2, 1]), a: 'x' })).toBe('{"a":"x","b":Set [1,2]}')
    expect(utils.printExpected(undefined)).toBe('undefined')
  })

  test('prints a value that cannot be read as a note instead of throwing', () => {
    const hostile = {
      get boom() {
        throw new Error('no')
      },
    }
    expect(printValue(hostile)).toMatch(/^\[value that cannot be printed: .*no/)
  })

  test('prints types as Jest does', () => {
    expect(utils.printWithType('Received', 5, String)).toBe(
      'Received has type:  number\nReceived has value: 5',
    )
    expect(utils.printWithType('Received', null, String)).toBe('Received has value: null')
  })

  test('diffs objects in canonical text and strings by line, with the given labels', () => {
    expect(utils.diff({ a: 1, b: [1] }, { b: [1], a: 2 })).toBe(
      '- Expected\n+ Received\n\n@@ -1,5 +1,5 @@\n  {\n-   "a": 1,\n+   "a": 2,\n    "b": [\n      1\n    ]',
    )
    expect(utils.diff('a\nb', 'a\nc', { aAnnotation: 'Golden', bAnnotation: 'Received' })).toBe(
      '- Golden\n+ Received\n\n@@ -1,2 +1,2 @@\n  a\n- b\n+ c',
    )
  })

  test('returns null when there is nothing to diff', () => {
    expect(utils.diff({ a: 1 }, { a: 1 })).toBeNull()
    expect(utils.diff(1, 2)).toBeNull()
    expect(utils.diff('1', { a: 1 })).toBeNull()
  })
})

describe('createPlainUtils without a name for the matcher', () => {
  test("prints Jest's hint line, with .not and the promise modifier", () => {
    expect(utils.matcherHint('toMatchGoldenSorted')).toBe(
      'expect(received).toMatchGoldenSorted(expected)',
    )
    expect(
      utils.matcherHint('toX', undefined, undefined, { isNot: true, promise: 'rejects' }),
    ).toBe('expect(received).rejects.not.toX(expected)')
  })
})
