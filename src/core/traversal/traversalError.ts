import { ExpectDeterministicError } from '../../errors'
import { printablePath } from '../paths/formatPath'
import type { PathStep } from '../paths/pathStep'

/**
 * The default for `maxDepth`. Real data rarely nests past a few dozen levels; 1,000 leaves room for
 * long linked lists while staying well inside Node's default stack in every traversal.
 * @since 0.1.0
 */
export const DEFAULT_MAX_DEPTH = 1000

/** The error for data nested deeper than `maxDepth` (or than the stack allows). @internal */
export function tooDeepError(
  steps: readonly PathStep[],
  maxDepth: number,
  cause?: unknown,
): ExpectDeterministicError {
  const path = printablePath(steps)
  const why =
    cause === undefined
      ? `nests deeper than maxDepth (${maxDepth} levels)`
      : `nests too deeply for the call stack (${steps.length} levels)`
  return new ExpectDeterministicError(
    'TOO_DEEP',
    `The value ${why} at ${path}. If the data really is this deep (a long linked list), pass a ` +
      'larger `maxDepth`; if it is not, something builds an accidental chain.',
    { path, cause },
  )
}

/** Whether an error is V8's stack overflow rather than something the user's code threw. @internal */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/**
 * Turns whatever a traversal threw into the library's error: our own errors pass through, a stack
 * overflow becomes `TOO_DEEP`, anything else (a throwing getter, a revoked Proxy) `UNREADABLE`.
 * `steps` is the path where the traversal stood when it threw.
 * @internal
 */
export function traversalError(
  error: unknown,
  steps: readonly PathStep[],
  maxDepth: number,
): Error {
  if (error instanceof ExpectDeterministicError) return error
  if (isStackOverflow(error)) return tooDeepError(steps, maxDepth, error)
  const path = printablePath(steps)
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return new ExpectDeterministicError(
    'UNREADABLE',
    `Reading the value at ${path} threw (${detail}). A getter that throws or a revoked Proxy cannot ` +
      'be compared or serialized: redact it with `ignore: [' +
      JSON.stringify(path) +
      ']` or pass plain data.',
    { path, cause: error },
  )
}
