// Jest 30 with the global `expect` of @types/jest, set up from `setupFilesAfterEnv`: a type-only
// import (or the setup file being part of the program) brings the types.
import type {} from 'expect-deterministic/jest'
import { expectTypeOf } from 'expect-type'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('sync forms return void', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect([1, 2]).not.toEqualUnordered([3], { deep: false })).toEqualTypeOf<void>()
  expectTypeOf(
    expect(build).toBeIdempotent(3, { args: [[{ id: 1 }]], shuffle: true }),
  ).toEqualTypeOf<void>()
  expectTypeOf(expect(build).toBeIdempotent({ perturb: ['clock', 'random'] })).toEqualTypeOf<void>()
  expectTypeOf(
    expect({ a: 1 }).toMatchGoldenSorted('name', { unordered: true }),
  ).toEqualTypeOf<void>()
})

test('async forms return promises', () => {
  expectTypeOf(expect(fetchRows).toBeIdempotent({ concurrent: true })).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect(Promise.resolve({ a: 1 })).toMatchGoldenSorted()).toEqualTypeOf<
    Promise<void>
  >()
})

test('asymmetric forms', () => {
  expect({ ids: [2, 1] }).toEqual({ ids: expect.toEqualUnordered([1, 2]) })
  expect({ ids: [3] }).toEqual({ ids: expect.not.toEqualUnordered([1, 2]) })
})

test('misuse does not compile', () => {
  // @ts-expect-error toBeIdempotent needs a function
  expect('text').toBeIdempotent()
  // @ts-expect-error unknown option
  expect(build).toBeIdempotent({ tims: 3 })
  // @ts-expect-error perturb is true, false or a list of sources
  expect(build).toBeIdempotent({ perturb: 'sort' })
  // @ts-expect-error strict is a boolean
  expect([1]).toEqualUnordered([1], { strict: 1 })
  // @ts-expect-error the name is a string
  expect({}).toMatchGoldenSorted(42)
})
