import { Kind, kindOf } from '../core/kinds/kindOf'
import { traversalError } from '../core/traversal/traversalError'

/**
 * What `checkIdempotent` compares in place of an output when a call throws and `errors` is
 * `'compare'`: the error's class and message (never its stack, which names lines), or the thrown
 * value itself when it is not an Error. Errors of another realm (Node's built-ins under Jest, a
 * `node:vm` context) count as errors: they are recognised by their internal slot.
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
  // A message getter that throws is the core's UNREADABLE at `$.message`, not the user's error.
  constructor(thrown: unknown) {
    if (!isError(thrown)) {
      this.value = thrown
      return
    }
    const ctor = read(
      () =>
        (Object.getPrototypeOf(thrown) as { constructor?: { name?: unknown } } | null)?.constructor,
      'constructor',
    )
    const name = read(() => (thrown as Error).name, 'name')
    this.class = typeof ctor?.name === 'string' && ctor.name !== '' ? ctor.name : String(name)
    this.message = read(() => (thrown as Error).message, 'message')
  }
}

function isError(thrown: unknown): boolean {
  try {
    return kindOf(thrown) === Kind.Error
  } catch (cause) {
    throw traversalError(cause, [])
  }
}

function read<T>(get: () => T, key: string): T {
  try {
    return get()
  } catch (error) {
    throw traversalError(error, [key])
  }
}
