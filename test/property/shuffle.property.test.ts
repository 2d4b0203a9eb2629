import fc from 'fast-check'
import { expect, test } from 'vitest'
import { normalize } from '../../src/core/canonical/normalize'
import { deepEqual } from '../../src/core/equality/deepEqual'
import { createRandom } from '../../src/idempotent/createRandom'
import { shuffleCopy } from '../../src/idempotent/perturb/shuffleCopy'

const data = fc.anything({ withMap: true, withSet: true, withDate: true, withNullPrototype: true })

/** Keys, Map keys and Set members in iteration order, depth first (with leaves): what shuffling changes. */
function iterationOrder(value: unknown): string {
  if (typeof value !== 'object' || value === null)
    return typeof value === 'string' ? JSON.stringify(value) : String(value)
  if (value instanceof Map)
    return `M(${[...value].map(([k, v]) => `${iterationOrder(k)}:${iterationOrder(v)}`).join()})`
  if (value instanceof Set) return `S(${[...value].map(iterationOrder).join()})`
  return `O(${Object.keys(value)
    .map((k) => `${k}:${iterationOrder((value as Record<string, unknown>)[k])}`)
    .join()})`
}

test('shuffleCopy changes only order: the copy equals the source and normalizes the same', () => {
  fc.assert(
    fc.property(data, fc.nat(2 ** 32 - 1), (value, seed) => {
      const { value: copy } = shuffleCopy(value, createRandom(seed))
      expect(deepEqual(copy, value)).toBe(true)
      expect(deepEqual(normalize(copy), normalize(value))).toBe(true)
    }),
  )
})

test('shuffleCopy with unordered arrays normalizes the same as the source with those arrays unordered', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.integer())), fc.nat(2 ** 32 - 1), (rows, seed) => {
      const { value: copy } = shuffleCopy(rows, createRandom(seed), { unordered: ['$[*]'] })
      expect(normalize(copy, { unordered: ['$[*]'] })).toEqual(
        normalize(rows, { unordered: ['$[*]'] }),
      )
    }),
  )
})

test('shuffleCopy is deterministic: one seed, one order', () => {
  fc.assert(
    fc.property(data, fc.nat(2 ** 32 - 1), (value, seed) => {
      const first = shuffleCopy(value, createRandom(seed))
      const second = shuffleCopy(value, createRandom(seed))
      expect(iterationOrder(second.value)).toBe(iterationOrder(first.value))
      expect(second.reorderings).toEqual(first.reorderings)
    }),
  )
})
