import { describe, expect, test } from 'vitest'
import { openPair } from '../../../../src/core/order/PairFrame'
import { compareCanonical } from '../../../../src/core/order/compareCanonical'
import { Kind } from '../../../../src/core/kinds/kindOf'

describe('openPair', () => {
  test('passes when arrays give their elements pair by pair, then the length difference', () => {
    const frame = openPair([1, 2], [1, 3, 4], Kind.Array)
    expect(frame.next()).toEqual([1, 1])
    expect(frame.next()).toEqual([2, 3])
    expect(frame.next()).toBe(-1)
  })

  test('passes when objects give keys and values in canonical key order', () => {
    const frame = openPair({ b: 2, a: 1 }, { a: 1, c: 3 }, Kind.Object)
    expect(frame.next()).toEqual(['a', 'a'])
    expect(frame.next()).toEqual([1, 1])
    expect(frame.next()).toEqual(['b', 'c'])
  })

  test('passes when huge sparse arrays visit only the indices present on either side', () => {
    const a: unknown[] = new Array(1e9)
    const b: unknown[] = new Array(1e9)
    a[7] = 'x'
    b[9] = 'y'
    const frame = openPair(a, b, Kind.Array)
    expect(frame.next()).toEqual(['x', undefined])
    expect(frame.next()).toEqual([undefined, 'y'])
    expect(frame.next()).toBe(0)
    expect(Math.sign(compareCanonical(a, b))).toBe(1)
  })

  test('passes when platform values compare by class name, then by what they hold', () => {
    const frame = openPair(new URL('http://a.test/'), new URL('http://b.test/'), Kind.Platform)
    expect(frame.next()).toEqual(['http://a.test/', 'http://b.test/'])
    expect(openPair(new URL('http://a.test/'), new URLSearchParams(), Kind.Platform).next()).toBe(
      -1,
    )
  })

  test('passes when compareCanonical orders chains 100,000 levels deep without recursion', () => {
    const chain = (leaf: number) => {
      let value: unknown = [leaf]
      for (let i = 0; i < 100_000; i++) value = { next: [value] }
      return value
    }
    expect(compareCanonical(chain(1), chain(2))).toBe(-1)
    expect(compareCanonical(chain(2), chain(2))).toBe(0)
  })
})
