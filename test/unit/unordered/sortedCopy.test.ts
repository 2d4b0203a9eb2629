import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { createScope } from '../../../src/unordered/createScope'
import { RunnerLimit } from '../../../src/unordered/RunnerLimit'
import { sortCanonically, sortedCopy } from '../../../src/unordered/sortedCopy'

const deep = createScope({})

describe('sortedCopy', () => {
  test('passes when multisets are sorted canonically at every depth, the input untouched', () => {
    const input = { rows: [{ tags: ['b', 'a'] }, { tags: [] }] }
    expect(sortedCopy(input, deep, deep.root)).toEqual({
      rows: [{ tags: [] }, { tags: ['a', 'b'] }],
    })
    expect(input.rows[0]?.tags).toEqual(['b', 'a'])
  })

  test('passes when elements holding Sets are normalized before they are ordered', () => {
    const sorted = sortedCopy([new Set([2, 1]), new Set([1, 0])], deep, deep.root) as Set<number>[]
    expect(sorted.map((set) => [...set])).toEqual([
      [1, 0],
      [2, 1],
    ])
  })

  test('passes when nested multisets 100,000 levels deep are sorted in linear time', () => {
    let value: unknown = [2, 1]
    for (let i = 0; i < 100_000; i++) value = [value, i]
    let copy = sortedCopy(value, deep, deep.root, 100_002) as unknown[]
    for (let i = 99_999; i >= 0; i--) {
      expect(copy[0]).toBe(i)
      copy = copy[1] as unknown[]
    }
    expect(copy).toEqual([1, 2])
  })

  test('throws RunnerLimit when a loose copy meets an asymmetric matcher', () => {
    expect(() => sortedCopy([jestExpect.any(Number)], deep, deep.root, 1000, true)).toThrow(
      RunnerLimit,
    )
  })

  test('passes when sortCanonically keeps the input order of equal elements', () => {
    const [a, b] = [{ k: 1 }, { k: 1 }]
    const sorted = sortCanonically([{ k: 2 }, a, b])
    expect(sorted[0]).toBe(a)
    expect(sorted[1]).toBe(b)
  })
})
