import { ExpectDeterministicError } from '../src/errors'
import type { MatcherContext } from './context'

/** The matcher hint line, in the runner's own style (`expect(received).toX(expected)`). @internal */
export const hint = (ctx: MatcherContext, name: string): string =>
  ctx.utils.matcherHint(name, undefined, undefined, { isNot: ctx.isNot, promise: ctx.promise })

/**
 * The error thrown for bad matcher arguments: the hint, the rule that was broken, and the value
 * that broke it. Thrown, not returned, so `.not` cannot turn a usage error into a pass.
 * @internal
 */
export const usageError = (
  ctx: MatcherContext,
  name: string,
  rule: string,
  value: unknown,
): TypeError =>
  new TypeError(
    `${hint(ctx, name)}\n\nMatcher error: ${rule}\n\n` +
      ctx.utils.printWithType('Received', value, ctx.utils.printReceived),
  )

/** `diff` that always returns a string (Jest returns null and Vitest undefined for "no diff"). @internal */
export const diffOrEmpty = (ctx: MatcherContext, expected: unknown, received: unknown): string =>
  ctx.utils.diff(expected, received) ?? ''

/**
 * The library's option errors (`BAD_OPTIONS`, `BAD_PATH`) as the matcher's usage error, showing
 * `value`; every other error (unreadable data, too deep data) passes through unchanged.
 * @internal
 */
export function asUsageError(
  ctx: MatcherContext,
  name: string,
  error: unknown,
  value: unknown,
): unknown {
  if (
    error instanceof ExpectDeterministicError &&
    (error.code === 'BAD_OPTIONS' || error.code === 'BAD_PATH')
  ) {
    return usageError(ctx, name, error.message, value)
  }
  return error
}
