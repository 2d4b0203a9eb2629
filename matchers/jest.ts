/**
 * Setup entry for Jest 29 and 30: `setupFilesAfterEnv: ['expect-deterministic/jest']` registers the
 * matchers with Jest's `expect`, the same object whether tests use the global or import it from
 * `@jest/globals`. Its types are hand-written in `jest.d.mts`.
 * @packageDocumentation
 */
import { matchers } from './index'
import { restoreAfterTest } from './restoreAfterTest'
import { installJestGoldenHooks, type JestState } from './jestGoldenHooks'

interface Extendable {
  extend(matchers: object): void
}

const isExtendable = (value: unknown): value is Extendable =>
  (typeof value === 'function' || typeof value === 'object') &&
  value !== null &&
  typeof (value as Extendable).extend === 'function'

// With `injectGlobals: false` there are no globals; Jest's module registry still serves
// `@jest/globals` to setup files. Jest loads setup files as CommonJS, so only that build needs it.
function fromJestGlobals(name: 'expect' | 'afterEach'): unknown {
  if (typeof require !== 'function') return undefined
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest's own require, only in its CommonJS VM
    return (require('@jest/globals') as Record<string, unknown>)[name]
  } catch {
    return undefined
  }
}

const globals = globalThis as { expect?: unknown; afterEach?: unknown }
const jestExpect = isExtendable(globals.expect) ? globals.expect : fromJestGlobals('expect')
if (!isExtendable(jestExpect)) {
  throw new Error(
    "expect-deterministic/jest: Jest's `expect` was not found. Load this file from " +
      '`setupFilesAfterEnv` (not `setupFiles`, which runs before `expect` exists), or call ' +
      "`expect.extend(matchers)` yourself with `import { matchers } from 'expect-deterministic'`. " +
      "Under Vitest use 'expect-deterministic/vitest'.",
  )
}
jestExpect.extend(matchers)
// A perturbed check left open by a test that ended early is restored before the next test.
const afterEach =
  typeof globals.afterEach === 'function' ? globals.afterEach : fromJestGlobals('afterEach')
if (typeof afterEach === 'function') afterEach(restoreAfterTest)
installJestGoldenHooks(jestExpect as Extendable & JestState)
