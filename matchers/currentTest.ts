import type { MatcherContext } from './context'
import { circusTestName, isCircusTest, runningCircusTest, type CircusTest } from './jestCircus'

/** Which test, and which run of it, an assertion belongs to. @internal */
export interface TestRun {
  /** The test's full name (`describe > test` in Vitest, `describe test` in Jest). */
  readonly testName: string | undefined
  /** An identity that tells apart two tests of the same name; absent when the runner gives none. */
  readonly testId?: string | undefined
  /** Retries of this test so far. */
  readonly retry?: number | undefined
  /** Vitest's repeat count. */
  readonly repeat?: number | undefined
}

/** The part of Vitest's `this.task` (a test) read here; absent under Jest and `expect`. */
interface VitestTask {
  id?: unknown
  file?: { filepath?: unknown; name?: unknown }
  result?: { retryCount?: unknown; repeatCount?: unknown }
}

const jestIds = new WeakMap<object, string>()
let nextJestId = 0

/**
 * The test run of an assertion, from what the runner puts on the matcher's `this`: Vitest's
 * `task` (its id, retry and repeat counts); under Jest the test entry (`currentTestIdentity`,
 * Jest 30, else jest-circus's running test), checked against the test name so a concurrent test
 * is never mistaken for another; nothing more under the standalone `expect` package.
 *
 * @example currentTestRun(this) // { testName: 'report > totals', testId: '-1008553841_0', retry: 0, repeat: 0 }
 * @internal
 */
export function currentTestRun(ctx: MatcherContext): TestRun {
  const concurrent =
    typeof ctx.currentConcurrentTestName === 'function'
      ? ctx.currentConcurrentTestName()
      : undefined
  const name = typeof concurrent === 'string' ? concurrent : ctx.currentTestName
  const testName = name === '' ? undefined : name
  const task = taskOf(ctx)
  if (task !== undefined && typeof task.id === 'string') {
    return {
      testName,
      testId: task.id,
      retry: countOf(task.result?.retryCount),
      repeat: countOf(task.result?.repeatCount),
    }
  }
  const test = jestTestOf(ctx, testName)
  if (test === undefined) return { testName }
  let id = jestIds.get(test)
  if (id === undefined) jestIds.set(test, (id = `jest-${nextJestId++}`))
  return { testName, testId: id, retry: Math.max(0, test.invocations - 1) }
}

function jestTestOf(ctx: MatcherContext, testName: string | undefined): CircusTest | undefined {
  const identity: unknown =
    typeof ctx.currentTestIdentity === 'function' ? ctx.currentTestIdentity() : undefined
  const test = isCircusTest(identity) ? identity : runningCircusTest()
  return test !== undefined && circusTestName(test) === testName ? test : undefined
}

function countOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0
}

function taskOf(ctx: MatcherContext): VitestTask | undefined {
  const task = ctx.task
  return typeof task === 'object' && task !== null ? (task as VitestTask) : undefined
}

/**
 * The project root that messages name files relative to and that `dir` must stay inside. Jest's
 * snapshot state knows it (`rootDir`). Vitest's does not, but its matcher `this.task` (public,
 * typed in Vitest's `MatcherState`) holds the test file's absolute path and its path relative to
 * the project root, which give the root (also under `--root`). Otherwise the working directory.
 *
 * @example projectRootOf(this) // '/home/ada/shop'
 * @internal
 */
export function projectRootOf(ctx: MatcherContext): string {
  const rootDir = (ctx.snapshotState as { _rootDir?: unknown } | undefined)?._rootDir
  if (typeof rootDir === 'string') return rootDir
  return vitestRootOf(taskOf(ctx)?.file) ?? process.cwd()
}

/**
 * The project root from a Vitest file task: its absolute path minus its path from the root.
 * @example vitestRootOf({ filepath: '/p/src/a.test.ts', name: 'src/a.test.ts' }) // '/p'
 * @internal
 */
export function vitestRootOf(file: { filepath?: unknown; name?: unknown } | undefined) {
  if (typeof file?.filepath !== 'string' || typeof file.name !== 'string' || file.name === '')
    return undefined
  const absolute = file.filepath.split('\\').join('/')
  const relative = file.name.split('\\').join('/')
  if (!absolute.endsWith(`/${relative}`)) return undefined
  return absolute.slice(0, absolute.length - relative.length - 1) || '/'
}
