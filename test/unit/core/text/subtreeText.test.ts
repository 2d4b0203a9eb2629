import { describe, expect, test } from 'vitest'
import { normalize } from '../../../../src/core/canonical/normalize'
import { printCanonical } from '../../../../src/core/text/printCanonical'
import { subtreeText } from '../../../../src/core/text/subtreeText'

const place = (level: number, indent = 2) => ({
  level,
  unit: ' '.repeat(indent),
  depthLeft: 100,
})

/** The lines of the general printer's text of `[[value]]`, for the subtree at level 2. */
const insideTwoArrays = (value: unknown, indent = 2): string => {
  const whole = printCanonical(normalize([[value]]), indent)
  const unit = ' '.repeat(indent)
  const open = indent === 0 ? '[[' : `[\n${unit}[\n${unit.repeat(2)}`
  const close = indent === 0 ? ']]' : `\n${unit}]\n]`
  return whole.slice(open.length, whole.length - close.length)
}

describe('subtreeText', () => {
  test.each<[string, object]>([
    ['a Date', new Date(0)],
    ['an invalid Date', new Date(NaN)],
    ['a RegExp', /a+/gi],
    ['a boxed string', Object('x') as object],
    [
      'a Map of primitives, in canonical order',
      new Map<unknown, unknown>([
        ['b', 1],
        [1, 'a'],
        ['a', undefined],
      ]),
    ],
    ['a Set of primitives, in canonical order', new Set(['b', 1, 'a', -0, NaN])],
    ['an empty Map', new Map()],
    [
      'a Map of 40 keys of two types, past the insertion sort',
      new Map(Array.from({ length: 40 }, (_, i) => [i % 2 === 0 ? 40 - i : `k${40 - i}`, i])),
    ],
    [
      'a Set of 20,000 strings',
      new Set(Array.from({ length: 20_000 }, (_, i) => `s${(i * 7919) % 20_000}`)),
    ],
    ['a Map holding objects', new Map([['k', { z: 1, y: [2] }]])],
    ['a Set holding arrays', new Set([[2], [1]])],
    [
      'a class instance',
      new (class Point {
        x = 1
        y = { b: 2, a: 1 }
      })(),
    ],
    ['a null-prototype object', Object.assign(Object.create(null) as object, { b: 1, a: 2 })],
    ['a typed array', new Uint8Array([3, 1])],
  ])('prints %s as the general printer does at its place', (_name, value) => {
    for (const indent of [0, 2, 4]) {
      expect(subtreeText(value, place(2, indent))).toBe(insideTwoArrays(value, indent))
    }
  })

  test.each<[string, object]>([
    ['an Error', new Error('x')],
    ['a WeakSet', new WeakSet()],
    ['a Promise', Promise.resolve(1)],
    ['a Map that holds itself', ((m: Map<string, unknown>) => m.set('self', m))(new Map())],
    ['an object with a cycle', ((o: Record<string, unknown>) => ((o.self = { o }), o))({})],
  ])('throws when %s needs the whole value to be printed', (_name, value) => {
    expect(() => subtreeText(value, place(1))).toThrow()
  })

  test('throws when a value below refers back to an ancestor above the subtree', () => {
    const row: Record<string, unknown> = { id: 1 }
    row.settings = new Map<string, unknown>([['owner', row]])
    expect(() => subtreeText(row.settings as object, place(1))).toThrow()
  })

  test('reads each getter once, as the general path does', () => {
    let reads = 0
    const value = new (class Counter {
      get n() {
        return ++reads
      }
    })()
    Object.defineProperty(value, 'n', { enumerable: true, get: () => ++reads })
    expect(subtreeText(value, place(0, 0))).toBe('Counter {"n":1}')
    expect(reads).toBe(1)
  })

  test.each<[string, object]>([
    [
      'a Map with symbol keys of one description',
      new Map([
        [Symbol('a'), 2],
        [Symbol('a'), 1],
      ]),
    ],
    ['a Set of symbols', new Set([Symbol('b'), Symbol('a')])],
  ])(
    'prints %s through the general printer, which orders tied symbols by value',
    (_name, value) => {
      expect(subtreeText(value, place(2))).toBe(insideTwoArrays(value))
    },
  )
})
