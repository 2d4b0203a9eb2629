import { compilePaths } from '../core/paths/compilePaths'
import { optionError, type OptionRule } from './readOptions'

/** `true` or `false`. @internal */
export const BOOLEAN: OptionRule<boolean> = {
  expected: 'true or false',
  accepts: (value): value is boolean => typeof value === 'boolean',
}

/** A function. @internal */
export const FUNCTION: OptionRule<(...args: never[]) => unknown> = {
  expected: 'a function',
  accepts: (value): value is (...args: never[]) => unknown => typeof value === 'function',
}

/** An integer from `min` to `max`; `expected` may say why the bounds are what they are. @internal */
export function integerIn(
  min: number,
  max: number,
  expected = `an integer from ${min} to ${max}`,
): OptionRule<number> {
  return {
    expected,
    accepts: (value): value is number =>
      typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
  }
}

/** One of a few strings. @internal */
export function oneOf<T extends string>(...choices: readonly T[]): OptionRule<T> {
  return {
    expected: choices.map((choice) => `'${choice}'`).join(' or '),
    accepts: (value): value is T => (choices as readonly unknown[]).includes(value),
  }
}

const isPathList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((path) => typeof path === 'string')

/** An array of paths in the library's grammar; a path that does not parse is a `BAD_PATH` error. @internal */
export const PATHS: OptionRule<readonly string[]> = {
  expected: "an array of paths such as ['$.items[*].tags']",
  accepts: isPathList,
  check: (value, option) => void compilePaths(value, option),
}

/**
 * `true` (every choice), `false` (none) or an array of names among `choices`. An unknown name is a
 * `BAD_OPTIONS` error that names it and lists the choices, so a typo cannot silently ask for
 * nothing.
 * @example allOrSomeOf(['a', 'b'], 'source').accepts(['a']) // true
 * @internal
 */
export function allOrSomeOf<T extends string>(
  choices: readonly T[],
  noun: string,
): OptionRule<boolean | readonly T[]> {
  const known = choices.map((choice) => `'${choice}'`).join(', ')
  return {
    expected: `true, false or an array of ${noun}s (${known})`,
    accepts: (value): value is boolean | readonly T[] =>
      typeof value === 'boolean' ||
      (Array.isArray(value) && value.every((name) => typeof name === 'string')),
    check: (value, option) => {
      if (typeof value === 'boolean') return
      const unknown = value.find((name) => !choices.includes(name))
      if (unknown !== undefined) {
        throw optionError(
          option,
          `The \`${option}\` option does not know the ${noun} ${JSON.stringify(unknown)}. Known ${noun}s: ${known}.`,
        )
      }
    },
  }
}

/** `true` (everything), `false` (nothing) or an array of paths. @internal */
export const UNORDERED: OptionRule<boolean | readonly string[]> = {
  expected: "true, false or an array of paths such as ['$.items']",
  accepts: (value): value is boolean | readonly string[] =>
    typeof value === 'boolean' || isPathList(value),
  check: (value, option) => {
    if (typeof value !== 'boolean') compilePaths(value, option)
  },
}

/** The `maxDepth` option every traversal takes: a positive integer. @internal */
export const MAX_DEPTH: OptionRule<number> = {
  expected: 'a positive integer',
  accepts: (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1,
}

/** Options of `normalize`, shared by everything built on it. @internal */
export const NORMALIZE_RULES = { unordered: UNORDERED, ignore: PATHS, maxDepth: MAX_DEPTH } as const
