import { expect as jestExpect } from 'expect'
import { expect } from 'vitest'
import { toBeIdempotent } from '../../matchers/toBeIdempotent'
import type { IdempotentOptions } from '../../src/idempotent/readIdempotentOptions'

expect.extend({ toBeIdempotent })
// Our MatcherContext is the part of `this` both runners share, narrower than Jest's own type.
jestExpect.extend({ toBeIdempotent } as never)

// Typed locally, so these tests do not depend on the setup entries' type augmentation.
// The result is void or a promise depending on the function under test; tests treat it as either.
type Idempotent = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  toBeIdempotent(times?: number | IdempotentOptions, options?: IdempotentOptions): any
}
type WithIdempotent = Idempotent & { not: Idempotent }

/** Vitest's `expect` with `toBeIdempotent` registered. */
export const vitest = (value: unknown) => expect(value) as unknown as WithIdempotent
/** Jest's standalone `expect` with `toBeIdempotent` registered. */
export const jest = (value: unknown) => jestExpect(value) as unknown as WithIdempotent
