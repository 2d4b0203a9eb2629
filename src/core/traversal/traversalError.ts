import { constants } from 'node:buffer'
import { ExpectDeterministicError } from '../../errors'
import { printablePath } from '../paths/formatPath'
import type { PathStep } from '../paths/pathStep'

/**
 * The default for `maxDepth`. Real data rarely nests past a few dozen levels; 1,000 leaves room for
 * long linked lists, and deeper data only needs a larger `maxDepth`: no traversal recurses.
 * @since 0.1.0
 */
export const DEFAULT_MAX_DEPTH = 1000

/** The longest string the engine can build. @internal */
export const MAX_TEXT_LENGTH: number = constants.MAX_STRING_LENGTH

/** The error for data nested deeper than `maxDepth`. @internal */
export function tooDeepError(
  steps: readonly PathStep[],
  maxDepth: number,
): ExpectDeterministicError {
  const path = printablePath(steps)
  return new ExpectDeterministicError(
    'TOO_DEEP',
    `The value nests deeper than maxDepth (${maxDepth} levels) at ${path}. If the data really is ` +
      'this deep (a long linked list), pass a larger `maxDepth` option; if it is not, something ' +
      'builds an accidental chain.',
    { path },
  )
}

/**
 * The error for text longer than the engine's string limit (about 512 MiB of characters): a
 * huge sparse array (each hole prints as `undefined`), or deep data printed with an indent (each
 * level indents every line below it).
 * @internal
 */
export function tooLongError(steps: readonly PathStep[], length: number): ExpectDeterministicError {
  const path = printablePath(steps)
  return new ExpectDeterministicError(
    'TOO_LONG',
    `The canonical text would be longer than the engine's string limit (${MAX_TEXT_LENGTH} ` +
      `characters; ${Number.isFinite(length) ? `at least ${length}` : 'more'}, stopped at ${path}). ` +
      'Redact huge or deeply nested parts with `ignore`, print with `indent: 0` where the indent ' +
      'is yours to choose (stableStringify), or compare without text (deepEqual, findDifference, ' +
      'toEqualUnordered).',
    { path },
  )
}

/** Whether an error is V8's stack overflow rather than something the user's code threw. @internal */
export function isStackOverflow(error: unknown): boolean {
  // Near the end of the stack even compiling a regular expression fails, with a SyntaxError.
  return (
    (error instanceof RangeError || error instanceof SyntaxError) &&
    safeMessage(error).includes('call stack')
  )
}

/** `Name: message` of anything thrown, never throwing itself (a `message` getter may). @internal */
export function describeThrown(error: unknown): string {
  try {
    if (
      error instanceof Error ||
      (typeof error === 'object' && error !== null && 'message' in error)
    ) {
      const { name, message } = error as { name?: unknown; message?: unknown }
      return `${typeof name === 'string' ? name : 'Error'}: ${String(message)}`
    }
    return typeof error === 'symbol' ? error.toString() : String(error)
  } catch {
    return 'a value whose message cannot be read'
  }
}

function safeMessage(error: Error): string {
  try {
    return String(error.message)
  } catch {
    return ''
  }
}

/**
 * Turns whatever a traversal threw into the library's error: our own errors pass through, the
 * engine's string limit becomes `TOO_LONG`, anything else (a throwing getter, a revoked Proxy, a
 * throwing Proxy trap) `UNREADABLE`. `steps` is the path where the traversal stood when it threw.
 * @internal
 */
export function traversalError(error: unknown, steps: readonly PathStep[]): Error {
  if (error instanceof ExpectDeterministicError) return error
  // A stack overflow is not the value's fault: it goes on up (the runner's recursion ran out).
  if (isStackOverflow(error)) return error as Error
  if (error instanceof RangeError && safeMessage(error).includes('Invalid string length'))
    return tooLongError(steps, Number.POSITIVE_INFINITY)
  const path = printablePath(steps)
  return new ExpectDeterministicError(
    'UNREADABLE',
    `Reading the value at ${path} threw (${describeThrown(error)}). A getter that throws, a Proxy ` +
      'whose traps throw or a revoked Proxy cannot be compared or serialized: redact it with ' +
      `\`ignore: [${JSON.stringify(path)}]\` or pass plain data.`,
    { path, cause: error },
  )
}
