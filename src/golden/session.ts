import { ExpectDeterministicError } from '../errors'

/** Who is asking for a golden: enough to number unnamed assertions and to spot duplicates. */
export interface GoldenCaller {
  readonly testPath?: string | undefined
  readonly testName?: string | undefined
  /**
   * The runner's assertion count for the current test (`expect.getState().assertionCalls`), which
   * Jest and Vitest reset when a test (or a retry of it) starts. Used to tell a retry from a
   * second assertion; without it every call counts as the same attempt.
   */
  readonly assertionCalls?: number | undefined
}

interface TestRecord {
  lastCall: number
  unnamed: number
  files: Set<string>
}

/**
 * The golden files claimed in one run of one test file (one module instance per test file in both
 * runners), so that two assertions that resolve to the same file fail with `GOLDEN_CONFLICT`
 * instead of overwriting each other, and unnamed assertions get 1, 2, 3... within their test.
 *
 * A retried test starts again from 1 and may claim its own files again: a retry is recognised by
 * the runner's assertion count going back down.
 * @since 0.1.0
 */
export class GoldenSession {
  private readonly tests = new Map<string, TestRecord>()
  private readonly owners = new Map<string, string>()

  /**
   * Registers one assertion of `caller` and returns its 1-based number among the unnamed
   * assertions of its test (unchanged for a named one).
   */
  begin(caller: GoldenCaller, named: boolean): number {
    const key = testKey(caller)
    let record = this.tests.get(key)
    const calls = caller.assertionCalls
    if (record !== undefined && calls !== undefined && calls <= record.lastCall) {
      // The count went back: a new attempt of the same test. Forget what the previous one claimed.
      for (const file of record.files) this.owners.delete(file)
      record = undefined
    }
    if (record === undefined) {
      record = { lastCall: -1, unnamed: 0, files: new Set() }
      this.tests.set(key, record)
    }
    if (calls !== undefined) record.lastCall = calls
    if (!named) record.unnamed += 1
    return record.unnamed
  }

  /** Claims `file` for `caller`; throws `GOLDEN_CONFLICT` when anyone already has it in this run. */
  claim(caller: GoldenCaller, file: string, display: string): void {
    const key = testKey(caller)
    const owner = this.owners.get(file)
    if (owner !== undefined) {
      const where = owner === key ? 'another assertion in this test' : `the test "${owner.split('\u0000')[1] ?? ''}"`
      throw new ExpectDeterministicError(
        'GOLDEN_CONFLICT',
        `The golden file ${display} was already used by ${where} in this run. ` +
          'Two assertions must not share a golden file: give each a distinct `name` argument.',
      )
    }
    this.owners.set(file, key)
    this.tests.get(key)?.files.add(file)
  }
}

function testKey(caller: GoldenCaller): string {
  return `${caller.testPath ?? ''}\u0000${caller.testName ?? ''}`
}
