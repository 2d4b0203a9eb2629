/**
 * What `checkIdempotent` compares in place of an output when a call throws and `errors` is
 * `'compare'`: the error's class and message (never its stack, which names lines), or the thrown
 * value itself when it is not an Error.
 *
 * @example
 * new Thrown(new RangeError('too big')) // Thrown { class: 'RangeError', message: 'too big' }
 * @since 0.1.0
 */
export class Thrown {
  /** The error's constructor name, e.g. `'TypeError'`; absent when a non-Error was thrown. */
  declare readonly class?: string
  /** The error's message; absent when a non-Error was thrown. */
  declare readonly message?: string
  /** The thrown value, when it was not an Error (`throw 'nope'`). */
  declare readonly value?: unknown

  // `declare` fields: only the fields that apply become own properties, so equal errors compare equal.
  constructor(thrown: unknown) {
    if (thrown instanceof Error) {
      const ctor = (Object.getPrototypeOf(thrown) as { constructor?: { name?: unknown } } | null)
        ?.constructor
      this.class = typeof ctor?.name === 'string' && ctor.name !== '' ? ctor.name : thrown.name
      this.message = thrown.message
    } else {
      this.value = thrown
    }
  }
}
