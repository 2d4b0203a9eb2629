import { toBeIdempotent } from './toBeIdempotent'
import { toEqualUnordered } from './toEqualUnordered'
import { toMatchGoldenSorted } from './toMatchGoldenSorted'

/**
 * Every matcher of the library, for `expect.extend(matchers)`. The setup entries
 * (`expect-deterministic/vitest`, `expect-deterministic/jest`) do this for you.
 *
 * @example
 * import { expect } from 'expect'
 * import { matchers } from 'expect-deterministic'
 * expect.extend(matchers)
 * @since 0.1.0
 */
export const matchers = {
  toBeIdempotent,
  toEqualUnordered,
  toMatchGoldenSorted,
}
