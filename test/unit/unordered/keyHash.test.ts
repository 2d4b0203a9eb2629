import { describe, expect, test } from 'vitest'
import { createScope } from '../../../src/unordered/createScope'
import { keyEqual } from '../../../src/unordered/keyEqual'
import { keyHash } from '../../../src/unordered/keyHash'
import { createKeyMemo } from '../../../src/unordered/KeyMemo'

describe('keyHash and keyEqual', () => {
  const deep = createScope({})
  const top = createScope({ deep: false })
  const hash = (value: unknown, scope = deep, strict = false) =>
    keyHash(value, scope, scope.root, strict)

  test('passes when equal plain data shares a hash whatever the key and multiset order', () => {
    const a = { id: 1, tags: ['x', 'y', 'x'], at: new Date(5), n: [[2, 1], [3]] }
    const b = { n: [[3], [1, 2]], at: new Date(5), tags: ['y', 'x', 'x'], id: 1 }
    expect(hash(a)).toBeTypeOf('number')
    expect(hash(a)).toBe(hash(b))
    expect(keyEqual(a, b, deep, deep.root, false)).toBe(true)
  })

  test('fails when values differ in a leaf, a count, a type or nested order under deep: false', () => {
    const pairs: [unknown, unknown, typeof deep][] = [
      [{ a: 1 }, { a: 2 }, deep],
      [[1, 1, 2], [1, 2, 2], deep],
      [[1], ['1'], deep],
      [[0], [-0], deep],
      [{ t: [1, 2] }, { t: [2, 1] }, top],
      [{ a: 1 }, { a: 1, b: 2 }, deep],
      [[new Date(1)], [new Date(2)], deep],
      [1n, 2n, deep],
    ]
    for (const [a, b, scope] of pairs) {
      expect(keyEqual(a, b, scope, scope.root, false)).toBe(false)
      expect(keyEqual(b, a, scope, scope.root, false)).toBe(false)
    }
  })

  test('passes when NaN equals NaN and large multisets are compared through buckets', () => {
    expect(keyEqual([NaN], [NaN], deep, deep.root, false)).toBe(true)
    const xs = Array.from({ length: 50 }, (_, i) => ({ i: i % 7 }))
    expect(keyEqual(xs, [...xs].reverse(), deep, deep.root, false)).toBe(true)
    expect(keyEqual(xs, [...xs.slice(1), { i: 9 }], deep, deep.root, false)).toBe(false)
  })

  test('fails to hash what only the runner can compare', () => {
    class A {}
    for (const value of [
      new A(),
      new Map(),
      new Set(),
      () => 1,
      Symbol('s'),
      { [Symbol('k')]: 1 },
      new Date(NaN),
      expect.any(Number),
      // A matcher with a hidden asymmetricMatch, and a Date the runner reads through valueOf.
      Object.defineProperty({}, 'asymmetricMatch', { value: () => true }),
      Object.assign(new Date(5), { getTime: () => 0 }),
    ]) {
      expect(hash([value])).toBeUndefined()
    }
  })

  test('passes when undefined properties hash like absent ones, and only strict tells them apart', () => {
    expect(hash({ a: 1, b: undefined })).toBeTypeOf('number')
    expect(hash({ a: 1, b: undefined })).toBe(hash({ a: 1 }))
    expect(keyEqual({ a: 1, b: undefined }, { a: 1 }, deep, deep.root, false)).toBe(true)
    expect(keyEqual({ a: 1 }, { a: 1, b: undefined }, deep, deep.root, false)).toBe(true)
    expect(keyEqual({ a: 1, b: undefined }, { a: 1, c: undefined }, deep, deep.root, false)).toBe(
      true,
    )
    expect(keyEqual({ a: 1, b: undefined }, { a: 1, b: 2 }, deep, deep.root, false)).toBe(false)
    expect(hash({ a: 1, b: undefined }, deep, true)).toBeTypeOf('number')
    expect(hash({ a: 1, b: undefined }, deep, true)).not.toBe(hash({ a: 1 }, deep, true))
    expect(keyEqual({ a: 1, b: undefined }, { a: 1 }, deep, deep.root, true)).toBe(false)
  })

  test('passes when holes hash like undefined, and only strict tells them apart', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, 1]
    expect(hash(sparse, top)).toBe(hash([undefined, 1], top))
    expect(keyEqual(sparse, [undefined, 1], top, top.root, false)).toBe(true)
    expect(hash(sparse, top, true)).toBeTypeOf('number')
    expect(hash(sparse, deep, true)).toBeTypeOf('number')
    expect(hash(sparse, top, true)).not.toBe(hash([undefined, 1], top, true))
    expect(keyEqual(sparse, [undefined, 1], top, top.root, true)).toBe(false)
    expect(keyEqual(sparse, [undefined, 1], deep, deep.root, true)).toBe(false)
    // eslint-disable-next-line no-sparse-arrays
    expect(keyEqual(sparse, [1, ,], deep, deep.root, true)).toBe(true)
    // Large multisets go through buckets: holes still pair only with holes.
    const big = Array.from({ length: 20 }, (_, i) => i)
    const holed = [...big]
    delete holed[3]
    const holedReversed = [...big].reverse()
    delete holedReversed[16]
    const undefinedAt3 = [...big]
    undefinedAt3[3] = undefined as never
    expect(keyEqual(holed, undefinedAt3, deep, deep.root, true)).toBe(false)
    expect(keyEqual(holed, undefinedAt3, deep, deep.root, false)).toBe(true)
    expect(keyEqual(holed, holedReversed, deep, deep.root, true)).toBe(true)
    expect(keyEqual(holed, [...big].reverse(), deep, deep.root, true)).toBe(false)
  })

  test('fails to hash values nested deeper than the key depth (they may be cyclic)', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(hash(cyclic)).toBeUndefined()
  })
})

describe('keyHash with a memo', () => {
  const deep = createScope({})

  test('passes when values 100,000 levels deep are measured once, then refused at once', () => {
    let value: unknown[] = [0]
    const levels: unknown[][] = []
    for (let i = 0; i < 100_000; i++) {
      value = [value, i]
      levels.push(value)
    }
    const memo = createKeyMemo()
    expect(keyHash(value, deep, deep.root, false, memo)).toBeUndefined()
    // Every level below has its height now: hashing each one again costs no walk.
    for (const level of levels) expect(memo.heights.get(level)).toBeGreaterThan(0)
    expect(keyHash(levels[50_000], deep, deep.root, false, memo)).toBeUndefined()
    expect(keyHash(levels[10], deep, deep.root, false, memo)).toBeTypeOf('number')
  })

  test('passes when an unkeyable value makes everything on the way down to it unkeyable', () => {
    const inner = { f: () => 1 }
    const outer = { a: { b: inner } }
    const memo = createKeyMemo()
    expect(keyHash(outer, deep, deep.root, false, memo)).toBeUndefined()
    expect(memo.unkeyable.has(outer)).toBe(true)
    expect(memo.unkeyable.has(outer.a)).toBe(true)
    expect(keyHash({ x: outer.a }, deep, deep.root, false, memo)).toBeUndefined()
  })
})
