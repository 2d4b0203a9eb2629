import { ExpectDeterministicError } from '../errors'

/** Who is asking for a golden: enough to number unnamed assertions and to spot duplicates. @internal */
export interface GoldenCaller {
  readonly testPath?: string | undefined
  readonly testName?: string | undefined
  /**
   * The runner's assertion count for the current test (`expect.getState().assertionCalls`), which
   * Jest and Vitest reset when a test (or a retry of it) starts. Used to tell a retry from a
   * second assertion; without it (and without `attempt`) every call counts as the same attempt.
   */
  readonly assertionCalls?: number | undefined
  /**
   * The runner's own name for this run of the test, when it has one (Vitest: task id, retry and
   * repeat count). A change means a new attempt, whatever the assertion count says.
   */
  readonly attempt?: string | undefined
}

interface TestRecord {
  readonly attempt: string | undefined
  /**
   * The least assertion count any later assertion of this attempt can see: one more than the count
   * of the last golden whose result the runner has counted. Jest and `expect` count an assertion
   * only once its result settles, so goldens started together see the same count; a count below
   * this floor can only come from a runner that started the test again.
   */
  floor: number
  unnamed: number
  readonly files: Set<string>
}

/**
 * The golden files claimed in one run of one test file (one module instance per test file in both
 * runners), so that two assertions that resolve to the same file fail with `GOLDEN_CONFLICT`
 * instead of overwriting each other, and unnamed assertions get 1, 2, 3... within their test, in
 * the order the assertions were made (also for promises that settle in another order).
 *
 * A retried (or repeated) test starts again from 1 and may claim its own files again: a new
 * attempt is recognised by the runner's attempt name changing, or by the assertion count going
 * below what an earlier, settled golden of the test guarantees. Goldens started together (for
 * example under `Promise.all`) are one attempt, so they conflict or get distinct numbers.
 * @internal
 */
export class GoldenSession {
  private readonly tests = new Map<string, TestRecord>()
  private readonly owners = new Map<string, string>()

  /**
   * Registers one assertion of `caller` when it is made, and returns its 1-based number among the
   * unnamed assertions of its test (unchanged for a named one).
   */
  begin(caller: GoldenCaller, named: boolean): number {
    const key = testKey(caller)
    let record = this.tests.get(key)
    if (record !== undefined && isNewAttempt(record, caller)) {
      // Forget what the previous attempt claimed: the new one writes the same files again.
      for (const file of record.files) this.owners.delete(file)
      record = undefined
    }
    if (record === undefined) {
      record = {
        attempt: caller.attempt,
        floor: caller.assertionCalls ?? 0,
        unnamed: 0,
        files: new Set(),
      }
      this.tests.set(key, record)
    }
    if (!named) record.unnamed += 1
    return record.unnamed
  }

  /**
   * Records that the runner has counted the golden `caller` began (it returned a result, passing or
   * failing), so every later assertion of this attempt sees a higher count.
   */
  settle(caller: GoldenCaller): void {
    const record = this.tests.get(testKey(caller))
    const calls = caller.assertionCalls
    if (record !== undefined && calls !== undefined && record.attempt === caller.attempt) {
      record.floor = Math.max(record.floor, calls + 1)
    }
  }

  /**
   * Claims `file` for `caller` when the assertion is made, so the first assertion made keeps the
   * file whatever order promises settle in. Returns who already had it in this run (`undefined`
   * when nobody did), for `conflictError`.
   */
  reserve(caller: GoldenCaller, file: string): string | undefined {
    const key = testKey(caller)
    const owner = this.owners.get(file)
    if (owner !== undefined)
      return owner === key
        ? 'another assertion in this test'
        : `the test "${owner.split('\u0000')[1] ?? ''}"`
    this.owners.set(file, key)
    this.tests.get(key)?.files.add(file)
    return undefined
  }

  /**
   * Gives back `file`, reserved by `caller` with `reserve`, when its assertion ended before
   * comparing anything (a rejected promise, a value that cannot be written as text), so a later
   * assertion may use the name. Call it only for a reservation that succeeded.
   */
  release(caller: GoldenCaller, file: string): void {
    const key = testKey(caller)
    if (this.owners.get(file) !== key) return
    this.owners.delete(file)
    this.tests.get(key)?.files.delete(file)
  }

  /** Claims `file` for `caller`; throws `GOLDEN_CONFLICT` when anyone already has it in this run. */
  claim(caller: GoldenCaller, file: string, display: string): void {
    const owner = this.reserve(caller, file)
    if (owner !== undefined) throw conflictError(display, owner)
  }
}

/**
 * The `GOLDEN_CONFLICT` error for the golden file `display` (as shown to the user), already used
 * by `owner` (from `GoldenSession.reserve`).
 * @internal
 */
export function conflictError(display: string, owner: string): ExpectDeterministicError {
  return new ExpectDeterministicError(
    'GOLDEN_CONFLICT',
    `The golden file ${display} was already used by ${owner} in this run. ` +
      'Two assertions must not share a golden file: give each a distinct `name` argument.',
  )
}

function isNewAttempt(record: TestRecord, caller: GoldenCaller): boolean {
  if (caller.attempt !== record.attempt) return true
  return caller.assertionCalls !== undefined && caller.assertionCalls < record.floor
}

function testKey(caller: GoldenCaller): string {
  return `${caller.testPath ?? ''}\u0000${caller.testName ?? ''}`
}
