/**
 * Entry for Playwright Test: `matchers` for `expect.extend`, which returns the extended `expect`
 * (combine several with `mergeExpects`). Playwright types the new `expect` from these signatures:
 * the arguments after the received value, and `Promise<void>` where a matcher may return a promise
 * (`await` it). Written by hand (the build copies it to `dist/playwright.d.ts` and
 * `dist/playwright.d.cts`), checked by the type tests with `skipLibCheck: false`.
 * @packageDocumentation
 */
import type { ExpectMatcherState, MatcherReturnType } from '@playwright/test'
import type { ArbitraryLike, GoldenOptions, IdempotentOptions, UnorderedOptions } from './index.js'

// Written as properties, not methods, so that Playwright offers `toBeIdempotent` only on
// functions: `expect(42).toBeIdempotent()` does not compile.
type AnyFunction = (...args: any[]) => unknown
type PropertyOptions = IdempotentOptions & { readonly args: ArbitraryLike }

/** The matchers of `expect-deterministic` for Playwright Test's `expect.extend`. @since 0.2.0 */
export declare const matchers: {
  /** {@inheritDoc DeterministicMatchers.toBeIdempotent} */
  toBeIdempotent: (
    this: ExpectMatcherState,
    received: AnyFunction,
    ...args:
      | [times?: number, options?: IdempotentOptions | PropertyOptions]
      | [options: IdempotentOptions | PropertyOptions]
  ) => MatcherReturnType | Promise<MatcherReturnType>
  /** {@inheritDoc DeterministicMatchers.toEqualUnordered} */
  toEqualUnordered: (
    this: ExpectMatcherState,
    received: unknown,
    expected: unknown,
    options?: UnorderedOptions,
  ) => MatcherReturnType
  /** {@inheritDoc DeterministicMatchers.toMatchGoldenSorted} */
  toMatchGoldenSorted: (
    this: ExpectMatcherState,
    received: unknown,
    ...args: [name?: string, options?: GoldenOptions] | [options: GoldenOptions]
  ) => MatcherReturnType | Promise<MatcherReturnType>
}
