import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { findDifference } from '../../../../src/core/equality/findDifference'
import { ExpectDeterministicError } from '../../../../src/errors'
import { equalityCases } from '../../../helpers/equalityCases'

describe('deepEqual', () => {
  describe.each(equalityCases)('$name', ({ a, b, equal }) => {
    test(`${equal ? 'passes' : 'fails'} when compared left to right`, () => {
      expect(deepEqual(a, b)).toBe(equal)
    })
    test(`${equal ? 'passes' : 'fails'} when compared right to left`, () => {
      expect(deepEqual(b, a)).toBe(equal)
    })
    test('agrees with findDifference', () => {
      expect(findDifference(a, b) === undefined).toBe(equal)
      expect(findDifference(b, a) === undefined).toBe(equal)
    })
  })

  test('passes when equal data is deeper than the fast mode handles', () => {
    const build = () => {
      let deep: Record<string, unknown> = { leaf: true }
      for (let i = 0; i < 500; i++) deep = { next: deep }
      return deep
    }
    expect(deepEqual(build(), build())).toBe(true)
  })

  test('throws when data nests deeper than the default maxDepth, naming the path', () => {
    const build = () => {
      let deep: Record<string, unknown> = {}
      for (let i = 0; i < 100_000; i++) deep = { next: deep }
      return deep
    }
    expect(() => deepEqual(build(), build())).toThrow(ExpectDeterministicError)
    expect(() => deepEqual(build(), build())).toThrow(/at \$\.next\.next/)
  })

  test('passes when deep data fits a raised maxDepth, and throws below it', () => {
    const build = (levels: number) => {
      let deep: Record<string, unknown> = { leaf: true }
      for (let i = 0; i < levels; i++) deep = { next: deep }
      return deep
    }
    expect(() => deepEqual(build(1200), build(1200))).toThrow(/maxDepth \(1000 levels\)/)
    expect(deepEqual(build(1200), build(1200), { maxDepth: 1500 })).toBe(true)
    expect(findDifference(build(1200), build(1201), { maxDepth: 1500 })?.reason).toBe(
      'missing on the right',
    )
    expect(() => deepEqual(build(10), build(10), { maxDepth: 5 })).toThrow(/maxDepth \(5 levels\)/)
    // No traversal recurses: 100,000 levels need only a larger maxDepth.
    expect(deepEqual(build(100_000), build(100_000), { maxDepth: 100_001 })).toBe(true)
    expect(findDifference(build(100_000), build(100_001), { maxDepth: 200_000 })).toMatchObject({
      path: expect.stringMatching(/^\$\.next\.next.*\(99985 more steps\).*\.leaf$/) as unknown,
      reason: 'missing on the right',
    })
    expect(() => deepEqual(build(100_000), build(100_000), { maxDepth: 100_000 })).toThrow(
      /deeper than maxDepth \(100000 levels\) at \$\.next.*`maxDepth` option/,
    )
    expect(() => deepEqual(1, 1, { maxDepht: 5 } as never)).toThrow(
      /does not know the option `maxDepht`/,
    )
  })

  test('throws when a getter throws, naming the path', () => {
    const hostile = () => ({
      ok: 1,
      get bad(): number {
        throw new Error('nope')
      },
    })
    expect(() => deepEqual({ x: [hostile()] }, { x: [hostile()] })).toThrow(
      /at \$\.x\[0\]\.bad threw/,
    )
  })
})

describe('findDifference', () => {
  test.each([
    [
      { user: { id: 1 } },
      { user: { id: 2 } },
      { path: '$.user.id', reason: 'values differ', left: 1, right: 2 },
    ],
    [
      { a: 1, b: 1 },
      { a: 1 },
      { path: '$.b', reason: 'missing on the right', left: 1, right: undefined },
    ],
    [
      { a: 1 },
      { a: 1, b: 1 },
      { path: '$.b', reason: 'missing on the left', left: undefined, right: 1 },
    ],
    [
      [1, 2, 3],
      [1, 2],
      { path: '$[2]', reason: 'missing on the right', left: 3, right: undefined },
    ],
    [
      { 'odd key': [0, 1] },
      { 'odd key': [0, 2] },
      { path: "$['odd key'][1]", reason: 'values differ', left: 1, right: 2 },
    ],
    [
      { n: '1' },
      { n: 1 },
      { path: '$.n', reason: 'types differ: a string vs a number', left: '1', right: 1 },
    ],
    [
      new Map([['k', { v: 1 }]]),
      new Map([['k', { v: 2 }]]),
      { path: '$.k.v', reason: 'values differ', left: 1, right: 2 },
    ],
    [
      new Set([1, 2]),
      new Set([1, 3]),
      { path: '$[*]', reason: 'Set member only on the left', left: 2, right: undefined },
    ],
    // One unpaired member on each side can only pair with the other: the difference is inside.
    [
      new Set([{ x: 1 }]),
      new Set([{ y: 1 }]),
      { path: '$[*].x', reason: 'missing on the right', left: 1, right: undefined },
    ],
    [
      new Set([{ x: 1 }, { x: 2 }]),
      new Set([{ x: 1 }, { y: 1 }]),
      { path: '$[*]', reason: 'Set member only on the left', left: { x: 2 }, right: undefined },
    ],
  ])('reports the first difference of %j and %j', (a, b, difference) => {
    expect(findDifference(a, b)).toEqual(difference)
  })

  test('reports the first difference in key order, whatever the insertion order', () => {
    expect(findDifference({ b: 1, a: 1 }, { b: 2, a: 2 })?.path).toBe('$.a')
    expect(findDifference({ a: 1, b: 1 }, { a: 2, b: 2 })?.path).toBe('$.a')
  })

  test('names both classes when prototypes differ', () => {
    class A {}
    class B {}
    expect(findDifference({ v: new A() }, { v: new B() })).toMatchObject({
      path: '$.v',
      reason: 'prototypes differ: A vs B',
    })
    expect(findDifference(new Map(), {})).toMatchObject({
      reason: 'types differ: a Map vs a plain object',
    })
  })
})
