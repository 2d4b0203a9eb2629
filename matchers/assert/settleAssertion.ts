import { AssertionError } from 'node:assert'
import type { MatcherResult } from '../context'

/** How a failed assertion is reported as `node:assert`'s `AssertionError`. @internal */
export interface AssertionReport {
  /** Names the check in `error.operator`, as node:assert does (`deepStrictEqual`...). */
  readonly operator: string
  /** The values compared, when there are two to show (`error.actual`, `error.expected`). */
  readonly values?: { readonly actual: unknown; readonly expected: unknown }
  /** The assertion function the caller called: the stack starts at its caller. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can start the stack
  readonly stackStartFn: Function
}

/**
 * The `AssertionError` for a failed assertion: our message, `generatedMessage: false`, and
 * `showDiff: false`, because the message already holds the one diff and mocha would print a
 * second one from `actual` and `expected`.
 *
 * @example throw assertionError('assertEqualUnordered(actual, expected)\n\n…', { operator: 'equalUnordered', stackStartFn: f })
 * @internal
 */
export function assertionError(message: string, report: AssertionReport): AssertionError {
  const error = new AssertionError({
    message,
    operator: report.operator,
    actual: report.values?.actual,
    expected: report.values?.expected,
    stackStartFn: report.stackStartFn,
  })
  Object.defineProperty(error, 'showDiff', { value: false, configurable: true, writable: true })
  return error
}

/**
 * Turns a matcher's result into an assertion: nothing when it passed, an `AssertionError` thrown
 * when it failed; a promise of either when the matcher returned one. An async failure gets the
 * stack of the call, not of the promise's settling, so it points at the test.
 *
 * @example settleAssertion(toEqualUnordered.call(ctx, a, b), report)
 * @internal
 */
export function settleAssertion(
  result: MatcherResult | Promise<MatcherResult>,
  report: AssertionReport,
): void | Promise<void> {
  if (!(result instanceof Promise)) {
    if (!result.pass) throw assertionError(result.message(), report)
    return
  }
  const call: { stack?: string } = {}
  Error.captureStackTrace(call, report.stackStartFn)
  return result.then((settled) => {
    if (settled.pass) return
    const error = assertionError(settled.message(), report)
    const frames = call.stack?.split('\n').slice(1) ?? []
    if (frames.length > 0)
      error.stack = `${error.name} [${error.code}]: ${error.message}\n${frames.join('\n')}`
    throw error
  })
}
