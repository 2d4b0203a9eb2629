// Jest 30 with `import { expect } from '@jest/globals'` (no global types at all).
import { expect, test } from '@jest/globals'
import type {} from 'expect-deterministic/jest'
import { expectTypeOf } from 'expect-type'
import fc from 'fast-check'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('matchers and their results', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect(build).toBeIdempotent(3, { shuffle: true })).toEqualTypeOf<void>()
  expectTypeOf(expect(fetchRows).toBeIdempotent(3)).toEqualTypeOf<Promise<void>>()
  // Property mode returns a promise even for a synchronous function.
  expectTypeOf(
    expect(build).toBeIdempotent({ args: fc.tuple(fc.array(fc.record({ id: fc.nat() }))) }),
  ).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(Promise.resolve([1])).resolves.toEqualUnordered([1])).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect({ a: 1 }).toMatchGoldenSorted('name')).toEqualTypeOf<void>()
  expect({ ids: [2, 1] }).toEqual({ ids: expect.toEqualUnordered([1, 2]) })
  expect({ ids: [3] }).toEqual({ ids: expect.not.toEqualUnordered([1, 2]) })
})

test('misuse does not compile', () => {
  // @ts-expect-error toBeIdempotent needs a function
  expect(42).toBeIdempotent()
  // @ts-expect-error unknown option
  expect([1]).toEqualUnordered([1], { deeep: true })
})
