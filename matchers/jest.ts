/**
 * Setup entry for Jest 29 and 30: `setupFilesAfterEnv: ['expect-deterministic/jest']` registers the
 * matchers with Jest's global `expect`, which is also the `expect` of `@jest/globals`. Its types
 * are hand-written in `jest.d.mts`.
 * @packageDocumentation
 */
import { matchers } from './index'

const jestExpect = (globalThis as { expect?: { extend?: (m: object) => void } }).expect
if (typeof jestExpect?.extend !== 'function') {
  throw new Error(
    "expect-deterministic/jest: Jest's global `expect` was not found. Load this file from " +
      '`setupFilesAfterEnv` (not `setupFiles`, which runs before `expect` exists), or call ' +
      "`expect.extend(matchers)` yourself with `import { matchers } from 'expect-deterministic'`. " +
      "Under Vitest use 'expect-deterministic/vitest'.",
  )
}
jestExpect.extend(matchers)
