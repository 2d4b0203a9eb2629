// A CommonJS test file resolves the `require` condition: dist/jest.d.cts and dist/index.d.cts.
import type {} from 'expect-deterministic/jest'
import { expectTypeOf } from 'expect-type'
import deterministic = require('expect-deterministic')

expectTypeOf(deterministic.matchers).toHaveProperty('toEqualUnordered')
expectTypeOf(expect([1]).toEqualUnordered([1])).toEqualTypeOf<void>()
// @ts-expect-error toBeIdempotent needs a function
expect(1).toBeIdempotent()
