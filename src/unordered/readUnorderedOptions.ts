import { optionError, readOptions, type OptionRule } from '../options/readOptions'
import { BOOLEAN, MAX_DEPTH, PATHS } from '../options/rules'

/**
 * Options of `compareUnordered` and `toEqualUnordered`.
 * @since 0.1.0
 */
export interface UnorderedOptions {
  /**
   * Whether arrays nested inside the elements are multisets too. Default `true`: every array at
   * every depth is compared without regard to order. `false`: only the top-level array.
   */
  readonly deep?: boolean
  /**
   * Only the arrays at these paths are multisets (`['$', '$.orders[*].items']`), in the library's
   * path grammar; elements of a multiset are addressed as `[*]`. Replaces `deep`; the top-level
   * value may then be anything.
   */
  readonly paths?: readonly string[]
  /** Compare elements like `toStrictEqual` (types, `undefined` properties, holes). Default `false`. */
  readonly strict?: boolean
  /**
   * How to tell which missing and extra elements are the same record, for the failure report only
   * (never for equality): a property name (`'id'`) or a function returning a key.
   */
  readonly identifyBy?: IdentifyBy
  /**
   * Deepest nesting the library walks before a `TOO_DEEP` error (default 1,000). Data deeper than
   * the runner's own `equals` can follow is compared by the library (see the matcher's docs).
   */
  readonly maxDepth?: number
}

/** How `identifyBy` names an element: a property name or a function. @internal */
export type IdentifyBy = string | ((element: unknown) => unknown)

const IDENTIFY_BY: OptionRule<IdentifyBy> = {
  expected: "a property name such as 'id' or a function returning a key",
  accepts: (value): value is IdentifyBy => typeof value === 'string' || typeof value === 'function',
}

const RULES = {
  deep: BOOLEAN,
  paths: PATHS,
  strict: BOOLEAN,
  identifyBy: IDENTIFY_BY,
  maxDepth: MAX_DEPTH,
} as const

/**
 * Reads and checks `UnorderedOptions`, throwing `ExpectDeterministicError` (`BAD_OPTIONS` or
 * `BAD_PATH`) for anything it does not understand, so a typo never weakens a test silently.
 * @example readUnorderedOptions({ deep: false }) // { deep: false }
 * @internal
 */
export function readUnorderedOptions(
  options: unknown,
  caller = 'compareUnordered()',
): UnorderedOptions {
  const read = readOptions(options, RULES, caller)
  if (read.paths !== undefined && read.deep !== undefined) {
    throw optionError(
      'paths',
      'Give either `deep` or `paths`, not both: `paths` already says exactly which arrays are unordered.',
    )
  }
  return read
}
