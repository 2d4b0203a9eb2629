import { ExpectDeterministicError } from '../errors'
import { readOptions } from '../options/readOptions'
import { compilePaths } from '../core/paths/paths'
import { isSeed, seedFromText } from './createRandom'
import { readMaxDepth } from '../core/traversal/traversalError'

/**
 * How many times `toBeIdempotent` and `checkIdempotent` call the function when `times` is not given.
 * Five calls: call 2 sees reversed inputs under `shuffle`, calls 3 to 5 see three seeded orders.
 * @since 0.1.0
 */
export const DEFAULT_TIMES = 5

/**
 * The most calls `times` may ask for. Every output is kept until the end (to count distinct
 * outputs and print the first difference), so an unbounded count would exhaust memory before
 * failing; ten thousand calls is far past the point where more calls find more nondeterminism.
 * @since 0.1.0
 */
export const MAX_TIMES = 10_000

/**
 * The shuffle seed `checkIdempotent` uses when none is given. The matchers derive theirs from the
 * test's name instead (`seedFromText(testName)`), so tests shuffle differently but reproducibly.
 * @since 0.1.0
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
   */
  readonly shuffle?: boolean | { readonly unordered?: boolean | readonly string[] }
  /** The shuffle seed, an integer from 0 to 2^32 - 1, printed on failure for replay. */
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

/** Options after checking, with defaults filled in. */
export interface IdempotentPlan {
  readonly times: number
  readonly args: readonly unknown[] | (() => readonly unknown[]) | ArbitraryLike
  readonly clone: boolean
  readonly shuffle: boolean
  readonly shuffleUnordered: boolean | readonly string[]
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

const KNOWN = [
  'times',
  'args',
  'clone',
  'shuffle',
  'seed',
  'concurrent',
  'normalize',
  'unordered',
  'ignore',
  'errors',
  'allowMutation',
  'fc',
  'maxDepth',
] as const

/**
 * Whether `value` looks like a fast-check arbitrary (checked by shape, not `instanceof`).
 * @example isArbitrary(fc.tuple(fc.integer())) // true
 * @since 0.1.0
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

function bad(message: string): ExpectDeterministicError {
  return new ExpectDeterministicError('BAD_OPTIONS', message)
}

function isPaths(value: unknown): boolean {
  return Array.isArray(value) && value.every((p) => typeof p === 'string')
}

/**
 * Checks `checkIdempotent`'s options and fills in the defaults.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS` or `BAD_PATH`) naming the option and the rule.
 * @example readIdempotentOptions({ times: 3, shuffle: true }).seed // DEFAULT_SEED
 * @since 0.1.0
 */
export function readIdempotentOptions(options: IdempotentOptions | undefined, caller = 'toBeIdempotent'): IdempotentPlan {
  const o = readOptions(options, KNOWN, caller) as IdempotentOptions
  const times = o.times ?? DEFAULT_TIMES
  if (typeof times !== 'number' || !Number.isInteger(times) || times < 2) {
    throw bad(`\`times\` must be an integer of at least 2 (one call has nothing to be compared with), but received ${describe(times)}.`)
  }
  if (times > MAX_TIMES) {
    throw bad(`\`times\` must be at most ${MAX_TIMES} (every output is kept until the calls are compared), but received ${describe(times)}.`)
  }
  const args = o.args ?? []
  if (!Array.isArray(args) && typeof args !== 'function' && !isArbitrary(args)) {
    throw bad(
      `\`args\` must be an array of arguments, a function returning one, or a fast-check arbitrary of argument arrays, but received ${describe(args)}.`,
    )
  }
  for (const name of ['clone', 'concurrent', 'allowMutation'] as const) {
    if (o[name] !== undefined && typeof o[name] !== 'boolean') {
      throw bad(`\`${name}\` must be true or false, but received ${describe(o[name])}.`)
    }
  }
  const { shuffle, shuffleUnordered } = readShuffle(o.shuffle)
  if (o.clone === false && shuffle) {
    throw bad(
      '`clone: false` cannot be combined with `shuffle`: shuffling hands calls 2..n reordered copies of `args`, ' +
        'never the same values. Drop `clone: false`, or drop `shuffle` to pass the very same values to every call.',
    )
  }
  const seed = o.seed ?? DEFAULT_SEED
  if (!isSeed(seed)) throw bad(`\`seed\` must be an integer from 0 to 4294967295, but received ${describe(seed)}.`)
  if (o.normalize !== undefined && typeof o.normalize !== 'function') {
    throw bad(`\`normalize\` must be a function of the output, but received ${describe(o.normalize)}.`)
  }
  if (o.unordered !== undefined && typeof o.unordered !== 'boolean' && !isPaths(o.unordered)) {
    throw bad(`\`unordered\` must be true, false or an array of paths, but received ${describe(o.unordered)}.`)
  }
  if (Array.isArray(o.unordered)) compilePaths(o.unordered, 'unordered')
  if (o.ignore !== undefined && !isPaths(o.ignore)) {
    throw bad(`\`ignore\` must be an array of paths such as ['$.createdAt'], but received ${describe(o.ignore)}.`)
  }
  if (o.ignore !== undefined) compilePaths(o.ignore, 'ignore')
  const errors = o.errors ?? 'fail'
  if (errors !== 'fail' && errors !== 'compare') {
    throw bad(`\`errors\` must be 'fail' or 'compare', but received ${describe(errors)}.`)
  }
  if (o.fc !== undefined && (typeof o.fc !== 'object' || o.fc === null || Array.isArray(o.fc))) {
    throw bad(`\`fc\` must be an object of fast-check parameters such as { seed, path, numRuns }, but received ${describe(o.fc)}.`)
  }
  if (o.fc !== undefined && !isArbitrary(args)) {
    throw bad('`fc` only applies when `args` is a fast-check arbitrary (property mode).')
  }
  const maxDepth = readMaxDepth(o.maxDepth)
  return {
    times,
    args,
    clone: o.clone ?? true,
    shuffle,
    shuffleUnordered,
    seed,
    concurrent: o.concurrent ?? false,
    normalize: o.normalize,
    unordered: o.unordered,
    ignore: o.ignore,
    errors,
    allowMutation: o.allowMutation ?? false,
    fc: o.fc,
    maxDepth,
  }
}

function readShuffle(value: IdempotentOptions['shuffle']): { shuffle: boolean; shuffleUnordered: boolean | readonly string[] } {
  if (value === undefined || typeof value === 'boolean') return { shuffle: value ?? false, shuffleUnordered: false }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value)
    const unknown = keys.find((k) => k !== 'unordered')
    if (unknown !== undefined) throw bad(`\`shuffle\` does not know the option \`${unknown}\`. Known options: \`unordered\`.`)
    const unordered = value.unordered ?? false
    if (typeof unordered !== 'boolean' && !isPaths(unordered)) {
      throw bad(`\`shuffle.unordered\` must be true, false or an array of paths such as ['$[0].rows'], but received ${describe(unordered)}.`)
    }
    if (Array.isArray(unordered)) compilePaths(unordered, 'shuffle.unordered')
    return { shuffle: true, shuffleUnordered: unordered }
  }
  throw bad(`\`shuffle\` must be true, false or { unordered }, but received ${describe(value)}.`)
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : typeof value
}
