import { ExpectDeterministicError } from '../errors'

/** Who is asking for a golden: enough to number assertions, spot duplicates and retries. @internal */
export interface GoldenCaller {
  readonly testPath?: string | undefined
  readonly testName?: string | undefined
  /**
   * The runner's identity of the test (Vitest's task id, one number per Jest test), which tells
   * apart two tests of the same name. Without it, tests are told apart by name only.
   */
  readonly testId?: string | undefined
  /** How many times the runner has retried this test so far (0 on the first attempt). */
  readonly retry?: number | undefined
  /** Vitest's repeat count: a new run of the test that does not follow a failure. */
  readonly repeat?: number | undefined
  /**
   * The runner's assertion count for the current test (`expect.getState().assertionCalls`), which
   * Jest and Vitest reset when a test starts. Without `testId`, a count going back below that of
   * an earlier, settled golden is the only sign that the test started again.
   */
  readonly assertionCalls?: number | undefined
}

/** One golden as an assertion asked for it, to explain a conflict. @internal */
export interface GoldenClaim {
  readonly caller: GoldenCaller
  /** The `name` argument, or `undefined` for the `index`-th unnamed golden. */
  readonly name: string | undefined
  readonly index: number
}

/** Numbers the name of one golden is built from (see `goldenStem`). @internal */
export interface GoldenNumbers {
  /** 1-based number of an unnamed golden among those of tests with this name, in call order. */
  readonly index: number
  /** 1-based number of the test among tests of this name using this `name` (1 when unnamed). */
  readonly occurrence: number
  /** What the previous, failed attempt of this test wrote: run these (in order) before going on. */
  readonly undo: readonly (() => void)[]
}

interface TestRecord {
  /** The attempt's key (retry and repeat counts), with a test id only. */
  attempt: string | undefined
  /** The runner's retry count of that attempt. */
  retry: number
  /**
   * Without a test id: the least assertion count any later assertion of this attempt can see (one
   * more than that of the last golden the runner has counted). Goldens started together see the
   * same count; a lower one means the runner started the test again.
   */
  floor: number
  /** Where this test's unnamed goldens start counting (the count of earlier tests of its name). */
  base: number | undefined
  unnamed: number
  readonly files: Set<string>
  undo: (() => void)[]
}

/**
 * The golden files of one run of one test file: numbers unnamed assertions (1, 2, 3… per test
 * name, in the order assertions are made, continuing across tests of the same name as the runners
 * number snapshots), numbers a `name` used again by a later test of the same name, and turns two
 * assertions that would share one file into a `GOLDEN_CONFLICT`. Files are compared with letter
 * case folded, since macOS and Windows file systems ignore it.
 *
 * A retried or repeated test starts again: it may claim its own files again, gets the same
 * numbers, and after a retry (a run that follows a failure) gets back what the failed attempt
 * wrote, to undo. It also remembers which golden files and folders the run touched, for finding
 * obsolete goldens after the run.
 * @internal
 */
export class GoldenSession {
  private readonly tests = new Map<string, TestRecord>()
  private readonly owners = new Map<string, GoldenClaim>()
  private readonly unnamedCount = new Map<string, number>()
  private readonly users = new Map<string, string[]>()
  private readonly bases = new Set<string>()
  private readonly folders = new Set<string>()

  /** Registers one assertion when it is made and returns the numbers its file name needs. */
  begin(caller: GoldenCaller, name: string | undefined): GoldenNumbers {
    const key = testKey(caller)
    const attempt = attemptOf(caller)
    let record = this.tests.get(key)
    let undo: (() => void)[] = []
    if (record !== undefined && isNewAttempt(record, caller, attempt)) {
      // Forget what the previous attempt claimed: the new one uses the same files again.
      for (const file of record.files) this.owners.delete(file)
      record.files.clear()
      if (isRetry(record, caller)) undo = record.undo
      Object.assign(record, {
        attempt,
        retry: caller.retry ?? 0,
        floor: caller.assertionCalls ?? 0,
        unnamed: 0,
        undo: [],
      })
    }
    if (record === undefined) {
      record = {
        attempt,
        retry: caller.retry ?? 0,
        floor: caller.assertionCalls ?? 0,
        base: undefined,
        unnamed: 0,
        files: new Set(),
        undo: [],
      }
      this.tests.set(key, record)
    }
    const nameKey = caller.testName ?? ''
    if (name !== undefined) {
      const usersKey = `${nameKey}\u0000${name}`
      const users = this.users.get(usersKey) ?? []
      if (!users.includes(key)) users.push(key)
      this.users.set(usersKey, users)
      return { index: record.unnamed, occurrence: users.indexOf(key) + 1, undo }
    }
    record.base ??= this.unnamedCount.get(nameKey) ?? 0
    record.unnamed += 1
    const index = record.base + record.unnamed
    this.unnamedCount.set(nameKey, Math.max(index, this.unnamedCount.get(nameKey) ?? 0))
    return { index, occurrence: 1, undo }
  }

  /**
   * Records that the runner has counted the golden `caller` began (it returned a result), so every
   * later assertion of this attempt sees a higher count.
   */
  settle(caller: GoldenCaller): void {
    const record = this.tests.get(testKey(caller))
    const calls = caller.assertionCalls
    if (record !== undefined && calls !== undefined && record.attempt === attemptOf(caller)) {
      record.floor = Math.max(record.floor, calls + 1)
    }
  }

  /**
   * Claims the golden at `base` (path without extension) when the assertion is made, so the first
   * assertion made keeps the file whatever order promises settle in. Returns the claim that
   * already has the file in this run (`undefined` when none), for `conflictError`.
   */
  reserve(claim: GoldenClaim, base: string, folder: string): GoldenClaim | undefined {
    const file = base.toLowerCase()
    const owner = this.owners.get(file)
    if (owner !== undefined) return owner
    this.owners.set(file, claim)
    this.tests.get(testKey(claim.caller))?.files.add(file)
    this.bases.add(base)
    this.folders.add(folder)
    return undefined
  }

  /**
   * Gives back the file `claim` reserved, when its assertion ended before comparing anything (a
   * rejected promise, a value that cannot be written as text), so a later assertion may use it.
   */
  release(claim: GoldenClaim, base: string): void {
    const file = base.toLowerCase()
    if (this.owners.get(file) !== claim) return
    this.owners.delete(file)
    this.tests.get(testKey(claim.caller))?.files.delete(file)
    this.bases.delete(base)
  }

  /** Keeps `undo` to run if this attempt of the test fails and the runner retries it. */
  remember(caller: GoldenCaller, undo: () => void): void {
    this.tests.get(testKey(caller))?.undo.push(undo)
  }

  /** Every golden (path without extension) claimed in this run. */
  touchedBases(): ReadonlySet<string> {
    return this.bases
  }

  /** Every folder that holds a golden claimed in this run. */
  touchedFolders(): ReadonlySet<string> {
    return this.folders
  }
}

/**
 * The `GOLDEN_CONFLICT` error for the golden file `display` (as shown to the user), claimed by
 * `mine` after `theirs` had it: says who the two are and how to tell them apart.
 * @internal
 */
export function conflictError(
  display: string,
  mine: GoldenClaim,
  theirs: GoldenClaim,
): ExpectDeterministicError {
  const sameTest = testKey(mine.caller) === testKey(theirs.caller)
  const sameNames =
    mine.name === theirs.name && (mine.name !== undefined || mine.index === theirs.index)
  if (sameTest && sameNames) {
    // Without a runner there is no test to tell a second assertion from this one run again.
    const noTest = mine.caller.testName === undefined && mine.caller.testId === undefined
    return new ExpectDeterministicError(
      'GOLDEN_CONFLICT',
      noTest
        ? `The golden file ${display} was already claimed in this process by an assertion with ` +
            'this name: two assertions of this file share it, or this one ran again (a retry, ' +
            'watch mode). Give each assertion a distinct `name` argument; a retried or repeated ' +
            'assertion needs a runner that tells its attempts apart (see docs/homes.md).'
        : `The golden file ${display} was already used by another assertion in this test in this run. ` +
            'Two assertions must not share a golden file: give each a distinct `name` argument.',
    )
  }
  const who = sameTest
    ? `two assertions of the test ${quote(mine.caller.testName)}: ${describe(theirs)} and ${describe(mine)}`
    : `two tests: ${quote(theirs.caller.testName)} (${describe(theirs)}) and ${quote(mine.caller.testName)} (${describe(mine)})`
  const fix = sameTest
    ? 'give the assertions names that differ in letters or digits'
    : 'rename one of the tests, or give the assertions names that differ in letters or digits'
  return new ExpectDeterministicError(
    'GOLDEN_CONFLICT',
    `The golden file ${display} would hold the values of ${who}. ${why(mine, theirs)} ` +
      `Golden files are never shared: ${fix}.`,
  )
}

function describe(claim: GoldenClaim): string {
  return claim.name === undefined
    ? `unnamed golden ${claim.index}`
    : `name ${JSON.stringify(claim.name)}`
}

function quote(testName: string | undefined): string {
  return testName === undefined ? '(outside a test)' : JSON.stringify(testName)
}

function why(mine: GoldenClaim, theirs: GoldenClaim): string {
  const spelled = (claim: GoldenClaim) =>
    `${claim.caller.testName ?? ''}\u0000${claim.name ?? String(claim.index)}`
  if (mine.name === undefined || theirs.name === undefined) {
    if (mine.name !== theirs.name)
      return 'A name made only of digits reads as the number of an unnamed golden.'
  }
  if (spelled(mine) === spelled(theirs))
    return 'They have the same names and were numbered alike (tests of one name running at once).'
  if (spelled(mine).toLowerCase() === spelled(theirs).toLowerCase())
    return 'Their names differ only in letter case, which macOS and Windows file systems ignore.'
  return (
    'Their names differ only in characters that file names do not keep (every run of characters ' +
    'other than A-Z, a-z, 0-9, _ and - becomes one -), or only in letter case.'
  )
}

function attemptOf(caller: GoldenCaller): string | undefined {
  if (caller.testId === undefined) return undefined
  return `${String(caller.retry ?? 0)}:${String(caller.repeat ?? 0)}`
}

function isNewAttempt(record: TestRecord, caller: GoldenCaller, attempt: string | undefined) {
  if (attempt !== record.attempt) return true
  return (
    caller.testId === undefined &&
    caller.assertionCalls !== undefined &&
    caller.assertionCalls < record.floor
  )
}

/** Only a retry is known to follow a failure; a repeat (or a guess from counts) may follow a pass. */
function isRetry(record: TestRecord, caller: GoldenCaller): boolean {
  if (caller.testId === undefined || record.attempt === undefined) return false
  return record.retry < (caller.retry ?? 0)
}

function testKey(caller: GoldenCaller): string {
  return `${caller.testPath ?? ''}\u0000${caller.testId ?? `name:${caller.testName ?? ''}`}`
}
