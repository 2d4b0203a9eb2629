import { expect as jestExpect } from 'expect'
import { equals, iterableEquality } from '@jest/expect-utils'
import { describe, expect, test } from 'vitest'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { isPerfect, matchArrays } from '../../../src/unordered/matchArrays'

const runner = createComparer(createScope({}), false, (a, b) => equals(a, b, [iterableEquality]))
const core = createComparer(createScope({}), true)
const root = runner.scope.root

describe('matchArrays', () => {
  test('passes when plain data pairs by class, each with the first free element of its class', () => {
    const received = Array.from({ length: 10_000 }, (_, i) => ({ id: i % 100, tags: ['b', 'a'] }))
    const expected = [...received].reverse().map((r) => ({ ...r, tags: ['a', 'b'] }))
    const matching = matchArrays(received, expected, core, root)
    expect(matching !== undefined && isPerfect(matching, received, expected, core)).toBe(true)
    // id 0 sits at expected indices 99, 199, …: received[0] takes the first of them.
    expect(matching?.receivedToExpected[0]).toBe(99)
  })

  test('passes when asymmetric matchers need a maximum matching, not a first fit', () => {
    const received = [1, 2]
    const expected = [jestExpect.any(Number), 1]
    const matching = matchArrays(received, expected, runner, root)
    expect(matching?.size).toBe(2)
    expect([...(matching?.receivedToExpected ?? [])]).toEqual([1, 0])
  })

  test('fails fast in quick mode when the lengths differ, and names unpaired elements otherwise', () => {
    expect(matchArrays([1], [1, 2], core, root, true)).toBeUndefined()
    const matching = matchArrays([1, 3], [1, 2], core, root)
    expect([...(matching?.expectedToReceived ?? [])]).toEqual([0, -1])
    expect(matching !== undefined && isPerfect(matching, [1, 3], [1, 2], core)).toBe(false)
  })

  test('fails under strict when the arrays hold a different number of holes', () => {
    const strict = createComparer(createScope({}), true, (a, b) => equals(a, b, [], true))
    const holed = Object.assign(new Array(2), { 0: 1 })
    expect(matchArrays(holed, [1, undefined], strict, root, true)).toBeUndefined()
  })

  test('passes when elements with a matcher in a field pair through the index, exactly', () => {
    const received = Array.from({ length: 2_000 }, (_, i) => ({
      id: i % 1_000,
      name: i < 1_000 ? 'a' : 'b',
    }))
    // Each id has an element taking anything, then one wanting 'a': a first fit takes the 'a'.
    const expected = Array.from({ length: 1_000 }, (_, id) => [
      { id, name: jestExpect.anything() },
      jestExpect.objectContaining({ id, name: jestExpect.stringMatching(/a/) }),
    ]).flat()
    const matching = matchArrays(received, expected, runner, root)
    expect(matching?.size).toBe(2_000)
  })
})
