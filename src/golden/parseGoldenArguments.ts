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

/** The option names `toMatchGoldenSorted` accepts. */
export const GOLDEN_OPTION_NAMES = ['unordered', 'ignore', 'maxDepth', 'dir'] as const

/** Arguments of the matcher after checking: a name (maybe none) and the options. */
export interface GoldenArguments {
  readonly name: string | undefined
  readonly options: GoldenOptions
}

/**
 * Reads `(name?, options?)` or `(options)`. Calls `fail(rule, value)` (which must throw) for a
 * name that is not a non-empty string, options that are not a plain object, an unknown option
 * or a `dir` that is not a non-empty string; `unordered`, `ignore` and `maxDepth` are checked by
 * `stableStringify` itself.
 *
 * @example parseGoldenArguments(['users', { dir: 'goldens' }], fail) // { name: 'users', options: { dir: 'goldens' } }
 * @since 0.1.0
 */
export function parseGoldenArguments(args: readonly unknown[], fail: (rule: string, value: unknown) => never): GoldenArguments {
  if (args.length > 2) fail('toMatchGoldenSorted takes at most two arguments: a name and an options object.', args[2])
  const [first, second] = args
  const optionsFirst = typeof first === 'object' && first !== null && second === undefined
  const name = optionsFirst ? undefined : first
  const options = optionsFirst ? first : second
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    fail('the golden name must be a non-empty string.', name)
  }
  if (options === undefined) return { name: name as string | undefined, options: {} }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('the options must be an object.', options)
  }
  for (const key of Object.keys(options as object)) {
    if (!(GOLDEN_OPTION_NAMES as readonly string[]).includes(key)) {
      fail(`unknown option \`${key}\`; the options are ${GOLDEN_OPTION_NAMES.map((k) => `\`${k}\``).join(', ')}.`, options)
    }
  }
  const dir = (options as GoldenOptions).dir
  if (dir !== undefined && (typeof dir !== 'string' || dir.trim() === '')) {
    fail('the `dir` option must be a non-empty string.', dir)
  }
  return { name: name as string | undefined, options: options as GoldenOptions }
}
