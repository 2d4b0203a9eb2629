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
    ['undefined', { a: undefined, b: [undefined] }],
    ['a Date', { at: new Date(0), bad: new Date(NaN) }],
    [
      'a Map of primitives',
      {
        m: new Map<unknown, unknown>([
          ['b', 1],
          [2, 'a'],
        ]),
      },
    ],
    ['a Set of primitives', { s: new Set(['b', 'a', 1]) }],
    ['an empty Map and Set', [new Map(), new Set()]],
    ['a Map of objects', { m: new Map([['k', { z: 1, y: new Date(0) }]]) }],
    ['a class instance', [new (class Point {})()]],
    ['a null-prototype object', { a: Object.create(null) as object }],
    ['a symbol key', { a: { [Symbol('s')]: 1 } }],
    ['a non-enumerable key', { a: Object.defineProperty({}, 'hidden', { value: 1 }) }],
    ['a bigint', [1n]],
    ['a function', [() => 1]],
    ['a typed array', { bytes: new Uint8Array([1, 2]) }],
    ['a shared (not cyclic) Date', ((at: Date) => [{ at }, { at }])(new Date(0))],
  ])('splices in the exact text of %s, below the root', (_name, value) => {
    for (const indent of [0, 2]) {
      const text = fastJsonText(value, indent, 1000)
      expect(text).toBeDefined()
      expect(text).toBe(slow(value, indent))
    }
  })

  test.each<[string, unknown]>([
    ['a Date at the root', new Date(0)],
    ['a Map at the root', new Map([['a', 1]])],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    ['a hole', [1, , 3]],
    ['a __proto__ key', JSON.parse('{"__proto__": 1}')],
    ['an Error, whose cause printing needs the whole path', [new Error('x')]],
    ['a WeakMap, compared by identity', [new WeakMap()]],
    ['a cycle through a Map', ((m: Map<string, unknown>) => [m.set('self', m)])(new Map())],
    [
      'a cycle back above a subtree',
      ((o: Record<string, unknown>) => ((o.m = new Map([['up', o]])), [o]))({}),
    ],
    ['a string that prints like the placeholder', [new Date(0), '\u0000\u0010\u0000']],
  ])('returns undefined when the value holds %s, so the general path prints it', (_name, value) => {
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

  test('returns undefined with jsonOnly when any value below the root is not JSON', () => {
    expect(fastJsonText({ a: [1, { b: 'x' }] }, 0, 1000, true)).toBe('{"a":[1,{"b":"x"}]}')
    for (const inner of [undefined, -0, new Date(0), new Map(), 1n]) {
      expect(fastJsonText({ a: [1, { b: inner }] }, 0, 1000, true)).toBeUndefined()
      expect(fastJsonText({ a: [1, { b: inner }] }, 0, 1000)).toBeDefined()
    }
  })
})
