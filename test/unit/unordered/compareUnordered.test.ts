import { equals as jestEquals, iterableEquality as jestIterable } from '@jest/expect-utils'
import { equals as vitestEquals, iterableEquality as vitestIterable } from '@vitest/expect'
import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { ExpectDeterministicError } from '../../../src/errors'
import { compareUnordered } from '../../../src/unordered/compareUnordered'
import { type UnorderedEquality } from '../../../src/unordered/createComparer'
import { type UnorderedOptions } from '../../../src/unordered/readUnorderedOptions'

// The runners' own equality, as the matcher passes it (toEqual adds iterableEquality).
const variants: [string, UnorderedEquality | undefined][] = [
  ['deepEqual (core default)', undefined],
  ['vitest equals', { equals: (a, b) => vitestEquals(a, b, [vitestIterable]) }],
  ['jest equals', { equals: (a, b) => jestEquals(a, b, [jestIterable]) }],
  [
    'jest equals, unkeyed (as with custom testers)',
    { equals: (a, b) => jestEquals(a, b, [jestIterable]), keyed: false },
  ],
]

interface Case {
  name: string
  a: unknown
  b: unknown
  equal: boolean
  options?: UnorderedOptions
  /** The core's deepEqual does not compare an array's non-index keys; the runners' equals does. */
  runnersOnly?: boolean
}

class Point {
  constructor(
    readonly x: number,
    readonly tags: string[],
  ) {}
}

const cases: Case[] = [
  { name: 'empty arrays', a: [], b: [], equal: true },
  { name: 'same order', a: [1, 2, 3], b: [1, 2, 3], equal: true },
  { name: 'another order', a: [3, 1, 2], b: [1, 2, 3], equal: true },
  { name: 'duplicates counted', a: [1, 1, 2], b: [1, 2, 2], equal: false },
  { name: 'a missing element', a: [1, 2], b: [1, 2, 3], equal: false },
  { name: '0 and -0', a: [0], b: [-0], equal: false },
  { name: 'NaN', a: [NaN, 1], b: [1, NaN], equal: true },
  { name: '1 and "1"', a: [1], b: ['1'], equal: false },
  { name: 'bigints', a: [1n, 2n], b: [2n, 1n], equal: true },
  {
    name: 'Dates by time',
    a: [new Date(5), new Date(1)],
    b: [new Date(1), new Date(5)],
    equal: true,
  },
  { name: 'nested arrays in another order', a: [{ t: [1, 2] }], b: [{ t: [2, 1] }], equal: true },
  {
    name: 'nested arrays, deep: false',
    a: [{ t: [1, 2] }],
    b: [{ t: [2, 1] }],
    equal: false,
    options: { deep: false },
  },
  { name: 'nested duplicates', a: [[1, 1, 2]], b: [[2, 1, 2]], equal: false },
  { name: 'arrays of arrays', a: [[3, [2, 1]], [1]], b: [[1], [[1, 2], 3]], equal: true },
  {
    name: 'records',
    a: [
      { id: 2, n: 'b' },
      { id: 1, n: 'a' },
    ],
    b: [
      { n: 'a', id: 1 },
      { id: 2, n: 'b' },
    ],
    equal: true,
  },
  { name: 'a changed field', a: [{ id: 1, n: 'a' }], b: [{ id: 1, n: 'A' }], equal: false },
  {
    name: 'class instances with nested arrays',
    a: [new Point(1, ['b', 'a'])],
    b: [new Point(1, ['a', 'b'])],
    equal: true,
  },
  {
    name: 'Maps with nested arrays',
    a: [new Map([['k', [2, 1]]])],
    b: [new Map([['k', [1, 2]]])],
    equal: true,
  },
  {
    name: 'Sets with object members',
    a: [new Set([{ a: [2, 1] }])],
    b: [new Set([{ a: [1, 2] }])],
    equal: true,
  },
  {
    name: 'Maps whose values differ',
    a: [new Map([['a', 1]])],
    b: [new Map([['a', 2]])],
    equal: false,
  },
  { name: 'Sets whose members differ', a: [new Set([1])], b: [new Set([2])], equal: false },
  {
    name: 'Maps inside records',
    a: [{ m: new Map([['a', 1]]) }],
    b: [{ m: new Map([['a', 2]]) }],
    equal: false,
  },
  {
    name: 'a multiset inside a Map value',
    a: [new Map([['k', [1, 1, 2]]])],
    b: [new Map([['k', [1, 2, 2]]])],
    equal: false,
  },
  {
    name: 'arrays with another extra key',
    a: [Object.assign([1], { x: 1 })],
    b: [[1]],
    equal: false,
    runnersOnly: true,
  },
  {
    name: 'arrays with another extra key, deep: false',
    a: [Object.assign([1], { x: 1 })],
    b: [[1]],
    equal: false,
    options: { deep: false },
    runnersOnly: true,
  },
  {
    name: 'arrays with the same extra key',
    a: [Object.assign([2, 1], { x: 1 })],
    b: [Object.assign([1, 2], { x: 1 })],
    equal: true,
  },
  {
    name: 'nested arrays with another extra key',
    a: [{ t: Object.assign([1], { x: 1 }) }],
    b: [{ t: [1] }],
    equal: false,
    runnersOnly: true,
  },
  {
    name: 'top-level arrays with another extra key',
    a: Object.assign([1, 2], { x: 1 }),
    b: [2, 1],
    equal: false,
  },
  {
    name: 'paths: selected array',
    a: { o: [{ i: [2, 1] }] },
    b: { o: [{ i: [1, 2] }] },
    equal: true,
    options: { paths: ['$.o[*].i'] },
  },
  {
    name: 'paths: unselected array',
    a: { o: [{ i: [2, 1] }], j: [1, 2] },
    b: { o: [{ i: [1, 2] }], j: [2, 1] },
    equal: false,
    options: { paths: ['$.o[*].i'] },
  },
  {
    name: 'paths: descendant',
    a: { x: { y: [[2, 1]] } },
    b: { x: { y: [[1, 2]] } },
    equal: true,
    options: { paths: ['$..y', '$..y[*]'] },
  },
]

describe.each(variants)('compareUnordered with %s', (_name, equality) => {
  test.each(cases.filter((c) => equality !== undefined || c.runnersOnly !== true))(
    'passes when it decides $name correctly, in both argument orders',
    ({ a, b, equal, options }) => {
      expect(compareUnordered(a, b, options, equality).pass).toBe(equal)
      expect(compareUnordered(b, a, options, equality).pass).toBe(equal)
    },
  )
})

describe("compareUnordered with the runners' equals", () => {
  const runner: UnorderedEquality = { equals: (a, b) => vitestEquals(a, b, [vitestIterable]) }

  test('passes when a pairing exists that a greedy first fit misses', () => {
    expect(compareUnordered([1, 2], [expect.any(Number), 1], {}, runner).pass).toBe(true)
    expect(compareUnordered([2, 1], [expect.any(Number), 1], {}, runner).pass).toBe(true)
    const jest = { equals: (a: unknown, b: unknown) => jestEquals(a, b, [jestIterable]) }
    expect(compareUnordered([1, 2], [jestExpect.any(Number), 1], {}, jest).pass).toBe(true)
  })

  test('passes when undefined properties differ, fails when strict', () => {
    expect(compareUnordered([{ a: 1, b: undefined }], [{ a: 1 }], {}, runner).pass).toBe(true)
    const strict = {
      equals: (a: unknown, b: unknown) => vitestEquals(a, b, [vitestIterable], true),
    }
    expect(
      compareUnordered([{ a: 1, b: undefined }], [{ a: 1 }], { strict: true }, strict).pass,
    ).toBe(false)
    // A multiset has no positions, but toStrictEqual still tells a hole from `undefined`.
    // eslint-disable-next-line no-sparse-arrays
    expect(compareUnordered([[, 1]], [[undefined, 1]], { strict: true }, strict).pass).toBe(false)
    // eslint-disable-next-line no-sparse-arrays
    expect(compareUnordered([[, 1]], [[1, ,]], { strict: true }, strict).pass).toBe(true)
  })

  test('passes when 20,000 records with an undefined field are paired by key, not pairwise', () => {
    let calls = 0
    const counting: UnorderedEquality = {
      equals: (a, b) => (calls++, vitestEquals(a, b, [vitestIterable])),
    }
    const records = Array.from({ length: 20_000 }, (_, i) => ({ id: i, note: undefined }))
    expect(compareUnordered([...records].reverse(), records, {}, counting).pass).toBe(true)
    expect(
      compareUnordered(
        [...records].reverse(),
        records.map(({ id }) => ({ id })),
        {},
        counting,
      ).pass,
    ).toBe(true)
    expect(calls).toBe(0)
    const strict: UnorderedEquality = {
      equals: (a, b) => (calls++, vitestEquals(a, b, [vitestIterable], true)),
    }
    expect(compareUnordered([...records].reverse(), records, { strict: true }, strict).pass).toBe(
      true,
    )
    expect(calls).toBe(0)
  })

  test('fails when the core default (strict deepEqual) sees an undefined property or a hole the other lacks', () => {
    expect(compareUnordered([{ a: 1, b: undefined }], [{ a: 1 }]).pass).toBe(false)
    // eslint-disable-next-line no-sparse-arrays
    expect(compareUnordered([[, 1]], [[undefined, 1]]).pass).toBe(false)
  })

  test('passes when a matcher needs an element that a key-equal twin cannot give', () => {
    // { a: 1, b: undefined } and { a: 1 } are toEqual-equal, but only one has the property `b`.
    const received = [{ a: 1, b: undefined }, { a: 1 }]
    const expected = [{ a: 1 }, expect.objectContaining({ b: undefined })]
    expect(compareUnordered(received, expected, {}, runner).pass).toBe(true)
  })

  test('fails when a matcher is used twice but only one element satisfies it', () => {
    expect(
      compareUnordered([1, 'x'], [expect.any(Number), expect.any(Number)], {}, runner).pass,
    ).toBe(false)
  })

  test('passes when registered custom testers decide (keys are not used)', () => {
    const caseless = (a: unknown, b: unknown): boolean | undefined =>
      typeof a === 'string' && typeof b === 'string'
        ? a.toLowerCase() === b.toLowerCase()
        : undefined
    const equals = (a: unknown, b: unknown): boolean =>
      vitestEquals(a, b, [caseless, vitestIterable])
    expect(compareUnordered(['A', 'b'], ['B', 'a'], {}, { equals, keyed: false }).pass).toBe(true)
  })
})

describe('compareUnordered with cyclic elements', () => {
  const cyclic = (tags: string[]): Record<string, unknown> => {
    const node: Record<string, unknown> = { id: 1, tags }
    node.self = node
    return node
  }
  test.each(variants)(
    'passes when cycles match and nested arrays differ only in order (%s)',
    (_name, equality) => {
      expect(compareUnordered([cyclic(['b', 'a'])], [cyclic(['a', 'b'])], {}, equality).pass).toBe(
        true,
      )
      expect(compareUnordered([cyclic(['a', 'b'])], [cyclic(['a', 'b'])], {}, equality).pass).toBe(
        true,
      )
    },
  )
  test.each(variants)('fails when cyclic elements differ (%s)', (_name, equality) => {
    expect(compareUnordered([cyclic(['a', 'c'])], [cyclic(['a', 'b'])], {}, equality).pass).toBe(
      false,
    )
  })
})

describe('compareUnordered report', () => {
  test('fails when elements are missing and extra, with indices', () => {
    const result = compareUnordered(['a', 'x', 'b'], ['b', 'c', 'a'])
    expect(result.pass).toBe(false)
    expect(result.mismatch).toMatchObject({
      path: '$',
      matched: 2,
      missing: [{ index: 1, value: 'c' }],
      extra: [{ index: 1, value: 'x' }],
      changed: [],
      counts: [],
    })
  })

  test('fails when multiplicities differ, reported as counts', () => {
    const result = compareUnordered(['a', 'b', 'b'], ['a', 'a', 'b'])
    expect(result.mismatch?.counts).toEqual([
      { value: 'a', expected: 2, received: 1, indices: [1] },
      { value: 'b', expected: 1, received: 2, indices: [2] },
    ])
    expect(result.mismatch?.missing).toEqual([])
    expect(result.mismatch?.extra).toEqual([])
  })

  test('fails when a record changed, paired by identifyBy with the field path', () => {
    const result = compareUnordered(
      [
        { id: 2, n: 'b' },
        { id: 1, n: 'a' },
      ],
      [
        { id: 1, n: 'a' },
        { id: 2, n: 'B' },
      ],
      { identifyBy: 'id' },
    )
    expect(result.mismatch?.changed).toEqual([
      {
        expected: { index: 1, value: { id: 2, n: 'B' } },
        received: { index: 0, value: { id: 2, n: 'b' } },
        pairedBy: 'identifyBy',
        difference: { path: '$[*].n', reason: 'values differ', left: 'B', right: 'b' },
      },
    ])
  })

  test('fails when a record changed, paired by a function identifyBy', () => {
    const result = compareUnordered([{ k: { id: 1 }, v: 1 }], [{ k: { id: 1 }, v: 2 }], {
      identifyBy: (el) => (el as { k: unknown }).k,
    })
    expect(result.mismatch?.changed[0]?.pairedBy).toBe('identifyBy')
  })

  test('fails when records changed, pairing structured identifyBy keys by value and others by identity', () => {
    const shared = new Map()
    const result = compareUnordered(
      [
        { k: { a: 1, b: [2, 1] }, v: 1 },
        { k: shared, v: 1 },
        { k: new Map(), v: 1 },
      ],
      [
        { k: { b: [1, 2], a: 1 }, v: 2 },
        { k: shared, v: 2 },
        { k: new Map(), v: 2 },
      ],
      { identifyBy: (el) => (el as { k: unknown }).k },
    )
    expect(result.mismatch?.changed.map((p) => [p.expected.index, p.received.index])).toEqual([
      [0, 0],
      [1, 1],
    ])
    expect(result.mismatch?.missing.map((e) => e.index)).toEqual([2])
  })

  test('fails without building the report until it is read', () => {
    let calls = 0
    const identifyBy = (el: unknown): unknown => (calls++, (el as { id: unknown }).id)
    const result = compareUnordered([{ id: 1, v: 1 }], [{ id: 1, v: 2 }], { identifyBy })
    expect(result.pass).toBe(false)
    expect(calls).toBe(0)
    expect(result.mismatch?.changed).toHaveLength(1)
    expect(result.difference).toBeUndefined()
    const after = calls
    expect(result.mismatch?.changed).toHaveLength(1)
    expect(calls).toBe(after)
  })

  test('fails when a nested multiset differs, naming the multiset', () => {
    const result = compareUnordered([{ id: 1, t: ['x', 'z'] }], [{ id: 1, t: ['y', 'x'] }])
    expect(result.mismatch?.changed[0]?.difference).toEqual({
      path: '$[*].t',
      reason: 'multisets differ',
      left: ['x', 'y'],
      right: ['x', 'z'],
    })
  })

  test('fails when deep: false and only nested order differs, naming the paths', () => {
    const result = compareUnordered(
      [{ t: [1, 2], u: { v: ['a', 'b'] } }],
      [{ t: [2, 1], u: { v: ['b', 'a'] } }],
      { deep: false },
    )
    expect(result.pass).toBe(false)
    expect(result.orderOnly).toEqual(['$[*].t'])
  })

  test('fails when a paths value outside multisets differs, with its path', () => {
    const result = compareUnordered(
      { a: [2, 1], b: { c: 1 } },
      { a: [1, 2], b: { c: 2 } },
      { paths: ['$.a'] },
    )
    expect(result.difference).toEqual({ path: '$.b.c', reason: 'values differ', left: 2, right: 1 })
  })

  test('fails when a nested multiset at a path does not match, reported there', () => {
    const result = compareUnordered(
      { o: [{ i: [1, 2] }, { i: [3] }] },
      { o: [{ i: [2, 1] }, { i: [4] }] },
      { paths: ['$.o[*].i'] },
    )
    expect(result.mismatch?.path).toBe('$.o[1].i')
    expect(result.mismatch?.steps).toEqual(['o', 1, 'i'])
  })
})

describe('compareUnordered usage', () => {
  test('passes when values that are not arrays are equal, every array inside a multiset', () => {
    expect(compareUnordered({ tags: ['b', 'a'], n: 1 }, { n: 1, tags: ['a', 'b'] }).pass).toBe(true)
    expect(compareUnordered(new Set([['b', 'a']]), new Set([['a', 'b']])).pass).toBe(true)
    expect(compareUnordered('ab', 'ab').pass).toBe(true)
  })

  test('fails, without throwing, when the values are of different types, naming both', () => {
    const result = compareUnordered(['a'], { 0: 'a' })
    expect(result.pass).toBe(false)
    expect(result.difference).toMatchObject({
      path: '$',
      reason: 'types differ: a plain object vs an array',
    })
    expect(compareUnordered('ab', ['a']).difference?.reason).toBe(
      'types differ: an array vs a string',
    )
    expect(compareUnordered(new Set([1]), [1]).difference?.reason).toBe(
      'types differ: an array vs a Set',
    )
  })

  test('passes when deep: false compares a value that is not an array like toEqual', () => {
    expect(compareUnordered({ a: [1, 2] }, { a: [1, 2] }, { deep: false }).pass).toBe(true)
    expect(compareUnordered({ a: [2, 1] }, { a: [1, 2] }, { deep: false }).pass).toBe(false)
  })

  test('throws when an option is unknown, mistyped or a path is bad', () => {
    expect(() => compareUnordered([], [], { depp: true } as never)).toThrow(
      /compareUnordered\(\) does not know the option `depp`/,
    )
    expect(() => compareUnordered([], [], { deep: 1 } as never)).toThrow(/`deep` option/)
    expect(() => compareUnordered([], [], { identifyBy: 3 } as never)).toThrow(/identifyBy/)
    expect(() => compareUnordered([], [], { paths: ['$.a['] })).toThrow(/Invalid path/)
    expect(() => compareUnordered([], [], { paths: ['$.a'], deep: true })).toThrow(
      /either `deep` or `paths`/,
    )
    expect(() => compareUnordered([], [], 'deep' as never)).toThrow(ExpectDeterministicError)
  })
})
