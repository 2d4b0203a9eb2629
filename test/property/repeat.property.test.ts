import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkIdempotent } from '../../src/idempotent/checkIdempotent'
import { type IdempotenceResult } from '../../src/idempotent/IdempotenceResult'

function sync(result: IdempotenceResult | Promise<IdempotenceResult>): IdempotenceResult {
  if (result instanceof Promise) throw new Error('expected a synchronous result')
  return result
}

const records = fc.dictionary(
  fc.string({ minLength: 1 }),
  fc.record({ qty: fc.nat(), tags: fc.uniqueArray(fc.string(), { maxLength: 3 }) }),
)

test('a pure function built from sorted data always passes, whatever the shuffle seed', () => {
  fc.assert(
    fc.property(
      records,
      fc.nat(2 ** 32 - 1),
      fc.integer({ min: 2, max: 6 }),
      (stock, seed, times) => {
        const summary = (s: typeof stock) =>
          Object.keys(s)
            .sort()
            .map((sku) => `${sku}=${s[sku]?.qty}:${[...(s[sku]?.tags ?? [])].sort().join('|')}`)
        const result = sync(
          checkIdempotent(summary, {
            args: [stock],
            shuffle: { unordered: ['$[0]..tags'] },
            seed,
            times,
          }),
        )
        expect(result.pass).toBe(true)
        expect(result.calls).toHaveLength(times)
      },
    ),
  )
})

test('a function returning its input key order fails under shuffle once two keys can move', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(
        fc.string({ minLength: 1 }).filter((k) => !/^(0|[1-9]\d*)$/.test(k)),
        { minLength: 2 },
      ),
      fc.nat(2 ** 32 - 1),
      (keys, seed) => {
        const input = Object.fromEntries(keys.map((k, i) => [k, i]))
        const result = sync(
          checkIdempotent((o: object) => Object.keys(o), { args: [input], shuffle: true, seed }),
        )
        // Call 2 always sees the keys reversed, so this cannot pass by luck.
        expect(result.pass).toBe(false)
        expect(result.divergence?.call).toBe(2)
        expect(result.distinct).toBeGreaterThanOrEqual(2)
        expect(result.distinct).toBeLessThanOrEqual(result.times)
      },
    ),
  )
})

test('outputs are compared in canonical form: returning the reordered input itself passes', () => {
  fc.assert(
    fc.property(
      fc.anything({ withMap: true, withSet: true }),
      fc.nat(2 ** 32 - 1),
      (value, seed) => {
        // The identity returns each call's shuffled copy as it is: only the canonical comparison
        // of outputs can see that they hold the same data.
        const result = sync(
          checkIdempotent((v: unknown) => v, { args: [value], shuffle: true, seed }),
        )
        expect(result.pass).toBe(true)
      },
    ),
  )
})

test('outputs are compared in canonical form, not by reference to the insertion order: a reordering output fails', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(
        fc.string({ minLength: 1 }).filter((k) => !/^(0|[1-9]\d*)$/.test(k)),
        { minLength: 2 },
      ),
      (keys) => {
        const input = new Set(keys)
        // Listing a Set's members as an array keeps their insertion order: shuffled calls differ.
        const result = sync(
          checkIdempotent((s: Set<string>) => [...s], { args: [input], shuffle: true }),
        )
        expect(result.pass).toBe(false)
      },
    ),
  )
})
