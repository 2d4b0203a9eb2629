import { equals, iterableEquality } from '@jest/expect-utils'
import { describe, expect, test } from 'vitest'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { deepen, UnorderedArray } from '../../../src/unordered/deepen'

const comparer = createComparer(createScope({}), false, (a, b) => equals(a, b, [iterableEquality]))

describe('deepen', () => {
  test('passes when multisets become matchers and the rest of the spine is copied', () => {
    const value = { rows: [1, 2], meta: { n: 1 } }
    const deepened = deepen(value, comparer, comparer.scope.root) as Record<string, unknown>
    expect(deepened.rows).toBeInstanceOf(UnorderedArray)
    expect(deepened.meta).toBe(value.meta)
  })

  test('passes when a cycle through a multiset matches where it is already being matched', () => {
    const tree = () => {
      const p: Record<string, unknown> = { name: 'p' }
      p.kids = [
        { parent: p, n: 1 },
        { parent: p, n: 2 },
      ]
      return p
    }
    const expected = deepen(tree(), comparer, comparer.scope.root)
    expect(equals(tree(), expected, [iterableEquality])).toBe(true)
  })

  test('passes when the matcher prints as a short description', () => {
    const matcher = new UnorderedArray([1, 2], comparer, true)
    expect(matcher.toAsymmetricMatcher()).toBe('UnorderedArray(2 elements)')
    expect(matcher.asymmetricMatch([2, 1])).toBe(true)
    expect(matcher.asymmetricMatch('12')).toBe(false)
  })
})
