// Playwright Test: `base.extend(matchers)` types the new expect from the matchers' signatures.
import { expect as base, mergeExpects, test } from '@playwright/test'
import { matchers } from 'expect-deterministic/playwright'
import { expectTypeOf } from 'expect-type'

const expect = base.extend(matchers)
const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

test('the matchers and their return types', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect([1, 2]).not.toEqualUnordered([3], { deep: false })).toEqualTypeOf<void>()
  // Playwright cannot tell a sync call from an async one here: `await` when `fn` is async.
  expectTypeOf(
    expect(build).toBeIdempotent({ args: [[{ id: 1 }]] }),
  ).toEqualTypeOf<void | Promise<void>>()
  expectTypeOf(
    expect(fetchRows).toBeIdempotent(3, { concurrent: true }),
  ).toEqualTypeOf<void | Promise<void>>()
  expectTypeOf(
    expect({ a: 1 }).toMatchGoldenSorted('report', { ignore: ['$.at'] }),
  ).toEqualTypeOf<void | Promise<void>>()
})

test('mergeExpects keeps them', () => {
  const other = base.extend({
    toBeEven(received: number) {
      return { pass: received % 2 === 0, message: () => 'odd' }
    },
  })
  const merged = mergeExpects(expect, other)
  expectTypeOf(merged([1]).toEqualUnordered([1])).toEqualTypeOf<void>()
  expectTypeOf(merged(2).toBeEven()).toEqualTypeOf<void>()
})

test('wrong arguments do not compile', () => {
  // @ts-expect-error only functions can be called repeatedly
  expect(42).toBeIdempotent()
  // @ts-expect-error unknown option
  expect([1]).toEqualUnordered([1], { depp: true })
  // @ts-expect-error the base expect has no such matcher
  base([1]).toEqualUnordered([1])
})
