/** Strips ANSI colour codes so message snapshots stay readable. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '')
}

/**
 * Runs an assertion that must fail and returns its message without ANSI codes. Fails the test
 * when the assertion passes, so a message test can never pass vacuously.
 */
export function failureOf(assertion: () => unknown): string {
  try {
    assertion()
  } catch (error) {
    return stripAnsi(error instanceof Error ? error.message : String(error))
  }
  throw new Error('Expected the assertion to fail, but it passed.')
}

/** The async twin of `failureOf`, for matchers that return promises. */
export async function asyncFailureOf(assertion: () => Promise<unknown>): Promise<string> {
  try {
    await assertion()
  } catch (error) {
    return stripAnsi(error instanceof Error ? error.message : String(error))
  }
  throw new Error('Expected the assertion to fail, but it passed.')
}
