import type { GoldenOptions } from '../../src/golden/parseGoldenArguments'
import type { ArbitraryLike, IdempotentOptions } from '../../src/idempotent/readIdempotentOptions'
import type { UnorderedOptions } from '../../src/unordered/readUnorderedOptions'
import { callerFile } from './callerFile'
import { colorsEnabled } from './colors'
import {
  equalUnorderedAssertion,
  goldenSortedAssertion,
  idempotentAssertion,
} from './matcherAssertions'
import type { PlainContextOptions } from './plainContext'
import type { AssertionName } from './plainUtils'

const NAMES: Readonly<Record<string, AssertionName>> = {
  toBeIdempotent: { call: 'assertIdempotent', received: 'fn' },
  toEqualUnordered: { call: 'assertEqualUnordered', received: 'actual', expected: 'expected' },
  toMatchGoldenSorted: { call: 'assertGoldenSorted', received: 'value', expected: 'name' },
}

/** Runners without a hook into assertions (mocha, ava, uvu, tap) all write their report to stdout. */
const plain = (testPath?: string): PlainContextOptions => ({
  names: NAMES,
  color: colorsEnabled(process.stdout),
  testPath,
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFunction = (...args: any[]) => unknown
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AsyncFunction = (...args: any[]) => PromiseLike<unknown>
type PropertyOptions = IdempotentOptions & { readonly args: ArbitraryLike }

/**
 * `toBeIdempotent` for any runner, or none: calls `fn` several times (default 5) and throws
 * node:assert's `AssertionError` when an output differs from the first after canonical
 * normalization, with the matcher's message. Returns a promise when `fn` returns one, and in
 * property mode (`args` a fast-check arbitrary): `await` it. Without a test name, `shuffle`
 * uses the default seed, printed on failure for replay.
 *
 * @param fn - The function to call repeatedly.
 * @param times - How many calls (at least 2, default 5); or pass the options first.
 * @param options - `args`, `shuffle`, `seed`, `concurrent`, `normalize`, `unordered`, `ignore`, `errors`, ...
 * @example
 * import { assertIdempotent } from 'expect-deterministic'
 * assertIdempotent(buildReport, { args: [rows], shuffle: true })
 * await assertIdempotent(fetchAll, 3, { concurrent: true })
 * @since 0.2.0
 */
export function assertIdempotent(
  fn: AnyFunction,
  ...args: [times: number, options: PropertyOptions] | [options: PropertyOptions]
): Promise<void>
/** An async `fn`: returns a promise. @since 0.2.0 */
export function assertIdempotent(
  fn: AsyncFunction,
  ...args: [times?: number, options?: IdempotentOptions] | [options: IdempotentOptions]
): Promise<void>
/** A synchronous `fn`: throws right away. @since 0.2.0 */
export function assertIdempotent(
  fn: AnyFunction,
  ...args: [times?: number, options?: IdempotentOptions] | [options: IdempotentOptions]
): void
/** The implementation of the signatures above. @since 0.2.0 */
export function assertIdempotent(
  fn: unknown,
  timesOrOptions?: number | IdempotentOptions,
  options?: IdempotentOptions,
): void | Promise<void> {
  return idempotentAssertion(plain(), assertIdempotent, fn, timesOrOptions, options)
}

/**
 * `toEqualUnordered` for any runner, or none: throws node:assert's `AssertionError` (with
 * `actual`, `expected` and the matcher's message) unless `actual` equals `expected` with arrays
 * compared as multisets, at every depth by default. Elements compare as `toEqual` compares them
 * (`undefined` properties ignored); `{ strict: true }` compares like `toStrictEqual`.
 *
 * @param actual - The value under test.
 * @param expected - The expected value.
 * @param options - `deep`, `paths`, `strict`, `identifyBy`, ...
 * @example
 * import { assertEqualUnordered } from 'expect-deterministic'
 * assertEqualUnordered(await repo.findTags(), ['b', 'a', 'c'])
 * @since 0.2.0
 */
export function assertEqualUnordered(
  actual: unknown,
  expected: unknown,
  options?: UnorderedOptions,
): void {
  equalUnorderedAssertion(plain(), assertEqualUnordered, actual, expected, options)
}

/**
 * `toMatchGoldenSorted` for any runner, or none: compares the canonical text of `value` with the
 * golden file `__golden__/<test file>/<name>` beside the file that calls it, and throws
 * node:assert's `AssertionError` with the matcher's message on a mismatch. Missing goldens are
 * written locally and never in CI; `EXPECT_DETERMINISTIC_UPDATE=all` rewrites. A promise is
 * awaited first, and the assertion then returns a promise. `name` must be unique in the file.
 *
 * @param value - The value to compare (or a promise of it).
 * @param name - Names the golden file; unique within the calling file.
 * @param options - `unordered`, `ignore`, `dir`, ...
 * @example
 * import { assertGoldenSorted } from 'expect-deterministic'
 * assertGoldenSorted(buildReport(), 'weekly', { ignore: ['$.generatedAt'] })
 * @since 0.2.0
 */
export function assertGoldenSorted(
  value: PromiseLike<unknown>,
  name: string,
  options?: GoldenOptions,
): Promise<void>
/** A value that is not a promise: throws right away. @since 0.2.0 */
export function assertGoldenSorted(value: unknown, name: string, options?: GoldenOptions): void
/** The implementation of the signatures above. @since 0.2.0 */
export function assertGoldenSorted(
  value: unknown,
  name: string,
  options?: GoldenOptions,
): void | Promise<void> {
  const testPath = callerFile(assertGoldenSorted)
  return goldenSortedAssertion(plain(testPath), assertGoldenSorted, value, name, options)
}
