import { equals as jestEquals, iterableEquality, typeEquality } from '@jest/expect-utils'
import { expect as jestExpect } from 'expect'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createPlainEquals } from '../../../../matchers/assert/plainEquals'
import { ExpectDeterministicError } from '../../../../src/errors'
import { equalityCases } from '../../../helpers/equalityCases'

const equals = createPlainEquals()

// Jest's own `equals` with the tester toEqual adds: the behaviour the plain context stands in for.
const jest = (a: unknown, b: unknown, strict = false): boolean =>
  jestEquals(a, b, [iterableEquality], strict)

// eslint-disable-next-line no-sparse-arrays -- a hole is the case
const sparse = (): unknown[] => [, 1]

class Money {
  constructor(readonly amount: number) {}
}

const table: { name: string; a: unknown; b: unknown }[] = [
  { name: 'an undefined property', a: { a: 1, b: undefined }, b: { a: 1 } },
  { name: 'a class instance and a plain object', a: new Money(5), b: { amount: 5 } },
  {
    name: 'Sets of objects in another order',
    a: new Set([{ x: 1 }, { x: 2 }]),
    b: new Set([{ x: 2 }, { x: 1 }]),
  },
  { name: 'Maps with object keys', a: new Map([[{ k: 1 }, 'a']]), b: new Map([[{ k: 1 }, 'a']]) },
  { name: 'Maps whose values differ', a: new Map([['k', 1]]), b: new Map([['k', 2]]) },
  { name: 'sparse and undefined arrays', a: sparse(), b: [undefined, 1] },
  { name: 'arrays of other lengths', a: [1], b: [1, undefined] },
  { name: 'boxed and primitive numbers', a: Object(1), b: 1 },
  { name: 'NaN', a: NaN, b: NaN },
  { name: 'zero and minus zero', a: 0, b: -0 },
  { name: 'Dates', a: new Date(1), b: new Date(1) },
  { name: 'RegExps with other flags', a: /x/g, b: /x/i },
  { name: 'an array and an object', a: [], b: {} },
  { name: 'typed arrays', a: new Uint8Array([1, 2]), b: new Uint8Array([1, 3]) },
  { name: 'symbol keys', a: { [Symbol.for('s')]: 1 }, b: { [Symbol.for('s')]: 2 } },
]

describe('createPlainEquals', () => {
  test.each(table)('agrees with Jest on $name, loose and strict, both orders', ({ a, b }) => {
    for (const strict of [false, true]) {
      expect(equals(a, b, [], strict)).toBe(jest(a, b, strict))
      expect(equals(b, a, [], strict)).toBe(jest(b, a, strict))
    }
  })

  test.each(equalityCases.filter((c) => c.equal))(
    'passes when deepEqual finds equal: $name',
    ({ a, b }) => {
      expect(equals(a, b)).toBe(true)
      expect(equals(b, a)).toBe(true)
    },
  )

  test('agrees with Jest on generated JSON-like values and their shuffled copies', () => {
    const json = fc.jsonValue({ maxDepth: 3 })
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(equals(a, b)).toBe(jest(a, b))
        expect(equals(a, structuredClone(a))).toBe(true)
      }),
    )
  })

  test('passes when an asymmetric matcher on either side accepts the other value', () => {
    const even = { asymmetricMatch: (n: unknown) => typeof n === 'number' && n % 2 === 0 }
    expect(equals({ n: 4 }, { n: even })).toBe(true)
    expect(equals({ n: even }, { n: 3 })).toBe(false)
    expect(equals([1, 2], [jestExpect.any(Number), 2])).toBe(true)
  })

  test('passes the testers their turn first, with an equals that recurses', () => {
    const seen: unknown[] = []
    const tester = function (this: { equals(a: unknown, b: unknown): boolean }, a: unknown) {
      seen.push(a)
      return a instanceof Money ? true : undefined
    }
    expect(equals({ m: new Money(1) }, { m: new Money(2) }, [tester])).toBe(true)
    expect(seen).toContainEqual(new Money(1))
    expect(equals(new Money(1), { amount: 1 }, [typeEquality], true)).toBe(false)
  })

  test('passes when cyclic values return to the same ancestor', () => {
    const a: Record<string, unknown> = { id: 1 }
    a.self = a
    const b: Record<string, unknown> = { id: 1 }
    b.self = b
    expect(equals(a, b)).toBe(true)
  })

  test('throws TOO_DEEP when the values nest deeper than the default limit', () => {
    let deep: unknown = 0
    for (let i = 0; i < 1500; i++) deep = [deep]
    expect(() => equals(deep, structuredClone(deep))).toThrow(ExpectDeterministicError)
  })

  test('hands a foreign matcher to the runner equals that recognises it', () => {
    const foreignAny = Object.freeze({ foreign: true })
    const foreign = createPlainEquals({
      recognises: (value) => value === foreignAny,
      equals: (a, b) => (b === foreignAny ? typeof a === 'number' : false),
    })
    expect(foreign({ n: 1 }, { n: foreignAny })).toBe(true)
    expect(foreign({ n: 'x' }, { n: foreignAny })).toBe(false)
  })
})
