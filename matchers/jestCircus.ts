/**
 * What the matcher and the Jest hooks read from jest-circus, Jest's test runner: its state lives
 * on the test file's global under a symbol named `JEST_STATE_SYMBOL` (Jest 29 and 30), and no
 * public API gives a setup file the running test or the results of a file's tests. Every field is
 * checked before use; when the state is missing or has another shape, callers fall back to what
 * they can be sure of (no retry undo, no obsolete goldens reported).
 * @internal
 */
export interface CircusTest {
  readonly type: 'test'
  readonly name: string
  readonly parent?: CircusBlock | undefined
  readonly errors: readonly unknown[]
  /** Runs so far, retries included (Jest counts it up when a run starts). */
  readonly invocations: number
  /** `done`, `skip` or `todo` once the test is over. */
  readonly status?: string | null | undefined
  /** `test.failing`: errors mean it passed. */
  readonly failing?: boolean | undefined
}

/** A describe block of jest-circus. @internal */
export interface CircusBlock {
  readonly type: 'describeBlock'
  readonly name: string
  readonly parent?: CircusBlock | undefined
  readonly children: readonly (CircusBlock | CircusTest)[]
}

interface CircusState {
  readonly currentlyRunningTest?: unknown
  readonly rootDescribeBlock?: unknown
}

const ROOT = 'ROOT_DESCRIBE_BLOCK'

function circusState(): CircusState | undefined {
  const slot = Object.getOwnPropertySymbols(globalThis).find(
    (symbol) => symbol.description === 'JEST_STATE_SYMBOL',
  )
  if (slot === undefined) return undefined
  const state: unknown = (globalThis as Record<symbol, unknown>)[slot]
  return typeof state === 'object' && state !== null ? (state as CircusState) : undefined
}

/**
 * Whether `value` looks like a jest-circus test entry.
 * @example isCircusTest({ type: 'test', name: 'x', errors: [], invocations: 1 }) // true
 * @internal
 */
export function isCircusTest(value: unknown): value is CircusTest {
  const test = value as Partial<CircusTest> | null
  return (
    typeof test === 'object' &&
    test !== null &&
    test.type === 'test' &&
    typeof test.name === 'string' &&
    Array.isArray(test.errors) &&
    typeof test.invocations === 'number'
  )
}

/**
 * The test jest-circus is running, if any. Under `test.concurrent` it may be another test, so
 * callers compare its full name (`circusTestName`) with the one the runner gave the matcher.
 * @example runningCircusTest()?.invocations // 2 on the first retry
 * @internal
 */
export function runningCircusTest(): CircusTest | undefined {
  const test = circusState()?.currentlyRunningTest
  return isCircusTest(test) ? test : undefined
}

/**
 * The full name Jest gives a test (`describe names test name`, joined by spaces).
 * @example circusTestName(test) // 'report summary and members'
 * @internal
 */
export function circusTestName(test: CircusTest): string {
  const names = [test.name]
  for (let block = test.parent; block !== undefined && block.name !== ROOT; block = block.parent)
    names.unshift(block.name)
  return names.join(' ')
}

/**
 * Every test of the running test file, or `undefined` when the state cannot be read.
 * @example circusTests()?.every((test) => test.status === 'done')
 * @internal
 */
export function circusTests(): CircusTest[] | undefined {
  const root = circusState()?.rootDescribeBlock as CircusBlock | undefined
  if (typeof root !== 'object' || root === null || !Array.isArray(root.children)) return undefined
  const tests: CircusTest[] = []
  const blocks: CircusBlock[] = [root]
  for (let block = blocks.pop(); block !== undefined; block = blocks.pop()) {
    for (const child of block.children) {
      if (isCircusTest(child)) tests.push(child)
      else if (child.type === 'describeBlock' && Array.isArray(child.children)) blocks.push(child)
      else return undefined
    }
  }
  return tests
}
