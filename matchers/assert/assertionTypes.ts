import type { GoldenOptions } from '../../src/golden/parseGoldenArguments'
import type { ArbitraryLike, IdempotentOptions } from '../../src/idempotent/readIdempotentOptions'
import type { UnorderedOptions } from '../../src/unordered/readUnorderedOptions'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFunction = (...args: any[]) => unknown
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AsyncFunction = (...args: any[]) => PromiseLike<unknown>
type PropertyOptions = IdempotentOptions & { readonly args: ArbitraryLike }

/**
 * The library's checks as assertion methods, as node:test's `t.assert` gets them from
 * `expect-deterministic/node-test` (named in node:assert's style). Each throws node:assert's
 * `AssertionError` with the matcher's message; those that may wait return a promise: `await` it.
 * Import it yourself only to type your own registration.
 *
 * @example
 * test('report', async (t) => {
 *   t.assert.equalUnordered(await repo.tags(), ['a', 'b'])
 *   t.assert.idempotent(buildReport, { args: [rows], shuffle: true })
 *   t.assert.goldenSorted(buildReport(rows))
 * })
 * @since 0.2.0
 */
export interface DeterministicAssertions {
  /**
   * Calls `fn` several times (default 5) and fails when an output differs from the first after
   * canonical normalization. Returns a promise in property mode (`args` a fast-check arbitrary).
   * @since 0.2.0
   */
  idempotent(
    fn: AnyFunction,
    ...args: [times: number, options: PropertyOptions] | [options: PropertyOptions]
  ): Promise<void>
  /** An async `fn`: returns a promise. @since 0.2.0 */
  idempotent(
    fn: AsyncFunction,
    ...args: [times?: number, options?: IdempotentOptions] | [options: IdempotentOptions]
  ): Promise<void>
  /** A synchronous `fn`: throws right away. @since 0.2.0 */
  idempotent(
    fn: AnyFunction,
    ...args: [times?: number, options?: IdempotentOptions] | [options: IdempotentOptions]
  ): void
  /**
   * Fails unless `actual` equals `expected` with arrays compared as multisets (order ignored,
   * duplicates counted), at every depth by default.
   * @since 0.2.0
   */
  equalUnordered(actual: unknown, expected: unknown, options?: UnorderedOptions): void
  /**
   * Compares the canonical text of `value` with its golden file in `__golden__/` beside the
   * test file, named after the test (and `name`). Awaits a promise first, and then returns one.
   * @since 0.2.0
   */
  goldenSorted(
    value: PromiseLike<unknown>,
    ...args: [name?: string, options?: GoldenOptions] | [options: GoldenOptions]
  ): Promise<void>
  /** A value that is not a promise: throws right away. @since 0.2.0 */
  goldenSorted(
    value: unknown,
    ...args: [name?: string, options?: GoldenOptions] | [options: GoldenOptions]
  ): void
}
