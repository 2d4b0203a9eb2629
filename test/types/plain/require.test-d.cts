// CommonJS consumers get the same plain assertions from the CommonJS declarations.
import deterministic = require('expect-deterministic')
import { expectTypeOf } from 'expect-type'

expectTypeOf(deterministic.assertEqualUnordered([1], [1])).toEqualTypeOf<void>()
expectTypeOf(deterministic.assertIdempotent(async () => 1)).toEqualTypeOf<Promise<void>>()
// @ts-expect-error a name is required
deterministic.assertGoldenSorted({ a: 1 })
