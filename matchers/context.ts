/**
 * The part of Jest's and Vitest's matcher `this` that our matchers use, and nothing more: a field
 * is added here only when both runners (and the standalone `expect` package) provide it.
 * @internal
 */
export interface MatcherContext {
  isNot?: boolean
  promise?: string
  customTesters: readonly unknown[]
  equals(a: unknown, b: unknown, customTesters?: readonly unknown[], strictCheck?: boolean): boolean
  /** Jest and Vitest expose the snapshot state here; the standalone `expect` package does not. */
  snapshotState?: unknown
  /** Set by Jest and Vitest; absent under the standalone `expect` package. */
  testPath?: string
  currentTestName?: string
  /** Vitest's current test (id, file, retry state); absent under Jest and `expect`. */
  task?: unknown
  /** How many assertions the current test has made: Jest, Vitest and `expect` copy it into `this`. */
  assertionCalls?: number
  /** Jest only (read when present): the name of the test running now, also under `test.concurrent`. */
  currentConcurrentTestName?: () => string | undefined
  /** Jest 30 only (read when present): the running test's entry, which tells tests of one name apart. */
  currentTestIdentity?: () => unknown
  /**
   * Jest only (called when present): turns this assertion's failure into one reported when the
   * test ends, even if the test catches it, as Jest's own `toMatchSnapshot` does.
   */
  dontThrow?: () => void
  /** Jest only: the test is a `test.failing`, whose failures are expected. */
  testFailing?: boolean
  utils: {
    matcherHint(
      name: string,
      received?: string,
      expected?: string,
      opts?: { isNot?: boolean; promise?: string },
    ): string
    printExpected(value: unknown): string
    printReceived(value: unknown): string
    printWithType(label: string, value: unknown, print: (value: unknown) => string): string
    // Jest returns null and Vitest undefined when there is nothing to diff.
    diff(expected: unknown, received: unknown, options?: unknown): string | null | undefined
    /**
     * The tester `toEqual` adds to `equals` in both runners: without it, `equals` finds any two
     * Maps or Sets equal (they have no own enumerable keys).
     */
    iterableEquality(
      a: unknown,
      b: unknown,
      customTesters?: readonly unknown[],
    ): boolean | undefined
    EXPECTED_COLOR(text: string): string
    RECEIVED_COLOR(text: string): string
  }
}

/** What a matcher returns to the runner. `message` is a thunk: the work happens only on failure. @internal */
export interface MatcherResult {
  pass: boolean
  message(): string
}
