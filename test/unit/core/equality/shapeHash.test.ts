import { describe, expect, test } from 'vitest'
import { shapeHash } from '../../../../src/core/equality/shapeHash'

describe('shapeHash', () => {
  test('passes when equal values hash alike whatever their key, entry and member order', () => {
    expect(shapeHash({ a: 1, b: [2, 3] })).toBe(shapeHash({ b: [2, 3], a: 1 }))
    expect(shapeHash(new Set([1, 'a']))).toBe(shapeHash(new Set(['a', 1])))
    expect(
      shapeHash(
        new Map([
          ['k', 1],
          ['j', 2],
        ]),
      ),
    ).toBe(
      shapeHash(
        new Map([
          ['j', 2],
          ['k', 1],
        ]),
      ),
    )
    expect(shapeHash(NaN)).toBe(shapeHash(Number.NaN))
  })

  test('passes when values that differ near the top hash apart', () => {
    expect(shapeHash({ a: 1 })).not.toBe(shapeHash({ a: 2 }))
    expect(shapeHash(0)).not.toBe(shapeHash(-0))
    expect(shapeHash([1, 2])).not.toBe(shapeHash([2, 1]))
    expect(shapeHash(new Map())).not.toBe(shapeHash({}))
  })

  test('passes when cycles and deep values are hashed to a few levels only', () => {
    const node: Record<string, unknown> = {}
    node.self = node
    expect(shapeHash(node)).toBe(shapeHash({ self: { self: { self: {} } } }))
    let deep: unknown = 0
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(typeof shapeHash(deep)).toBe('number')
  })
})
