// The standalone `expect` package: `expect.extend(matchers)` plus a type-only import of the
// Jest entry's declarations (they augment the `expect` module).
import { expect } from 'expect'
import { matchers } from 'expect-deterministic'
import type {} from 'expect-deterministic/jest'
import { expectTypeOf } from 'expect-type'

expect.extend(matchers)

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)

expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
expectTypeOf(expect(build).toBeIdempotent({ args: [[{ id: 1 }]] })).toEqualTypeOf<void>()
expect({ ids: [2, 1] }).toEqual({ ids: expect.toEqualUnordered([1, 2]) })
// @ts-expect-error toBeIdempotent needs a function
expect(null).toBeIdempotent()
