import type { KeyMemo } from './KeyMemo'
import type { UnorderedScope } from './createScope'

/**
 * How elements are compared, fixed once per `compareUnordered` call.
 * @internal
 */
export interface ElementComparer {
  readonly scope: UnorderedScope
  readonly strict: boolean
  /**
   * Whether canonical keys may decide equality. False when user equality testers are registered:
   * they may equate values whose keys differ, so every pair must be asked.
   */
  readonly keyed: boolean
  /** Whether asymmetric matchers are applied (the runner's `equals`), so reports resolve them. */
  readonly matchers: boolean
  /** Deepest nesting the library's own walks accept (`maxDepth`). */
  readonly maxDepth: number
  /** Whether values are read as `toEqual` reads them, without the runner (see `compareLoosely`). */
  readonly loose: boolean
  /** How many multisets are being matched inside one another by the runner's `equals` now. */
  nesting: number
  /**
   * Multiset arrays being matched right now (expected sample -> received arrays), so data with
   * cycles, which comes back to a pair being matched, stops there.
   */
  readonly active: Map<unknown, unknown[]>
  /** What `keyHash` learnt about values without a key, for this comparison. */
  readonly keys: KeyMemo
  /** Turns an expected value at `state` into what `test` takes as its second argument. */
  prepareExpected(value: unknown, state: unknown): unknown
  /** Turns a received value at `state` into what `test` takes as its first argument. */
  prepareReceived(value: unknown, state: unknown): unknown
  /** Whether a prepared received value equals a prepared expected one. */
  test(received: unknown, expected: unknown): boolean
}
