import { finishGoldenFile, startGoldenFile } from './goldenHooks'
import { vitestRootOf } from './currentTest'

/** The part of Vitest a setup file gives the golden hooks. @internal */
export interface VitestHooks {
  beforeAll(listener: (fixtures: object) => unknown): void
  afterAll(listener: (fixtures: object) => unknown): void
  readonly expect: { getState(): { snapshotState?: unknown } }
}

/** The part of Vitest's task tree read here (public types of `vitest`: `RunnerTestFile`). */
interface Task {
  readonly type?: unknown
  readonly mode?: unknown
  readonly fails?: unknown
  readonly filepath?: unknown
  readonly name?: unknown
  readonly tasks?: readonly Task[]
  readonly result?: { readonly state?: unknown }
}

/**
 * Registers the golden hooks of one Vitest test file (the setup entries call it): a fresh golden
 * session before the file's tests, and the search for obsolete goldens after them. The file task
 * Vitest passes to `afterAll` says whether every test ran and passed.
 *
 * @example installVitestGoldenHooks({ beforeAll, afterAll, expect })
 * @internal
 */
export function installVitestGoldenHooks(vitest: VitestHooks): void {
  // Vitest 4.1 and later call a suite hook with its fixtures first and the suite second, and read
  // the listener's source to see which fixtures it uses (it refuses anything but a destructuring
  // pattern there); earlier versions pass the suite first. An empty pattern and `arguments` suit
  // both, so these stay functions, not arrows.
  // eslint-disable-next-line no-empty-pattern -- the pattern Vitest requires, see above
  vitest.beforeAll(function ({}: object) {
    // eslint-disable-next-line prefer-rest-params -- the suite may be the first argument, see above
    const path = suiteOf(arguments)?.filepath
    if (typeof path === 'string') startGoldenFile(path)
  })
  // eslint-disable-next-line no-empty-pattern -- the pattern Vitest requires, see above
  vitest.afterAll(function ({}: object) {
    // eslint-disable-next-line prefer-rest-params -- the suite may be the first argument, see above
    const task = suiteOf(arguments)
    if (typeof task?.filepath !== 'string') return
    finishGoldenFile({
      testPath: task.filepath,
      root: vitestRootOf(task) ?? process.cwd(),
      snapshotState: vitest.expect.getState().snapshotState,
      complete: ranEveryTest(task),
    })
  })
}

function suiteOf(args: IArguments): Task | undefined {
  const suite: unknown = args.length > 1 ? args[1] : args[0]
  return typeof suite === 'object' && suite !== null ? (suite as Task) : undefined
}

/**
 * Whether every test below `file` ran and passed. A test left out by `-t` or `.only`, skipped,
 * todo, failed or expected to fail (`test.fails`) makes the run incomplete, as does a file
 * without tests.
 *
 * @example ranEveryTest(file)
 * @internal
 */
export function ranEveryTest(file: unknown): boolean {
  let tests = 0
  const walk = (task: Task): boolean => {
    if (Array.isArray(task.tasks)) return task.tasks.every(walk)
    if (task.type !== 'test') return false
    tests++
    return task.mode === 'run' && task.result?.state === 'pass' && task.fails !== true
  }
  return walk(file as Task) && tests > 0
}
