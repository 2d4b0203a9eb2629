import { describe, expect, test } from 'vitest'
import { compareLeaves, compareNumbers } from '../../../../src/core/order/compareLeaves'
import { Kind } from '../../../../src/core/kinds/kindOf'

const sign = (n: number) => Math.sign(n) + 0

describe('compareLeaves', () => {
  test('passes when numbers order -Infinity first, -0 before 0 and NaN last', () => {
    const sorted = [NaN, 1, -0, Infinity, 0, -Infinity].sort(compareNumbers)
    expect(sorted.map((n) => (Object.is(n, -0) ? '-0' : String(n)))).toEqual([
      '-Infinity',
      '-0',
      '0',
      '1',
      'Infinity',
      'NaN',
    ])
  })

  test.each<[string, unknown, unknown, number]>([
    ['boxed primitives by kind of primitive first', Object(2), Object(1n), Kind.Boxed],
    ['boxed BigInts by value', Object(1n), Object(2n), Kind.Boxed],
    ['boxed Symbols by description', Object(Symbol('a')), Object(Symbol('b')), Kind.Boxed],
    ['Dates by time, read through the slot', new Date(1), new Date(2), Kind.Date],
    ['RegExps by source, then flags', /a/g, /a/i, Kind.RegExp],
    ['typed arrays by element', new Int8Array([-1]), new Int8Array([1]), Kind.Binary],
    ['buffers by byte', new Uint8Array([1]).buffer, new Uint8Array([2]).buffer, Kind.Binary],
    [
      'objects compared by identity by class name',
      new Blob([]),
      new ReadableStream(),
      Kind.Identity,
    ],
    ['functions by name', function a() {}, function b() {}, Kind.Function],
  ])('passes when it orders %s', (_name, a, b, kind) => {
    expect(sign(compareLeaves(a, b, kind))).toBe(-1)
    expect(sign(compareLeaves(b, a, kind))).toBe(1)
    expect(compareLeaves(a, a, kind)).toBe(0)
  })

  test('passes when a Date with its own getTime orders by its real time', () => {
    const late = new Date(10)
    Object.defineProperty(late, 'getTime', { value: () => 0 })
    expect(sign(compareLeaves(new Date(5), late, Kind.Date))).toBe(-1)
  })
})
