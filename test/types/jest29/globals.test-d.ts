// Jest 29 with the global `expect` of @types/jest 29.
import type {} from 'expect-deterministic/jest'
import { expectTypeOf } from 'expect-type'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('matchers and their results', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect(build).toBeIdempotent(3, { shuffle: true })).toEqualTypeOf<void>()
  expectTypeOf(expect(fetchRows).toBeIdempotent(3)).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect({ a: 1 }).toMatchGoldenSorted('name')).toEqualTypeOf<void>()
  expect({ ids: [2, 1] }).toEqual({ ids: expect.toEqualUnordered([1, 2]) })
  expect({ ids: [3] }).toEqual({ ids: expect.not.toEqualUnordered([1, 2]) })
  // @ts-expect-error toBeIdempotent needs a function
  expect(42).toBeIdempotent()
})
