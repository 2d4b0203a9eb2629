import { describe, expect, test } from 'vitest'
import { createKeyMemo, measureHeights } from '../../../src/unordered/KeyMemo'

describe('KeyMemo', () => {
  test('passes when heights count levels of plain objects and arrays, once per value', () => {
    const leaf = { a: 1 }
    const root = { x: [leaf], y: leaf, d: new Date(0) }
    const heights = new WeakMap<object, number>()
    measureHeights(root, heights)
    expect([heights.get(leaf), heights.get(root.x), heights.get(root)]).toEqual([0, 1, 2])
  })

  test('passes when a cycle has no height, and 100,000 levels are measured without recursion', () => {
    const heights = new WeakMap<object, number>()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = { back: cyclic }
    measureHeights(cyclic, heights)
    expect(heights.get(cyclic)).toBe(Number.POSITIVE_INFINITY)
    let deep: unknown = []
    for (let i = 0; i < 100_000; i++) deep = [deep]
    measureHeights(deep as object, heights)
    expect(heights.get(deep as object)).toBe(100_000)
  })

  test('passes when every comparison shares what is known about values', () => {
    expect(createKeyMemo().heights).toBe(createKeyMemo().heights)
    expect(createKeyMemo().path).not.toBe(createKeyMemo().path)
  })
})
