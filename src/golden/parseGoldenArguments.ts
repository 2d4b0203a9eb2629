import { ExpectDeterministicError } from '../errors'
import { readOptions, type OptionRule } from '../options/readOptions'
import { NORMALIZE_RULES } from '../options/rules'
import type { NormalizeOptions } from '../types'

/**
 * Options of `toMatchGoldenSorted(name?, options?)`.
 *
 * The golden holds `stableStringify(value, { unordered, ignore, maxDepth })` with the default
 * indent of 2, so every element stands on its own line and diffs stay small.
 *
 * @example expect(report).toMatchGoldenSorted('weekly', { unordered: ['$.rows'], ignore: ['$.generatedAt'] })
 * @since 0.1.0
 */
export interface GoldenOptions extends NormalizeOptions {
  /**
   * Folder of the golden files: relative to the test file's folder (or to the working directory
   * outside a test runner), or absolute. Default `__golden__`. Each test file gets its own
   * sub-folder inside it.
   */
  readonly dir?: string
}

const DIR: OptionRule<string> = {
  expected: 'a non-empty folder path without NUL characters',
  accepts: (value): value is string =>
    typeof value === 'string' && value.trim() !== '' && !value.includes('\0'),
}

/** The options `toMatchGoldenSorted` accepts: those of `stableStringify` but `indent`, and `dir`. */
const GOLDEN_RULES = { ...NORMALIZE_RULES, dir: DIR } as const

/** Arguments of the matcher after checking: a name (maybe none) and the options. @internal */
export interface GoldenArguments {
  readonly name: string | undefined
  readonly options: GoldenOptions
}

/**
 * Reads `(name?, options?)` or `(options)`. Calls `fail(rule, value)` (which must throw) for a
 * name that is not a non-empty string, and for options the one options reader refuses (own
 * properties only, so an inherited `dir` can never move the golden).
 *
 * @example parseGoldenArguments(['users', { dir: 'goldens' }], fail) // { name: 'users', options: { dir: 'goldens' } }
 * @internal
 */
export function parseGoldenArguments(
  args: readonly unknown[],
  fail: (rule: string, value: unknown) => never,
): GoldenArguments {
  if (args.length > 2)
    fail('toMatchGoldenSorted takes at most two arguments: a name and an options object.', args[2])
  const [first, second] = args
  // An array is never an options object: `toMatchGoldenSorted(['a'])` is a bad name, not option `0`.
  const optionsFirst =
    typeof first === 'object' && first !== null && !Array.isArray(first) && second === undefined
  const name = optionsFirst ? undefined : first
  const options = optionsFirst ? first : second
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    fail('the golden name must be a non-empty string.', name)
  }
  try {
    return {
      name: name as string | undefined,
      options: readOptions(options, GOLDEN_RULES, 'toMatchGoldenSorted()'),
    }
  } catch (error) {
    if (error instanceof ExpectDeterministicError) return fail(error.message, options)
    throw error
  }
}
