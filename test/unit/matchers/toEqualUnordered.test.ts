import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { toEqualUnordered } from '../../../matchers/toEqualUnordered'
import type { UnorderedOptions } from '../../../src/unordered/readUnorderedOptions'

expect.extend({ toEqualUnordered })
jestExpect.extend({ toEqualUnordered } as never)

interface UnorderedMatchers<R = unknown> {
  toEqualUnordered(expected: unknown, options?: UnorderedOptions): R
}
declare module 'vitest' {
  // Vitest's own parameter list, repeated exactly, or the interfaces do not merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends UnorderedMatchers<T> {}
}

type Assert = (received: unknown) => {
  toEqualUnordered(expected: unknown, options?: UnorderedOptions): void
  not: {
    toEqualUnordered(expected: unknown, options?: UnorderedOptions): void
    toEqual(expected: unknown): void
  }
  toEqual(expected: unknown): void
}
// Every case runs under Vitest's expect and under Jest's (the standalone `expect` package).
const runners: [
  string,
  Assert,
  {
    toEqualUnordered(expected: unknown, options?: UnorderedOptions): unknown
    any(c: unknown): unknown
    objectContaining(o: object): unknown
    arrayContaining(a: unknown[]): unknown
  },
][] = [
  ['vitest', expect as unknown as Assert, expect as never],
  ['jest', jestExpect as unknown as Assert, jestExpect as never],
]

describe.each(runners)('%s', (_runner, check, asym) => {
  describe('.toEqualUnordered', () => {
    test('passes when the arrays hold the same elements in another order', () => {
      check([3, 1, 2]).toEqualUnordered([1, 2, 3])
    })

    test('passes when nested arrays are in another order (deep by default)', () => {
      check([
        { id: 1, tags: ['b', 'a'] },
        { id: 2, tags: [] },
      ]).toEqualUnordered([
        { id: 2, tags: [] },
        { id: 1, tags: ['a', 'b'] },
      ])
    })

    test('passes when a pairing exists that a greedy first fit would miss', () => {
      check([1, 2]).toEqualUnordered([asym.any(Number), 1])
      check([
        { id: 2, n: 'x' },
        { id: 1, n: 'y' },
      ]).toEqualUnordered([asym.objectContaining({ n: 'x' }), asym.objectContaining({})])
      check([
        { id: 1, n: 'y' },
        { id: 2, n: 'x' },
      ]).toEqualUnordered([asym.objectContaining({}), asym.objectContaining({ n: 'x' })])
    })

    test('passes when asymmetric matchers sit inside elements with nested unordered arrays', () => {
      check([{ id: 7, tags: ['b', 'a'] }]).toEqualUnordered([
        { id: asym.any(Number), tags: ['a', 'b'] },
      ])
    })

    test('passes when undefined properties differ (toEqual semantics)', () => {
      check([{ a: 1, b: undefined }, { a: 2 }]).toEqualUnordered([{ a: 2 }, { a: 1 }])
    })

    test('passes when 20,000 records each carry an undefined field, in linear time', () => {
      const records = Array.from({ length: 20_000 }, (_, i) => ({ id: i, note: undefined }))
      check([...records].reverse()).toEqualUnordered(records)
      check([...records].reverse()).toEqualUnordered(records, { strict: true })
    })

    test('passes when class instances, Maps and Sets are elements', () => {
      class P {
        constructor(
          readonly x: number,
          readonly tags: string[],
        ) {}
      }
      check([new P(1, ['b', 'a']), new Map([['k', [2, 1]]]), new Set([1])]).toEqualUnordered([
        new Set([1]),
        new Map([['k', [1, 2]]]),
        new P(1, ['a', 'b']),
      ])
    })

    test('fails when Maps or Sets differ in content (toEqual adds iterableEquality)', () => {
      for (const strict of [false, true]) {
        expect(() =>
          check([new Map([['a', 1]])]).toEqualUnordered([new Map([['a', 2]])], { strict }),
        ).toThrow(/toEqualUnordered/)
        expect(() => check([new Set([1])]).toEqualUnordered([new Set([2])], { strict })).toThrow(
          /toEqualUnordered/,
        )
        expect(() =>
          check([{ m: new Map([['a', 1]]) }]).toEqualUnordered([{ m: new Map([['a', 2]]) }], {
            strict,
          }),
        ).toThrow(/toEqualUnordered/)
        expect(() =>
          check([{ s: new Set(['x']) }]).toEqualUnordered([{ s: new Set(['y']) }], {
            deep: false,
            strict,
          }),
        ).toThrow(/toEqualUnordered/)
        check([{ m: new Map([['a', 1]]) }]).not.toEqualUnordered([{ m: new Map([['a', 2]]) }], {
          strict,
        })
      }
    })

    test('passes when arrays inside Map values and Set members differ only in order', () => {
      check([new Map([['a', [1, 2]]])]).toEqualUnordered([new Map([['a', [2, 1]]])])
      check([new Set([[1, 2]])]).toEqualUnordered([new Set([[2, 1]])])
      check([{ m: new Map([['a', [{ t: [3, 4] }]]]) }]).toEqualUnordered([
        { m: new Map([['a', [{ t: [4, 3] }]]]) },
      ])
    })

    test('fails when a multiset inside a Map value or Set member differs', () => {
      expect(() =>
        check([new Map([['a', [1, 2]]])]).toEqualUnordered([new Map([['a', [1, 3]]])]),
      ).toThrow(/toEqualUnordered/)
      expect(() =>
        check([new Map([['a', [1, 1, 2]]])]).toEqualUnordered([new Map([['a', [1, 2, 2]]])]),
      ).toThrow(/toEqualUnordered/)
      expect(() => check([new Set([[1, 2]])]).toEqualUnordered([new Set([[1, 3]])])).toThrow(
        /toEqualUnordered/,
      )
      expect(() =>
        check([new Map([['a', [1, 2]]])]).toEqualUnordered([new Map([['a', [2, 1]]])], {
          deep: false,
        }),
      ).toThrow(/toEqualUnordered/)
    })

    test('fails when an array has extra own properties that toEqual sees', () => {
      const tagged = Object.assign([1], { x: 1 })
      expect(() => check([[1]]).toEqual([tagged])).toThrow()
      for (const deep of [true, false]) {
        expect(() => check([tagged]).toEqualUnordered([[1]], { deep })).toThrow(/toEqualUnordered/)
        expect(() => check([[1]]).toEqualUnordered([tagged], { deep })).toThrow(/toEqualUnordered/)
        expect(() => check([{ a: tagged }]).toEqualUnordered([{ a: [1] }], { deep })).toThrow(
          /toEqualUnordered/,
        )
      }
      check([Object.assign([2, 1], { x: 1 })]).toEqualUnordered([Object.assign([1, 2], { x: 1 })])
    })

    test('fails when a multiplicity differs', () => {
      expect(() => check([1, 1, 2]).toEqualUnordered([1, 2, 2])).toThrow(/Counts differ/)
    })

    test('fails when only nested order differs and deep is false', () => {
      expect(() =>
        check([{ t: [1, 2] }]).toEqualUnordered([{ t: [2, 1] }], { deep: false }),
      ).toThrow(/only in the order of nested arrays at \$\[\*\]\.t/)
    })

    test('passes when paths select the unordered arrays', () => {
      check({ orders: [{ items: [2, 1] }, { items: [] }] }).toEqualUnordered(
        { orders: [{ items: [1, 2] }, { items: [] }] },
        { paths: ['$.orders[*].items'] },
      )
      expect(() =>
        check({ orders: [{ items: [2, 1] }, { items: [] }] }).toEqualUnordered(
          { orders: [{ items: [] }, { items: [1, 2] }] },
          { paths: ['$.orders[*].items'] },
        ),
      ).toThrow(/At \$\.orders\[0\]\.items/)
    })

    test('fails when strict and undefined properties differ', () => {
      check([{ a: 1, b: undefined }]).toEqualUnordered([{ a: 1, b: undefined }], { strict: true })
      expect(() =>
        check([{ a: 1, b: undefined }]).toEqualUnordered([{ a: 1 }], { strict: true }),
      ).toThrow(/toStrictEqual/)
      class A {
        x = 1
      }
      expect(() => check([new A()]).toEqualUnordered([{ x: 1 }], { strict: true })).toThrow()
      check([new A()]).toEqualUnordered([{ x: 1 }])
    })

    test('passes when used asymmetrically inside toEqual', () => {
      check({ ids: [3, 1, 2] }).toEqual({ ids: asym.toEqualUnordered([1, 2, 3]) })
      expect(() =>
        check({ ids: [3, 1] }).toEqual({ ids: asym.toEqualUnordered([1, 2, 3]) }),
      ).toThrow()
    })

    test('fails, without throwing, when used asymmetrically on a value of another type', () => {
      expect(() =>
        check([5, [2, 1]]).toEqual(asym.arrayContaining([asym.toEqualUnordered([1, 2])])),
      ).not.toThrow()
      expect(() => check({ ids: 'abc' }).toEqual({ ids: asym.toEqualUnordered(['a']) })).toThrow(
        /toEqual/,
      )
      check({ ids: 5 }).not.toEqual({ ids: asym.toEqualUnordered([5]) })
      check({ ids: new Set([1]) }).not.toEqual({ ids: asym.toEqualUnordered([1]) })
    })

    test('passes when used asymmetrically on any value', () => {
      check({ body: { ids: [2, 1] } }).toEqual({ body: asym.toEqualUnordered({ ids: [1, 2] }) })
      check([new Map([['k', [2, 1]]])]).toEqual([asym.toEqualUnordered(new Map([['k', [1, 2]]]))])
    })

    test('passes when the values are not arrays, with every array inside a multiset', () => {
      check({
        users: [{ id: 2, roles: ['b', 'a'] }, { id: 1 }],
        tags: ['x', 'y'],
      }).toEqualUnordered({ tags: ['y', 'x'], users: [{ id: 1 }, { id: 2, roles: ['a', 'b'] }] })
      check(new Set([['b', 'a']])).toEqualUnordered(new Set([['a', 'b']]))
      check(new Map([['k', { v: [2, 1] }]])).toEqualUnordered(new Map([['k', { v: [1, 2] }]]))
      check(5).toEqualUnordered(5)
      check('abc').not.toEqualUnordered('abd')
    })

    test('fails, without throwing, when the values are of different types', () => {
      expect(() => check(new Set([1])).toEqualUnordered([1])).toThrow(
        /types differ: an array vs a Set/,
      )
      expect(() => check('abc').toEqualUnordered(['a'])).toThrow(/types differ/)
      check(['a']).not.toEqualUnordered('a')
      check({ a: [1] }).not.toEqualUnordered(new Map([['a', [1]]]))
    })

    test('passes when deep: false compares a value that is not an array like toEqual', () => {
      check({ a: [1, 2] }).toEqualUnordered({ a: [1, 2] }, { deep: false })
      check({ a: [2, 1] }).not.toEqualUnordered({ a: [1, 2] }, { deep: false })
      check([[2, 1], 3]).toEqualUnordered([3, [2, 1]], { deep: false })
    })

    test('throws when an option is unknown or a path is bad', () => {
      expect(() => check([1]).toEqualUnordered([1], { depp: true } as never)).toThrow(
        /toEqualUnordered\(\) does not know the option `depp`/,
      )
      expect(() => check([1]).toEqualUnordered([1], { paths: ['$..'] })).toThrow(TypeError)
      expect(() => check([1]).toEqualUnordered([1], { deep: 'yes' } as never)).toThrow(TypeError)
      expect(() => check([1]).not.toEqualUnordered([2], { depp: true } as never)).toThrow(TypeError)
    })
  })

  describe('.not.toEqualUnordered', () => {
    test('passes when an element is missing', () => {
      check([1, 2]).not.toEqualUnordered([1, 2, 3])
    })
    test('passes when an element differs, without building the failure report', () => {
      let calls = 0
      const identifyBy = (el: unknown): unknown => (calls++, (el as { id: unknown }).id)
      check([{ id: 1, v: 1 }]).not.toEqualUnordered([{ id: 1, v: 2 }], { identifyBy })
      expect(calls).toBe(0)
      expect(() =>
        check([{ id: 1, v: 1 }]).toEqualUnordered([{ id: 1, v: 2 }], { identifyBy }),
      ).toThrow(/same id/)
      expect(calls).toBeGreaterThan(0)
    })
    test('fails when the arrays are equal in another order', () => {
      expect(() => check([2, 1]).not.toEqualUnordered([1, 2])).toThrow(
        /not to hold the same elements/,
      )
    })
  })
})
