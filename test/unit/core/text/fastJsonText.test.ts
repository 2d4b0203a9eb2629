import { describe, expect, test } from 'vitest'
import { normalize } from '../../../../src/core/canonical/normalize'
import { fastJsonText } from '../../../../src/core/text/fastJsonText'
import { printCanonical } from '../../../../src/core/text/printCanonical'

const slow = (value: unknown, indent = 2) => printCanonical(normalize(value), indent)

describe('fastJsonText', () => {
  test.each<[string, unknown]>([
    [
      'records of one shape',
      [
        { b: 1, a: 2 },
        { b: 3, a: 4 },
      ],
    ],
    [
      'records of many shapes',
      Array.from({ length: 300 }, (_, i) => ({ [`k${i}`]: i, a: { z: i, y: [i] } })),
    ],
    [
      'integer-like keys, which objects enumerate first',
      { b: 1, '10': 2, '9': 3, a: { '2': 1, '11': 2 } },
    ],
    ['empty containers', { a: [], b: {}, c: [{}] }],
    ['strings needing escapes', { 'q"uote': 'line\nbreak', '\u2028': '\ud800' }],
    ['null and booleans', [null, true, false]],
  ])('passes when %s print exactly as the general printer prints them', (_name, value) => {
    expect(fastJsonText(value, 2, 1000)).toBe(slow(value))
    expect(fastJsonText(value, 0, 1000)).toBe(slow(value, 0))
  })

  test.each<[string, unknown]>([
    ['-0', { a: -0 }],
    ['NaN', [NaN]],
    ['Infinity', [Infinity]],
    ['undefined', { a: undefined }],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    ['a hole', [1, , 3]],
    ['a Date', { at: new Date(0) }],
    ['a class instance', [new (class Point {})()]],
    ['a null-prototype object', Object.create(null)],
    ['a symbol key', { [Symbol('s')]: 1 }],
    ['a non-enumerable key', Object.defineProperty({}, 'hidden', { value: 1 })],
    ['a __proto__ key', JSON.parse('{"__proto__": 1}')],
    ['a bigint', [1n]],
    ['a function', [() => 1]],
  ])('returns undefined when the value holds %s', (_name, value) => {
    expect(fastJsonText(value, 2, 1000)).toBeUndefined()
  })

  test('returns undefined for data deeper than maxDepth, so the general path can report it', () => {
    expect(fastJsonText({ a: { b: { c: 1 } } }, 2, 2)).toBeUndefined()
    expect(fastJsonText({ a: { b: { c: 1 } } }, 2, 3)).toBe(slow({ a: { b: { c: 1 } } }))
  })

  test('returns undefined when a getter throws, so the general path can report the path', () => {
    const hostile = Object.defineProperty({}, 'bad', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    expect(fastJsonText({ hostile }, 2, 1000)).toBeUndefined()
  })

  test('leaves the input untouched', () => {
    const input = { b: [{ d: 1, c: 2 }], a: 1 }
    fastJsonText(input, 2, 1000)
    expect(Object.keys(input)).toEqual(['b', 'a'])
    expect(Object.keys(input.b[0] as object)).toEqual(['d', 'c'])
  })
})
