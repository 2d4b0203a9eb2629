import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkIdempotent } from '../../src/idempotent/checkIdempotent'
import { mergeSort } from '../../src/idempotent/perturb/mergeSort'
import { PERTURBED_ZONES } from '../../src/idempotent/perturb/timezoneSource'
import { zone } from '../../src/idempotent/perturb/zonedTime'
import { sync } from '../helpers/perturbation'

const record = fc.record({ key: fc.integer({ min: -3, max: 3 }), id: fc.nat() })

test('mergeSort gives the engine’s result for every consistent comparator, under both rules', () => {
  fc.assert(
    fc.property(
      fc.array(record),
      fc.constantFrom('greater' as const, 'less' as const),
      (rows, rule) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key
        expect(mergeSort([...rows], byKey, rule)).toEqual([...rows].sort(byKey))
      },
    ),
  )
})

test('perturb: true never fails a function that sorts with a consistent comparator (no false alarm)', () => {
  fc.assert(
    fc.property(fc.array(record, { maxLength: 20 }), fc.nat(2 ** 32 - 1), (rows, seed) => {
      const ranked = (xs: typeof rows) =>
        [...xs].sort((a, b) => a.key - b.key || a.id - b.id).map((r) => r.id)
      expect(
        sync(checkIdempotent(ranked, { args: [rows], perturb: true, seed, times: 3 })).pass,
      ).toBe(true)
    }),
    { numRuns: 40 },
  )
})

test('the same seed perturbs the same way: a replay gives the same outputs and the same cause', () => {
  fc.assert(
    fc.property(fc.nat(2 ** 32 - 1), (seed) => {
      const roll = (sides: number) => [
        Math.floor(Math.random() * sides),
        new Date().getUTCFullYear(),
      ]
      const run = () =>
        sync(checkIdempotent(roll, { args: [1000], perturb: ['random', 'clock'], seed }))
      const [first, again] = [run(), run()]
      expect(again.calls.slice(1).map((c) => c.output)).toEqual(
        first.calls.slice(1).map((c) => c.output),
      )
      expect(again.causes).toEqual(first.causes)
      expect(first.causes).toEqual(['clock', 'random'])
    }),
    { numRuns: 20 },
  )
})

test('a zone’s wall time maps back to the instant, for any instant and zone used', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -1e12, max: 4e12 }),
      fc.constantFrom(...PERTURBED_ZONES),
      (time, name) => {
        const z = zone(name)
        const wall = time + z.offset(time)
        const back = z.instantOf(wall)
        expect(back + z.offset(back)).toBe(wall)
      },
    ),
  )
})
