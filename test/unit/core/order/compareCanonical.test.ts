import { describe, expect, test } from 'vitest'
import { Circular } from '../../../../src/core/canonical/Circular'
import { compareCanonical } from '../../../../src/core/order/compareCanonical'
import { stableSort } from '../../../../src/core/order/stableSort'
import { stableStringify } from '../../../../src/core/text/stableStringify'

class Zebra {
  a = 1
}
class Apple {
  a = 1
}

describe('compareCanonical', () => {
  test('passes when values of different kinds sort in the documented order', () => {
    const fn = function named() {}
    const ordered = [
      undefined,
      null,
      false,
      true,
      -Infinity,
      -1,
      -0,
      0,
      2,
      10,
      Infinity,
      NaN,
      -5n,
      3n,
      '',
      '10',
      '9',
      'B',
      'a',
      'é',
      Symbol('a'),
      new Date(0),
      new Date(NaN),
      /a/,
      new Uint8Array([1]),
      new Error('x'),
      new Number(1),
      [],
      [1],
      [1, 2],
      [2],
      new Set([1]),
      new Map([[1, 1]]),
      {},
      { a: 1 },
      { a: 2 },
      { b: 0 },
      new Apple(),
      new Zebra(),
      fn,
      new Circular('$'),
    ]
    const shuffled = [...ordered].reverse()
    expect(stableSort(shuffled, compareCanonical)).toEqual(ordered)
  })

  test('passes when equal values compare as 0 both ways', () => {
    const pairs: [unknown, unknown][] = [
      [NaN, NaN],
      [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
      [new Set([1, 2]), new Set([1, 2])],
      [new Date(3), new Date(3)],
    ]
    for (const [a, b] of pairs) {
      expect(compareCanonical(a, b)).toBe(0)
      expect(compareCanonical(b, a)).toBe(0)
    }
  })

  test('passes when strings compare by code unit, never by locale', () => {
    expect(['b', 'a', 'B', 'ä', 'Z'].sort(compareCanonical)).toEqual(['B', 'Z', 'a', 'b', 'ä'])
  })

  test('passes when objects compare by sorted keys whatever their insertion order', () => {
    expect(compareCanonical({ b: 1, a: 2 }, { a: 2, b: 1 })).toBe(0)
    expect(Math.sign(compareCanonical({ a: 1, c: 1 }, { a: 1, b: 1 }))).toBe(1)
  })
})

describe('stableSort', () => {
  test('passes when equal elements keep their input order', () => {
    const first = { k: 1 }
    const second = { k: 1 }
    const sorted = stableSort([{ k: 2 }, first, second])
    expect(sorted[0]).toBe(first)
    expect(sorted[1]).toBe(second)
  })

  test('passes when the input array is left untouched', () => {
    const input = [3, 1, 2]
    stableSort(input)
    expect(input).toEqual([3, 1, 2])
  })
})

describe('compareCanonical on Errors', () => {
  test('passes when errors that differ only in cause are ordered, so Sets of them print one way', () => {
    const one = new Error('x', { cause: 1 })
    const two = new Error('x', { cause: 2 })
    expect(Math.sign(compareCanonical(one, two))).toBe(-1)
    expect(Math.sign(compareCanonical(new Error('x'), one))).toBe(-1)
    expect(stableStringify(new Set([one, two]))).toBe(stableStringify(new Set([two, one])))
    expect(stableStringify([one, two], { unordered: true })).toBe(
      stableStringify([two, one], { unordered: true }),
    )
  })
})
