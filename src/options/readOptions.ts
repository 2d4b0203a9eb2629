import { ExpectDeterministicError } from '../errors'
import { describeValue } from './describeValue'

/**
 * One option's rule: what a valid value is in words (for the message), how to recognise one, and
 * an optional deeper check that throws its own error (a path that does not parse: `BAD_PATH`).
 * @internal
 */
export interface OptionRule<T = unknown> {
  /** What the option takes, completing "must be …": `true or false`, `an array of paths`. */
  readonly expected: string
  /** Whether `value` is acceptable (never called with `undefined`: absent options are allowed). */
  accepts(value: unknown): value is T
  /** Runs after `accepts` succeeded; throws for values of the right type that are still wrong. */
  check?(value: T, option: string): void
}

/** Every option an options object may hold, by name. @internal */
export type OptionSchema = { readonly [name: string]: OptionRule }

/** What `readOptions` returns: each known option's value, or `undefined` when it was not given. @internal */
export type OptionValues<S extends OptionSchema> = {
  -readonly [K in keyof S]?: S[K] extends OptionRule<infer T> ? T : never
}

/**
 * The error for one option: `BAD_OPTIONS` with the option's name in `option`, so no caller has
 * to parse the message to know which option was wrong.
 * @internal
 */
export function optionError(option: string | undefined, message: string): ExpectDeterministicError {
  return new ExpectDeterministicError('BAD_OPTIONS', message, { option })
}

/**
 * The one reader of options objects in the library. It reads **own** enumerable properties only,
 * so a polluted `Object.prototype` can never supply an option (a `dir` that writes elsewhere, an
 * `allowMutation` that silences a check), rejects unknown names (a typo must not pass silently),
 * and words every error the same way:
 *
 * - not an object: "<caller> takes an options object, but received an array."
 * - unknown name: "<caller> does not know the option `unorderd`. Known options: …"
 * - bad value: "The `times` option of <caller> must be <rule>, but received 1."
 *
 * `prefix` names a nested options object (`shuffle.` for `shuffle: { unordered }`).
 *
 * @example readOptions({ deep: false }, { deep: BOOLEAN }, 'toEqualUnordered') // { deep: false }
 * @internal
 */
export function readOptions<S extends OptionSchema>(
  options: unknown,
  schema: S,
  caller: string,
  prefix = '',
): OptionValues<S> {
  // No prototype: reading an option that was not given must find nothing, not a property that a
  // polluted Object.prototype supplies.
  const values = Object.create(null) as Record<string, unknown>
  if (options === undefined) return values as OptionValues<S>
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const what = prefix === '' ? caller : `The \`${prefix.slice(0, -1)}\` option of ${caller}`
    throw optionError(
      prefix === '' ? undefined : prefix.slice(0, -1),
      `${what} takes an options object, but received ${describeValue(options)}.`,
    )
  }
  for (const key of Object.keys(options)) {
    const option = prefix + key
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      const known = Object.keys(schema).map((name) => `\`${name}\``)
      throw optionError(
        option,
        `${caller} does not know the option \`${option}\`. Known options: ${known.join(', ')}.`,
      )
    }
    const value = readOwn(options, key, option, caller)
    if (value === undefined) continue
    const rule = schema[key] as OptionRule
    if (!rule.accepts(value)) {
      throw optionError(
        option,
        `The \`${option}\` option of ${caller} must be ${rule.expected}, but received ${describeValue(value)}.`,
      )
    }
    rule.check?.(value, option)
    values[key] = value
  }
  return values as OptionValues<S>
}

/** Reads one own property; a getter that throws is the caller's bad option, not a crash. */
function readOwn(options: object, key: string, option: string, caller: string): unknown {
  try {
    return (options as Record<string, unknown>)[key]
  } catch (error) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `Reading the \`${option}\` option of ${caller} threw.`,
      {
        option,
        cause: error,
      },
    )
  }
}
