import { DEFAULT_MAX_DEPTH } from '../core/traversal/traversalError'
import { optionError, readOptions, type OptionRule } from '../options/readOptions'
import {
  allOrSomeOf,
  BOOLEAN,
  FUNCTION,
  integerIn,
  MAX_DEPTH,
  oneOf,
  PATHS,
  UNORDERED,
} from '../options/rules'
import { seedFromText } from './createRandom'
import { inTableOrder, PERTURB_SOURCES, type PerturbSource } from './perturb/PerturbSource'

/**
 * How many times `toBeIdempotent` and `checkIdempotent` call the function when `times` is not given.
 * Five calls: call 2 sees reversed inputs under `shuffle`, calls 3 to 5 see three seeded orders.
 * @since 0.1.0
 */
export const DEFAULT_TIMES = 5

/**
 * The most calls `times` may ask for. One output per distinct canonical form is kept (to count
 * distinct outputs and print the first difference), so memory is bounded by the distinct outputs;
 * ten thousand calls is far past the point where more calls find more nondeterminism.
 * @since 0.1.0
 */
export const MAX_TIMES = 10_000

/**
 * The shuffle seed `checkIdempotent` uses when none is given. The matchers derive theirs from the
 * test's name instead (`seedFromText(testName)`), so tests shuffle differently but reproducibly.
 * @internal
 */
export const DEFAULT_SEED = seedFromText('')

/**
 * The part of a fast-check `Arbitrary` that property mode relies on, checked by shape (duck typing)
 * so that users' arbitraries work whatever copy of fast-check made them.
 * @since 0.1.0
 */
export interface ArbitraryLike {
  generate(...args: never[]): unknown
  shrink(...args: never[]): unknown
  canShrinkWithoutContext(...args: never[]): unknown
}

/**
 * fast-check run parameters for property mode, passed to `fc.check` (`seed` and `path` replay a
 * failure; `numRuns` sets how many inputs are tried). Any other fast-check parameter passes through.
 * @since 0.1.0
 */
export interface PropertyParameters {
  readonly seed?: number
  readonly path?: string
  readonly numRuns?: number
  readonly [parameter: string]: unknown
}

/**
 * Options of `checkIdempotent` and of the `toBeIdempotent` matcher.
 * @since 0.1.0
 */
export interface IdempotentOptions {
  /** How many calls, an integer from 2 to `MAX_TIMES` (10,000). Default `DEFAULT_TIMES` (5). */
  readonly times?: number
  /**
   * The arguments of every call: an array (each call gets its own deep copy), a factory returning
   * a fresh array per call, or a fast-check arbitrary of argument arrays (`fc.tuple(...)`) for
   * property mode. Default: no arguments. A factory must be synchronous (one returning a promise
   * is a usage error); a factory that throws stops the check with `IdempotenceCallbackError`.
   */
  readonly args?: readonly unknown[] | (() => readonly unknown[]) | ArbitraryLike
  /**
   * Deep-copy `args` for every call (default `true`). `false` passes the very same values each
   * time; it cannot be combined with `shuffle`, which hands calls 2..n reordered copies.
   */
  readonly clone?: boolean
  /**
   * Give calls 2..n copies of the arguments with object keys, Map entries and Set members
   * re-inserted in another order (call 2 reversed, later calls seeded-random). `{ unordered }`
   * also reorders arrays: `true` for all, or paths rooted at the argument list (`'$[0].rows'`).
   * The same as `perturb: ['order']`.
   */
  readonly shuffle?: boolean | { readonly unordered?: boolean | readonly string[] }
  /**
   * Perturb what JavaScript leaves open, one call differently from the next: `true` for every
   * source, or a list (`['readdir', 'sort']`). Call 1 runs unperturbed; calls 2..n each get their
   * own seeded perturbation. On a divergence the source that causes it is named, with the call
   * site. A source named in the list that `fn` never exercised fails the check. See
   * `PerturbSource`.
   * @since 0.2.0
   */
  readonly perturb?: boolean | readonly PerturbSource[]
  /** The seed of `shuffle` and `perturb`, an integer from 0 to 2^32 - 1, printed on failure for replay. */
  readonly seed?: number
  /** Start all calls before awaiting any (for async functions), to expose shared-state races. */
  readonly concurrent?: boolean
  /**
   * Applied to each returned output before canonical normalization (drop volatile fields, map
   * types). Must be synchronous: a `normalize` returning a promise is a usage error, because every
   * output would become a Promise and compare equal to nothing. Await inside the function instead.
   */
  readonly normalize?: (output: unknown) => unknown
  /** Arrays of the output to compare as multisets: `true` or paths such as `'$.items'`. */
  readonly unordered?: boolean | readonly string[]
  /** Paths of the output whose values are not compared (`'$.generatedAt'`). */
  readonly ignore?: readonly string[]
  /** `'fail'` (default): a throwing call fails the assertion. `'compare'`: errors are outputs too. */
  readonly errors?: 'fail' | 'compare'
  /** Do not report calls that change their arguments (default `false`: such a call fails). */
  readonly allowMutation?: boolean
  /** fast-check parameters for property mode (`{ seed, path, numRuns }`). */
  readonly fc?: PropertyParameters
  /**
   * Deepest nesting of outputs and arguments accepted before a `TOO_DEEP` error, for data that
   * really is this deep (long linked lists). Default `DEFAULT_MAX_DEPTH` (1,000).
   */
  readonly maxDepth?: number
}

/** Options after checking, with defaults filled in. @internal */
export interface IdempotentPlan {
  readonly times: number
  readonly args: readonly unknown[] | (() => readonly unknown[]) | ArbitraryLike
  readonly clone: boolean
  /** Whether the arguments are reordered: `shuffle`, or `'order'` among the sources. */
  readonly shuffle: boolean
  readonly shuffleUnordered: boolean | readonly string[]
  /** Every source perturbed, `'order'` included, in table order. */
  readonly sources: readonly PerturbSource[]
  /** The sources named in a `perturb` list: each must be exercised, or the check fails. */
  readonly explicit: readonly PerturbSource[]
  /** Whether `perturb` was given (replay hints then use `perturb`, else `shuffle`). */
  readonly perturbGiven: boolean
  readonly seed: number
  readonly concurrent: boolean
  readonly normalize: ((output: unknown) => unknown) | undefined
  readonly unordered: boolean | readonly string[] | undefined
  readonly ignore: readonly string[] | undefined
  readonly errors: 'fail' | 'compare'
  readonly allowMutation: boolean
  readonly fc: PropertyParameters | undefined
  readonly maxDepth: number
}

/**
 * Whether `value` looks like a fast-check arbitrary (checked by shape, not `instanceof`).
 * @example isArbitrary(fc.tuple(fc.integer())) // true
 * @internal
 */
export function isArbitrary(value: unknown): value is ArbitraryLike {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return (
    typeof candidate.generate === 'function' &&
    typeof candidate.shrink === 'function' &&
    typeof candidate.canShrinkWithoutContext === 'function'
  )
}

const ARGS: OptionRule<IdempotentOptions['args']> = {
  expected:
    'an array of arguments, a function returning one, or a fast-check arbitrary of argument arrays',
  accepts: (value): value is IdempotentOptions['args'] =>
    Array.isArray(value) || typeof value === 'function' || isArbitrary(value),
}

const SHUFFLE: OptionRule<IdempotentOptions['shuffle']> = {
  expected: 'true, false or { unordered }',
  accepts: (value): value is IdempotentOptions['shuffle'] =>
    typeof value === 'boolean' ||
    (typeof value === 'object' && value !== null && !Array.isArray(value)),
}

const FC: OptionRule<PropertyParameters> = {
  expected: 'an object of fast-check parameters such as { seed, path, numRuns }',
  accepts: (value): value is PropertyParameters =>
    typeof value === 'object' && value !== null && !Array.isArray(value),
}

const RULES = {
  times: integerIn(
    2,
    MAX_TIMES,
    `an integer from 2 (one call has nothing to be compared with) to ${MAX_TIMES}`,
  ),
  args: ARGS,
  clone: BOOLEAN,
  shuffle: SHUFFLE,
  perturb: allOrSomeOf(PERTURB_SOURCES, 'source'),
  seed: integerIn(0, 0xffffffff),
  concurrent: BOOLEAN,
  normalize: FUNCTION as OptionRule<(output: unknown) => unknown>,
  unordered: UNORDERED,
  ignore: PATHS,
  errors: oneOf('fail', 'compare'),
  allowMutation: BOOLEAN,
  fc: FC,
  maxDepth: MAX_DEPTH,
} as const

/**
 * Checks `checkIdempotent`'s options and fills in the defaults.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS` or `BAD_PATH`) naming the option and the rule.
 * @example readIdempotentOptions({ times: 3, shuffle: true }).seed // DEFAULT_SEED
 * @internal
 */
export function readIdempotentOptions(
  options: IdempotentOptions | undefined,
  caller = 'toBeIdempotent()',
): IdempotentPlan {
  const o = readOptions(options, RULES, caller)
  const args = o.args ?? []
  const shuffleUnordered = readShuffle(o.shuffle, caller)
  const explicit = Array.isArray(o.perturb) ? inTableOrder(o.perturb) : []
  const requested = o.perturb === true ? PERTURB_SOURCES : explicit
  const sources = inTableOrder([
    ...requested,
    ...(shuffleUnordered === undefined ? [] : ['order' as const]),
  ])
  const shuffle = sources.includes('order')
  if (o.clone === false && shuffle) {
    const which = shuffleUnordered === undefined ? "perturbing `'order'`" : '`shuffle`'
    throw optionError(
      'clone',
      `\`clone: false\` cannot be combined with ${which}: it hands calls 2..n reordered copies of \`args\`, ` +
        `never the same values. Drop \`clone: false\`, or drop ${which} to pass the very same values to every call.`,
    )
  }
  if (o.fc !== undefined && !isArbitrary(args)) {
    throw optionError(
      'fc',
      '`fc` only applies when `args` is a fast-check arbitrary (property mode).',
    )
  }
  return {
    times: o.times ?? DEFAULT_TIMES,
    args,
    clone: o.clone ?? true,
    shuffle,
    shuffleUnordered: shuffleUnordered ?? false,
    sources,
    explicit,
    perturbGiven: o.perturb !== undefined && o.perturb !== false,
    seed: o.seed ?? DEFAULT_SEED,
    concurrent: o.concurrent ?? false,
    normalize: o.normalize,
    unordered: o.unordered,
    ignore: o.ignore,
    errors: o.errors ?? 'fail',
    allowMutation: o.allowMutation ?? false,
    fc: o.fc,
    maxDepth: o.maxDepth ?? DEFAULT_MAX_DEPTH,
  }
}

/** What `shuffle` asks for: `undefined` for no shuffling, else which arrays may be reordered too. */
function readShuffle(
  value: IdempotentOptions['shuffle'],
  caller: string,
): boolean | readonly string[] | undefined {
  if (value === undefined || value === false) return undefined
  if (value === true) return false
  return readOptions(value, { unordered: UNORDERED }, caller, 'shuffle.').unordered ?? false
}
