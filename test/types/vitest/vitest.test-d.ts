// Vitest 3.2-4: `import 'expect-deterministic/vitest'` alone must type every matcher.
import 'expect-deterministic/vitest'
import { expectTypeOf } from 'expect-type'
import fc from 'fast-check'
import { expect, test } from 'vitest'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('sync forms return void', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect([1, 2]).not.toEqualUnordered([3], { deep: false })).toEqualTypeOf<void>()
  expectTypeOf(expect(build).toBeIdempotent()).toEqualTypeOf<void>()
  expectTypeOf(
    expect(build).toBeIdempotent(3, { args: [[{ id: 1 }]], shuffle: true }),
  ).toEqualTypeOf<void>()
  expectTypeOf(
    expect(build).toBeIdempotent({ times: 3, seed: 7, unordered: ['$'] }),
  ).toEqualTypeOf<void>()
  expectTypeOf(expect(build).toBeIdempotent({ perturb: true })).toEqualTypeOf<void>()
  expectTypeOf(
    expect(build).toBeIdempotent({ perturb: ['readdir', 'sort'], seed: 7 }),
  ).toEqualTypeOf<void>()
  expectTypeOf(expect({ a: 1 }).toMatchGoldenSorted()).toEqualTypeOf<void>()
  expectTypeOf(
    expect({ a: 1 }).toMatchGoldenSorted('name', { ignore: ['$.at'] }),
  ).toEqualTypeOf<void>()
  expectTypeOf(expect({ a: 1 }).toMatchGoldenSorted({ dir: '__golden__' })).toEqualTypeOf<void>()
})

test('async forms return promises', () => {
  expectTypeOf(expect(fetchRows).toBeIdempotent(3, { concurrent: true })).toEqualTypeOf<
    Promise<void>
  >()
  // Property mode returns a promise even for a synchronous function.
  const rows = fc.tuple(fc.array(fc.record({ id: fc.nat() })))
  expectTypeOf(expect(build).toBeIdempotent({ args: rows })).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(build).toBeIdempotent(3, { args: rows })).toEqualTypeOf<Promise<void>>()
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
  expect([1]).toEqualUnordered([expect.any(Number)])
})

test('misuse does not compile', () => {
  // @ts-expect-error toBeIdempotent needs a function
  expect(42).toBeIdempotent()
  // @ts-expect-error times is a number
  expect(build).toBeIdempotent('3')
  // @ts-expect-error unknown option
  expect(build).toBeIdempotent({ tims: 3 })
  // @ts-expect-error shuffle is a boolean or { unordered }
  expect(build).toBeIdempotent({ shuffle: 'yes' })
  // @ts-expect-error perturb names known sources
  expect(build).toBeIdempotent({ perturb: ['readir'] })
  // @ts-expect-error deep is a boolean
  expect([1]).toEqualUnordered([1], { deep: 'no' })
  // @ts-expect-error paths are strings
  expect([1]).toEqualUnordered([1], { paths: [1] })
  // @ts-expect-error the name is a string
  expect({}).toMatchGoldenSorted(42)
  // @ts-expect-error unknown option
  expect({}).toMatchGoldenSorted('name', { directory: 'x' })
})
