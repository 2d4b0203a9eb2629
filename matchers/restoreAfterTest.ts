import { closeOpenSession } from '../src/idempotent/perturb/PerturbSession'

/**
 * The setup entries' end-of-test hook: when a check with `perturb` is still open (a call that
 * never settled, a test that timed out, an assertion that was not awaited), its patches of the
 * globals are restored before the next test, and the test fails saying why.
 * @example afterEach(restoreAfterTest)
 * @internal
 */
export function restoreAfterTest(): void {
  if (closeOpenSession()) {
    throw new Error(
      'toBeIdempotent: a check with `perturb` was still running when the test ended (a call that never ' +
        'settled, or an assertion that was not awaited). Its patches of Date, Math.random, fs, timers and the ' +
        'rest are restored now. Await the assertion (await expect(fn).toBeIdempotent({ perturb: … })) and make ' +
        'sure every call settles.',
    )
  }
}
