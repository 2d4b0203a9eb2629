// CommonJS test files: `require('expect-deterministic/node-test')` reads the CommonJS declarations.
import 'expect-deterministic/node-test'
import { expectTypeOf } from 'expect-type'
import { test } from 'node:test'

test('t.assert', (t) => {
  expectTypeOf(t.assert.equalUnordered([1], [1])).toEqualTypeOf<void>()
  // @ts-expect-error unknown option
  t.assert.equalUnordered([1], [1], { depp: true })
})
