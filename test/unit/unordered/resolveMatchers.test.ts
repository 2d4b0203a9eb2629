import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { resolveMatchers } from '../../../src/unordered/resolveMatchers'

describe('resolveMatchers', () => {
  test('passes when matchers that accept the received value are replaced by it', () => {
    const expected = { id: jestExpect.any(Number), name: jestExpect.any(Number), tags: ['a'] }
    const resolved = resolveMatchers(expected, { id: 1, name: 'x', tags: ['a'] }) as Record<
      string,
      unknown
    >
    expect(resolved.id).toBe(1)
    expect(resolved.name).toBe(expected.name)
    expect(expected.id).not.toBe(1)
  })

  test('passes when arrays of other lengths, class instances and cycles are kept', () => {
    const matcher = jestExpect.any(Number)
    expect(resolveMatchers([matcher], [1, 2])).toEqual([matcher])
    const node: Record<string, unknown> = { m: matcher }
    node.self = node
    const resolved = resolveMatchers(node, { m: 1, self: { m: 2 } }) as Record<string, unknown>
    expect(resolved.m).toBe(1)
    expect((resolved.self as Record<string, unknown>).self).toBe(node)
  })

  test('passes at 100,000 levels without recursion', () => {
    let expected: unknown = jestExpect.any(String)
    let received: unknown = 'leaf'
    for (let i = 0; i < 100_000; i++) {
      expected = { v: [expected] }
      received = { v: [received] }
    }
    let resolved = resolveMatchers(expected, received)
    for (let i = 0; i < 100_000; i++) resolved = (resolved as { v: unknown[] }).v[0]
    expect(resolved).toBe('leaf')
  })
})
