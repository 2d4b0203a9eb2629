import type { GoldenOptions } from '../src/golden/parseGoldenArguments'
import type { ArbitraryLike } from '../src/idempotent/readIdempotentOptions'
import type { IdempotentOptions } from '../src/idempotent/readIdempotentOptions'
import type { UnorderedOptions } from '../src/unordered/readUnorderedOptions'

/** Any function: the only kind of value `toBeIdempotent` accepts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFunction = (...args: any[]) => unknown

/** True for `any` and `unknown`: received types too loose to reject anything. */
type IsLoose<T> = unknown extends T ? true : false

/**
 * `toBeIdempotent`'s arguments: a call count and options, or options alone. A received value that
 * is known not to be a function gets a parameter list nothing can satisfy, so
 * `expect(42).toBeIdempotent()` does not compile.
 */
type IdempotentArgs<T> =
  IsLoose<T> extends true
    ? IdempotentParameters
    : [T] extends [AnyFunction]
      ? IdempotentParameters
      : [receivedMustBeAFunction: never]

type IdempotentParameters =
  [times?: number, options?: IdempotentOptions] | [options: IdempotentOptions]

/** Property mode: `args` is a fast-check arbitrary, and the matcher always returns a promise. */
type PropertyOptions = IdempotentOptions & { readonly args: ArbitraryLike }
type PropertyArgs<T> =
  IsLoose<T> extends true
    ? [times: number, options: PropertyOptions] | [options: PropertyOptions]
    : [T] extends [AnyFunction]
      ? [times: number, options: PropertyOptions] | [options: PropertyOptions]
      : [receivedMustBeAFunction: never]

/**
 * What `toBeIdempotent` returns: a promise when the function returns one (the matcher then awaits
 * every call), the runner's plain result otherwise. A function returning `T | Promise<T>` gets both.
 */
type IdempotentReturn<R, T> =
  IsLoose<T> extends true
    ? R | Promise<R>
    : T extends (...args: never[]) => infer Output
      ? Output extends PromiseLike<unknown>
        ? Promise<R>
        : R
      : R

/**
 * The matchers of `expect-deterministic`, as every runner's `Matchers` interface sees them: `R` is
 * what a matcher call returns (`void`, or `Promise<void>` after `.resolves`), `T` the received
 * value's type. The setup entries (`expect-deterministic/vitest`, `/vitest5`, `/jest`) merge this
 * interface into their runner's types; import it yourself only to declare your own augmentation.
 *
 * @example
 * // A runner this package has no entry for:
 * declare module 'my-runner' {
 *   interface Matchers<R, T> extends DeterministicMatchers<R, T> {}
 * }
 * @since 0.1.0
 */
export interface DeterministicMatchers<R, T = unknown> {
  /**
   * Calls the received function several times and checks that every output is the same, after
   * canonical normalization (object keys, Map entries and Set members sorted). In this library
   * "idempotent" means repeat-and-compare: `f(x)` equals `f(x)` every time, not `f(f(x)) = f(x)`.
   *
   * Each call gets its own deep copy of `args`; a call that mutates its arguments is reported.
   * `shuffle: true` re-inserts keys, Map entries and Set members in a different seeded order for
   * each call, so code that depends on insertion order fails; the seed is printed for replay.
   * `perturb: true` also changes, from one call to the next, async timing, directory order, the
   * sort algorithm, the clock, randomness, the locale and the time zone, and a failure names the
   * source the output depends on and the line that reaches it.
   * When the function returns promises the matcher returns one: `await` it.
   *
   * @param times - How many calls (an integer of at least 2, default 5). May be given as `options.times` instead.
   * @param options - `args`, `perturb`, `shuffle`, `seed`, `concurrent`, `normalize`, `unordered`, `ignore`, `errors`, ...
   *
   * @example
   * expect(buildReport).toBeIdempotent({ args: [rows], shuffle: true })
   * expect(listDocs).toBeIdempotent({ args: ['docs'], perturb: true })
   * await expect(fetchAll).toBeIdempotent(3, { concurrent: true })
   * @since 0.1.0
   */
  toBeIdempotent(...args: PropertyArgs<T>): Promise<R>
  toBeIdempotent(...args: IdempotentArgs<T>): IdempotentReturn<R, T>

  /**
   * Deep equality in which arrays are compared as multisets: order is ignored, duplicates count
   * (`[1, 1, 2]` does not equal `[1, 2, 2]`). Elements are compared like `toEqual`, so asymmetric
   * matchers and custom equality testers work inside `expected`; a pairing is found whenever one
   * exists. By default arrays at every depth are unordered; `{ deep: false }` keeps only the top
   * level unordered and `{ paths }` chooses the arrays. Also usable asymmetrically:
   * `expect.toEqualUnordered([...])`.
   *
   * @param expected - The expected value; asymmetric matchers allowed anywhere inside it.
   * @param options - `deep`, `paths`, `strict`, `identifyBy`, ...
   *
   * @example
   * expect(await repo.findTags()).toEqualUnordered(['b', 'a', 'c'])
   * expect(rows).toEqualUnordered([{ id: 1, tags: ['x', 'y'] }, { id: expect.any(Number), tags: [] }])
   * @since 0.1.0
   */
  toEqualUnordered<E>(expected: E, options?: UnorderedOptions): R

  /**
   * Compares the received value with a golden file under `__golden__/` beside the test file. The
   * file holds the value's canonical text (keys, Map entries and Set members sorted), so it changes
   * only when the data changes. A missing golden is written locally and fails in CI; update with the
   * runner's `-u` or `EXPECT_DETERMINISTIC_UPDATE`. Promises are awaited: `await` the matcher then.
   *
   * @param name - Names the golden file within the test (default: the test's name, then a counter).
   * @param options - `unordered`, `ignore`, `dir`, ...
   *
   * @example
   * expect(await handler(request)).toMatchGoldenSorted('response')
   * @since 0.1.0
   */
  toMatchGoldenSorted(...args: GoldenParameters): GoldenReturn<R, T>
}

type GoldenParameters = [name?: string, options?: GoldenOptions] | [options: GoldenOptions]

/** A promise when the received value is one (the matcher awaits it first). */
type GoldenReturn<R, T> =
  IsLoose<T> extends true ? R | Promise<R> : T extends PromiseLike<unknown> ? Promise<R> : R

/**
 * The matchers that make sense inside another value (`expect.toEqualUnordered([...])` in a
 * `toEqual`), typed for each runner's asymmetric-matcher interface.
 * @since 0.1.0
 */
export interface DeterministicAsymmetricMatchers<R = void> {
  /** {@inheritDoc DeterministicMatchers.toEqualUnordered} */
  toEqualUnordered<E>(expected: E, options?: UnorderedOptions): R
}
