import { ExpectDeterministicError } from '../errors'

// The errors about the data itself: a bad option is about the check, not one call.
const DATA_ERRORS: readonly string[] = ['UNREADABLE', 'TOO_DEEP', 'TOO_LONG', 'UNCOMPARABLE']

/**
 * Runs one step of call `index` (copying its arguments, reading its output) and names the call in
 * the library's errors about unreadable, too deep or too large data, so a message says which of
 * the calls met the hostile value: "Call 3: Reading the value at $.user threw …".
 *
 * @example atCall(2, () => settleCall(...)) // an UNREADABLE error reads "Call 3: …"
 * @internal
 */
export function atCall<T>(index: number, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof ExpectDeterministicError) || error.option !== undefined) throw error
    if (!DATA_ERRORS.includes(error.code)) throw error
    throw new ExpectDeterministicError(error.code, `Call ${index + 1}: ${error.message}`, {
      path: error.path,
      cause: error,
    })
  }
}
