import type { MatcherContext } from '../context'
import { palette } from './colors'
import { createPlainEquals, type ForeignMatchers } from './plainEquals'
import { createPlainUtils, type AssertionName } from './plainUtils'

/** What a home knows about the running test, passed on to the matchers. @internal */
export interface PlainContextOptions {
  /** How the hint line names each matcher (`toEqualUnordered` -> `assertEqualUnordered`). */
  readonly names: Readonly<Record<string, AssertionName>>
  /** Whether to colour the message (see `colorsEnabled`). */
  readonly color: boolean
  /** Absolute path of the test file: goldens live beside it. */
  readonly testPath?: string | undefined
  /** The test's full name: names unnamed goldens and seeds `shuffle`. */
  readonly currentTestName?: string | undefined
  /**
   * The update mode for goldens, in the fields the golden code reads from Jest's and Vitest's
   * snapshot state (`_updateSnapshot`: `all`, `new` or `none`); undefined leaves it to
   * `EXPECT_DETERMINISTIC_UPDATE` and CI detection.
   */
  readonly snapshotState?: object | undefined
  /** A runner's asymmetric matchers that only its own `equals` understands. */
  readonly foreign?: ForeignMatchers | undefined
}

/**
 * A `MatcherContext` without a runner, so the matchers of this package run unchanged under
 * node:assert, node:test, Bun and anywhere else: never negated, no promise modifier, no custom
 * testers, the plain `equals` and printing of `createPlainEquals` and `createPlainUtils`.
 *
 * @example toEqualUnordered.call(createPlainContext({ names, color: false }), [2, 1], [1, 2])
 * @internal
 */
export function createPlainContext(options: PlainContextOptions): MatcherContext {
  return {
    isNot: false,
    // '' as in Jest and Vitest when no `.resolves`/`.rejects`: the assertion form, not asymmetric.
    promise: '',
    customTesters: [],
    equals: createPlainEquals(options.foreign),
    utils: createPlainUtils(palette(options.color), options.names),
    testPath: options.testPath,
    currentTestName: options.currentTestName,
    snapshotState: options.snapshotState,
  }
}
