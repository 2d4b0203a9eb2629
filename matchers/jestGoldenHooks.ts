import { finishGoldenFile, startGoldenFile } from './goldenHooks'
import { circusTests } from './jestCircus'

type Hook = (listener: () => unknown) => void

/** Jest's `beforeAll` and `afterAll`. @internal */
export interface JestHooks {
  readonly beforeAll: Hook
  readonly afterAll: Hook
}

/** The part of Jest's `expect` read here. @internal */
export interface JestState {
  getState(): { testPath?: unknown; snapshotState?: unknown }
}

/**
 * Registers the golden hooks of one Jest test file (the setup entry calls it): a fresh golden
 * session before the file's tests, and the search for obsolete goldens after them. Jest gives a
 * setup file no results, so whether every test ran and passed is read from jest-circus's state
 * (see `jestCircus.ts`); when it cannot be read, the run counts as incomplete and nothing is
 * reported.
 *
 * @example installJestGoldenHooks(expect)
 * @internal
 */
export function installJestGoldenHooks(
  expect: JestState,
  hooks: JestHooks | undefined = jestHooks(),
): void {
  if (hooks === undefined) return
  hooks.beforeAll(() => {
    const path = expect.getState().testPath
    if (typeof path === 'string') startGoldenFile(path)
  })
  hooks.afterAll(() => {
    const { testPath, snapshotState } = expect.getState()
    if (typeof testPath !== 'string') return
    const rootDir = (snapshotState as { _rootDir?: unknown } | undefined)?._rootDir
    finishGoldenFile({
      testPath,
      root: typeof rootDir === 'string' ? rootDir : process.cwd(),
      snapshotState,
      complete: ranEveryJestTest(),
    })
  })
}

/**
 * Whether every test of the running Jest file ran and passed: none skipped (also by `-t` or
 * `.only`), todo, failed or `test.failing`, and there was at least one.
 *
 * @example ranEveryJestTest()
 * @internal
 */
export function ranEveryJestTest(): boolean {
  const tests = circusTests()
  if (tests === undefined || tests.length === 0) return false
  return tests.every(
    (test) => test.status === 'done' && test.errors.length === 0 && test.failing !== true,
  )
}

/**
 * Jest's hook functions: the globals, or with `injectGlobals: false` those of `@jest/globals`,
 * which Jest's module registry serves to setup files (loaded as CommonJS, so only that build can
 * reach them).
 */
function jestHooks(): JestHooks | undefined {
  const globals = globalThis as Partial<JestHooks>
  if (typeof globals.beforeAll === 'function' && typeof globals.afterAll === 'function')
    return { beforeAll: globals.beforeAll, afterAll: globals.afterAll }
  if (typeof require !== 'function') return undefined
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest's own require, only in its CommonJS VM
    const imported = require('@jest/globals') as Partial<JestHooks>
    if (typeof imported.beforeAll === 'function' && typeof imported.afterAll === 'function')
      return { beforeAll: imported.beforeAll, afterAll: imported.afterAll }
  } catch {
    // No @jest/globals: no hooks, so no obsolete goldens are reported.
  }
  return undefined
}
