import { equals, iterableEquality } from '@jest/expect-utils'
import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { probeOf } from '../../../src/unordered/fieldProbe'
import { MEMBER } from '../../../src/core/paths/pathStep'

const runner = createComparer(createScope({}), false, (a, b) => equals(a, b, [iterableEquality]))
const core = createComparer(createScope({}), true)
const member = runner.scope.step(runner.scope.root, MEMBER)
const keysOf = (element: unknown, comparer = runner) =>
  probeOf(element, comparer, member)?.fields.map((field) => field.key)

describe('probeOf', () => {
  test('passes when a plain object gives its plain fields, not its matchers or undefined', () => {
    const element = {
      id: 7,
      name: jestExpect.any(String),
      gone: undefined,
      address: { city: 'Oslo' },
      tags: ['b', 'a'],
      at: new Date(0),
      run: () => 1,
    }
    expect(probeOf(element, runner, member)?.reach).toBe('own')
    expect(keysOf(element)).toEqual(['id', 'address', 'tags', 'at'])
  })

  test('passes when objectContaining gives the plain fields of its sample, read along the chain', () => {
    const probe = probeOf(
      jestExpect.objectContaining({ id: 7, name: jestExpect.any(String) }),
      runner,
      member,
    )
    expect(probe?.reach).toBe('chain')
    expect(probe?.fields.map((field) => field.key)).toEqual(['id'])
  })

  test('fails to probe matchers other than objectContaining, and objectContaining without the runner', () => {
    expect(probeOf(jestExpect.not.objectContaining({ id: 7 }), runner, member)).toBeUndefined()
    expect(probeOf(jestExpect.arrayContaining([7]), runner, member)).toBeUndefined()
    expect(probeOf(jestExpect.objectContaining({ id: 7 }), core, member)).toBeUndefined()
    // A plain object that is itself a matcher is asked, never read field by field.
    expect(probeOf({ id: 7, asymmetricMatch: () => true }, runner, member)).toBeUndefined()
  })

  test('fails to probe class instances, symbol keys, getters, __proto__ and matcher-only objects', () => {
    class Row {
      id = 7
    }
    expect(probeOf(new Row(), runner, member)).toBeUndefined()
    expect(probeOf({ id: 7, [Symbol.iterator]: null }, runner, member)).toBeUndefined()
    expect(probeOf({ name: jestExpect.anything() }, runner, member)).toBeUndefined()
    const withGetter = Object.defineProperty({ n: 1 }, 'id', { get: () => 7, enumerable: true })
    expect(keysOf(withGetter)).toEqual(['n'])
    const withProto = JSON.parse('{"__proto__": 1, "id": 2}') as unknown
    expect(keysOf(withProto)).toEqual(['id'])
    expect(probeOf(7, runner, member)).toBeUndefined()
  })

  test('passes when at most 16 fields are taken', () => {
    const wide = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, i]))
    expect(keysOf(wide)).toHaveLength(16)
  })
})
