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
  /** Turns an expected value at `state` into what `test` takes as its second argument. */
  prepareExpected(value: unknown, state: unknown): unknown
  /** Turns a received value at `state` into what `test` takes as its first argument. */
  prepareReceived(value: unknown, state: unknown): unknown
  /** Whether a prepared received value equals a prepared expected one. */
  test(received: unknown, expected: unknown): boolean
}
