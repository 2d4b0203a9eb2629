// Vitest 5: `import 'expect-deterministic/vitest5'` alone must type every matcher. This folder has
// its own Vitest 5 install and gets the packed tarball installed (see ../run.mjs).
import 'expect-deterministic/vitest5'
import { expectTypeOf } from 'expect-type'
import { expect, test } from 'vitest'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('sync forms return void', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect([1, 2]).not.toEqualUnordered([3], { deep: false })).toEqualTypeOf<void>()
  expectTypeOf(
    expect(build).toBeIdempotent(3, { args: [[{ id: 1 }]], shuffle: true }),
  ).toEqualTypeOf<void>()
  expectTypeOf(
    expect({ a: 1 }).toMatchGoldenSorted('name', { ignore: ['$.at'] }),
  ).toEqualTypeOf<void>()
})

test('async forms return promises', () => {
  expectTypeOf(expect(fetchRows).toBeIdempotent(3, { concurrent: true })).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect(Promise.resolve({ a: 1 })).toMatchGoldenSorted()).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect(Promise.resolve([1])).resolves.toEqualUnordered([1])).toEqualTypeOf<
    Promise<void>
  >()
})

test('asymmetric forms', () => {
  expect({ ids: [2, 1] }).toEqual({ ids: expect.toEqualUnordered([1, 2]) })
  expect({ ids: [3] }).toEqual({ ids: expect.not.toEqualUnordered([1, 2]) })
})

test('misuse does not compile', () => {
  // @ts-expect-error toBeIdempotent needs a function
  expect(42).toBeIdempotent()
  // @ts-expect-error unknown option
  expect(build).toBeIdempotent({ tims: 3 })
  // @ts-expect-error the name is a string
  expect({}).toMatchGoldenSorted(42)
})
