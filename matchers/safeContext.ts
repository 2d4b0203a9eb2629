import { normalize } from '../src/core/canonical/normalize'
import { stableStringify } from '../src/core/text/stableStringify'
import { isStackOverflow } from '../src/core/traversal/traversalError'
import { ExpectDeterministicError } from '../src/errors'
import type { MatcherContext } from './context'

// How much of a value too deep for the runner's printer is shown, in characters of canonical text.
const BRIEF = 200

/**
 * `ctx` with printers that cannot fail: the runners' printers and diff recurse, so data thousands
 * of levels deep exhausts the call stack inside them. Such a value is shown as the start of its
 * canonical text instead, and a diff of it as a sentence saying why there is none. A value the
 * printer cannot read (a revoked Proxy, a throwing getter) throws the core's `UNREADABLE` error,
 * which names the path, rather than the printer's own error.
 * @internal
 */
export function safeContext(ctx: MatcherContext): MatcherContext {
  const { utils } = ctx
  const printed =
    (print: (v: unknown) => string, color: (text: string) => string) => (value: unknown) =>
      guard(
        () => print(value),
        () => color(brief(value)),
        value,
      )
  return {
    ...ctx,
    utils: {
      ...utils,
      printExpected: printed(utils.printExpected, utils.EXPECTED_COLOR),
      printReceived: printed(utils.printReceived, utils.RECEIVED_COLOR),
      diff: (expected, received, options) =>
        guard(
          () => utils.diff(expected, received, options),
          () => 'The values are too deep for the runner to diff.',
          [expected, received],
        ),
    },
  }
}

/** Runs `print`; a stack overflow gives `fallback()`, any other error the core's diagnosis. */
function guard<T>(print: () => T, fallback: () => T, value: unknown): T {
  try {
    return print()
  } catch (error) {
    if (isStackOverflow(error)) return fallback()
    throw diagnose(error, value)
  }
}

/**
 * The library's own error for a value that made a runner's printer or `equals` throw: `UNREADABLE`
 * with the path where reading it fails, found by walking it with the core. The original error
 * when the core reads the value without trouble.
 * @internal
 */
export function diagnose(error: unknown, value: unknown): unknown {
  if (error instanceof ExpectDeterministicError) return error
  try {
    normalize(value, { maxDepth: Number.MAX_SAFE_INTEGER })
  } catch (found) {
    if (found instanceof ExpectDeterministicError && found.code === 'UNREADABLE') return found
  }
  return error
}

/** The start of a value's canonical text on one line. */
function brief(value: unknown): string {
  let text: string
  try {
    text = stableStringify(value, { indent: 0, maxDepth: Number.MAX_SAFE_INTEGER })
  } catch (error) {
    return error instanceof ExpectDeterministicError ? `[${error.code}: ${error.message}]` : '[?]'
  }
  return text.length <= BRIEF
    ? text
    : `${text.slice(0, BRIEF)}… (${text.length} characters of canonical text; too deep for the runner to print)`
}
