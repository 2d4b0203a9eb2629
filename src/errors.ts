/**
 * What went wrong, as a stable machine-readable code:
 * - `BAD_OPTIONS`: an option has the wrong type or an unknown name;
 * - `BAD_PATH`: a path string does not follow the path grammar (see `paths.ts`);
 * - `TOO_DEEP`: the value nests deeper than `maxDepth`;
 * - `TOO_LONG`: the canonical text would be longer than the engine's string limit;
 * - `UNREADABLE`: reading the value threw (a throwing getter, a revoked Proxy, a Proxy whose traps
 *   throw, ...);
 * - `UNCOMPARABLE`: the value holds something whose contents cannot be seen (a Promise, a
 *   WeakMap, a WeakSet, a WeakRef), so it cannot be written as text;
 * - `CORRUPT_GOLDEN`: a golden file exists but cannot be read back;
 * - `GOLDEN_CONFLICT`: two assertions resolved to the same golden file in one run.
 *
 * @since 0.1.0
 */
export type ErrorCode =
  | 'BAD_OPTIONS'
  | 'BAD_PATH'
  | 'TOO_DEEP'
  | 'TOO_LONG'
  | 'UNREADABLE'
  | 'UNCOMPARABLE'
  | 'CORRUPT_GOLDEN'
  | 'GOLDEN_CONFLICT'

/**
 * The one error class the library throws for bad input. `path` (when present) is where in the
 * value the problem was found, printed in the library's path syntax so it can be pasted into an
 * `ignore` option; `option` (for option errors) names the option that was wrong.
 *
 * @example
 * try { normalize(hostile) } catch (e) { if (e instanceof ExpectDeterministicError) console.log(e.code, e.path) }
 * @since 0.1.0
 */
export class ExpectDeterministicError extends Error {
  override readonly name = 'ExpectDeterministicError'
  readonly code: ErrorCode
  readonly path: string | undefined
  /**
   * For `BAD_OPTIONS` and `BAD_PATH`: the option that was wrong (`'times'`, `'shuffle.unordered'`),
   * so callers can tell without parsing the message.
   */
  readonly option: string | undefined

  constructor(
    code: ErrorCode,
    message: string,
    options?: { path?: string; option?: string; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.path = options?.path
    this.option = options?.option
  }
}
