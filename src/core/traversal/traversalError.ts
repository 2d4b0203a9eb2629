import { ExpectDeterministicError } from '../../errors'
import { formatPath, formatStep, type PathStep } from '../paths/paths'

/**
 * The default for `maxDepth`. Real data rarely nests past a few dozen levels; 1,000 leaves room for
 * long linked lists while staying well inside Node's default stack in every traversal.
 * @since 0.1.0
 */
export const DEFAULT_MAX_DEPTH = 1000

// Paths of very deep values are abbreviated: 100,000 steps of `.next` help nobody.
const HEAD_STEPS = 8
const TAIL_STEPS = 8

/** Prints a path, eliding the middle of very long ones. */
export function printablePath(steps: readonly PathStep[]): string {
  if (steps.length <= HEAD_STEPS + TAIL_STEPS + 1) return formatPath(steps)
  const head = formatPath(steps.slice(0, HEAD_STEPS))
  const tail = steps.slice(-TAIL_STEPS).map(formatStep).join('')
  const hidden = steps.length - HEAD_STEPS - TAIL_STEPS
  return `${head}…(${hidden} more steps)…${tail}`
}

/** Checks and normalizes a `maxDepth` option. */
export function readMaxDepth(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_DEPTH
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The \`maxDepth\` option must be a positive integer, but received ${String(value)}.`,
    )
  }
  return value
}

/** The error for data nested deeper than `maxDepth` (or than the stack allows). */
export function tooDeepError(steps: readonly PathStep[], maxDepth: number, cause?: unknown): ExpectDeterministicError {
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

/** Whether an error is V8's stack overflow rather than something the user's code threw. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/**
 * Turns whatever a traversal threw into the library's error: our own errors pass through, a stack
 * overflow becomes `TOO_DEEP`, anything else (a throwing getter, a revoked Proxy) `UNREADABLE`.
 * `steps` is the path where the traversal stood when it threw.
 */
export function traversalError(error: unknown, steps: readonly PathStep[], maxDepth: number): Error {
  if (error instanceof ExpectDeterministicError) return error
  if (isStackOverflow(error)) return tooDeepError(steps, maxDepth, error)
  const path = printablePath(steps)
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return new ExpectDeterministicError(
    'UNREADABLE',
    `Reading the value at ${path} threw (${detail}). A getter that throws or a revoked Proxy cannot ` +
      'be compared or serialized: redact it with `ignore: [' + JSON.stringify(path) + ']` or pass plain data.',
    { path, cause: error },
  )
}
