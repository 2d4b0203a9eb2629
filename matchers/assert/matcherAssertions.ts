import type { GoldenOptions } from '../../src/golden/parseGoldenArguments'
import type { IdempotentOptions } from '../../src/idempotent/readIdempotentOptions'
import type { UnorderedOptions } from '../../src/unordered/readUnorderedOptions'
import { toBeIdempotent } from '../toBeIdempotent'
import { toEqualUnordered } from '../toEqualUnordered'
import { toMatchGoldenSorted } from '../toMatchGoldenSorted'
import { createPlainContext, type PlainContextOptions } from './plainContext'
import { settleAssertion } from './settleAssertion'

// Each assertion calls the matcher itself with a plain context, so messages, options and golden
// files are exactly the matchers'; only a failed result changes shape (an AssertionError).
// `caller` is the function the user called: the error's stack starts at its caller.

/** `toBeIdempotent` as an assertion. @internal */
export function idempotentAssertion(
  options: PlainContextOptions,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any assertion function
  caller: Function,
  fn: unknown,
  timesOrOptions?: number | IdempotentOptions,
  idempotentOptions?: IdempotentOptions,
): void | Promise<void> {
  const context = createPlainContext(options)
  return settleAssertion(toBeIdempotent.call(context, fn, timesOrOptions, idempotentOptions), {
    operator: 'idempotent',
    stackStartFn: caller,
  })
}

/** `toEqualUnordered` as an assertion, with `actual` and `expected` on the error. @internal */
export function equalUnorderedAssertion(
  options: PlainContextOptions,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any assertion function
  caller: Function,
  actual: unknown,
  expected: unknown,
  unorderedOptions?: UnorderedOptions,
): void {
  const context = createPlainContext(options)
  // Without a runner the matcher always answers synchronously.
  void settleAssertion(toEqualUnordered.call(context, actual, expected, unorderedOptions), {
    operator: 'equalUnordered',
    values: { actual, expected },
    stackStartFn: caller,
  })
}

/** `toMatchGoldenSorted` as an assertion. @internal */
export function goldenSortedAssertion(
  options: PlainContextOptions,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any assertion function
  caller: Function,
  value: unknown,
  ...args: [nameOrOptions?: string | GoldenOptions, goldenOptions?: GoldenOptions]
): void | Promise<void> {
  const context = createPlainContext(options)
  return settleAssertion(toMatchGoldenSorted.call(context, value, ...args), {
    operator: 'goldenSorted',
    stackStartFn: caller,
  })
}
