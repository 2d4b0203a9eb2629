/**
 * Setup entry for Node's test runner (Node 22.14 or later, 23.7 or later):
 * `node --import expect-deterministic/node-test --test` registers `t.assert.idempotent`,
 * `t.assert.equalUnordered` and `t.assert.goldenSorted`, and this file types them on node:test's
 * `TestContext` (from `@types/node` 22.14 or later). Written by hand (the build copies it to
 * `dist/node-test.d.ts` and `dist/node-test.d.cts`), checked by the type tests with
 * `skipLibCheck: false`.
 * @packageDocumentation
 */
// Puts 'node:test' in the program: without it TypeScript rejects the augmentation below.
import type {} from 'node:test'
import type { DeterministicAssertions } from './index.js'

export type { DeterministicAssertions } from './index.js'

declare module 'node:test' {
  namespace test {
    // `t.assert`: node:assert's methods, the snapshot ones and whatever `assert.register` added.
    interface TestContextAssert extends DeterministicAssertions {}
  }
}
