import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { findDifference } from '../../../../src/core/equality/findDifference'

const setChain = (depth: number, leaf: unknown): Set<unknown> => {
  let value: Set<unknown> = new Set([leaf])
  for (let i = 0; i < depth; i++) value = new Set([value, i])
  return value
}

describe('CollectionFrame (Sets and Maps in deepEqual)', () => {
  test('passes when Set and Map chains 100,000 levels deep compare in linear time', () => {
    expect(deepEqual(setChain(100_000, 'x'), setChain(100_000, 'x'), { maxDepth: 100_002 })).toBe(
      true,
    )
    let a: Map<string, unknown> = new Map()
    let b: Map<string, unknown> = new Map()
    for (let i = 0; i < 100_000; i++) {
      a = new Map([['k', a]])
      b = new Map([['k', b]])
    }
    expect(deepEqual(a, b, { maxDepth: 100_001 })).toBe(true)
  })

  test('fails deep inside a Set chain, finding the difference where it is', () => {
    const difference = findDifference(setChain(1000, 'x'), setChain(1000, 'y'), {
      maxDepth: 1002,
    })
    expect(difference?.reason).toBe('Set member only on the left')
    expect(difference?.left).toBe('x')
  })

  test('passes when members that hash alike are paired by probes, first fit being exact', () => {
    // Every member hashes alike (same shape to three levels): pairing needs probes.
    const member = (leaf: number) => ({ a: { b: { c: { d: leaf } } } })
    const left = new Set([member(1), member(2), member(3)])
    const right = new Set([member(3), member(1), member(2)])
    expect(deepEqual(left, right)).toBe(true)
    expect(deepEqual(left, new Set([member(3), member(1), member(4)]))).toBe(false)
  })

  test('passes when Maps with object keys pair entries by key and value', () => {
    const a = new Map([
      [{ k: 1 }, 'x'],
      [{ k: 2 }, 'y'],
    ])
    expect(
      deepEqual(
        a,
        new Map([
          [{ k: 2 }, 'y'],
          [{ k: 1 }, 'x'],
        ]),
      ),
    ).toBe(true)
    expect(
      deepEqual(
        a,
        new Map([
          [{ k: 2 }, 'x'],
          [{ k: 1 }, 'y'],
        ]),
      ),
    ).toBe(false)
  })

  test('fails on the first missing key in canonical order, whatever the insertion order', () => {
    const a = new Map([
      ['z', 1],
      ['a', 1],
    ])
    expect(findDifference(a, new Map())?.path).toBe('$.a')
    expect(findDifference(new Set([3, 1]), new Set())?.left).toBe(1)
  })

  test('passes when members refer back to their owner at the same place on both sides', () => {
    const owner = (tag: string) => {
      const o: Record<string, unknown> = { tag }
      o.members = new Set([
        { up: o, n: 1 },
        { up: o, n: 2 },
      ])
      return o
    }
    expect(deepEqual(owner('t'), owner('t'))).toBe(true)
    expect(deepEqual(owner('t'), owner('u'))).toBe(false)
  })
})
