// Bun: one type import (in a .d.ts of the project, say) types the matchers on bun:test's expect.
import type {} from 'expect-deterministic/bun'
import { expect, test } from 'bun:test'
import { expectTypeOf } from 'expect-type'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('sync forms return void, async ones promises', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect([1, 2]).not.toEqualUnordered([3], { deep: false })).toEqualTypeOf<void>()
  expectTypeOf(
    expect(build).toBeIdempotent({ args: [[{ id: 1 }]], shuffle: true }),
  ).toEqualTypeOf<void>()
  expectTypeOf(expect(fetchRows).toBeIdempotent(3, { concurrent: true })).toEqualTypeOf<
    Promise<void>
  >()
  expectTypeOf(expect({ a: 1 }).toMatchGoldenSorted('report')).toEqualTypeOf<void>()
  expectTypeOf(expect(fetchRows()).toMatchGoldenSorted('rows')).toEqualTypeOf<Promise<void>>()
})

test('the asymmetric form', () => {
  expect({ tags: ['b', 'a'] }).toEqual({ tags: expect.toEqualUnordered(['a', 'b']) })
})

test('wrong arguments do not compile', () => {
  // @ts-expect-error only functions can be called repeatedly
  expect(42).toBeIdempotent()
  // @ts-expect-error unknown option
  expect([1]).toEqualUnordered([1], { depp: true })
})
