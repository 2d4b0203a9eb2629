import { ExpectDeterministicError } from '../errors'

/** The error for an option with the wrong type or name. */
export function optionsError(message: string): ExpectDeterministicError {
  return new ExpectDeterministicError('BAD_OPTIONS', message)
}

/**
 * Checks that `options` is absent or a plain object whose keys are all in `allowed`, so a typo
 * such as `{ unorderd: true }` fails loudly instead of being silently ignored.
 */
export function readOptions<T extends object>(options: T | undefined, allowed: readonly string[], caller: string): Partial<Record<string, unknown>> & T {
  if (options === undefined) return {} as T
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw optionsError(
      `${caller}() takes an options object as its second argument, but received ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}.`,
    )
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw optionsError(
        `${caller}() does not know the option \`${key}\`. Known options: ${allowed.map((k) => `\`${k}\``).join(', ')}.`,
      )
    }
  }
  return options as Partial<Record<string, unknown>> & T
}
