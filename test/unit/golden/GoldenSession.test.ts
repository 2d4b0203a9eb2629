import { describe, expect, test } from 'vitest'
import {
  conflictError,
  GoldenSession,
  type GoldenCaller,
  type GoldenClaim,
} from '../../../src/golden/GoldenSession'

const caller = (
  assertionCalls?: number,
  testName = 'a test',
  run: { testId?: string; retry?: number; repeat?: number } = {},
): GoldenCaller => ({ testPath: '/p/x.test.ts', testName, assertionCalls, ...run })

/** One golden as the matcher makes it: begin, reserve, then the runner counts its result. */
function golden(
  session: GoldenSession,
  who: GoldenCaller,
  file: string,
  name?: string,
): { index: number; occurrence: number; owner: GoldenClaim | undefined } {
  const numbers = session.begin(who, name)
  const owner = session.reserve({ caller: who, name, index: numbers.index }, file, '/g')
  session.settle(who)
  return { index: numbers.index, occurrence: numbers.occurrence, owner }
}

/** The message of the conflict `mine` meets, or undefined when it gets the file. */
function conflictOf(session: GoldenSession, who: GoldenCaller, file: string, name?: string) {
  const numbers = session.begin(who, name)
  const mine = { caller: who, name, index: numbers.index }
  const owner = session.reserve(mine, file, '/g')
  session.settle(who)
  return owner === undefined ? undefined : conflictError(file, mine, owner).message
}

describe('GoldenSession numbering', () => {
  test('passes when unnamed assertions of one test are numbered 1, 2, 3', () => {
    const session = new GoldenSession()
    expect([
      golden(session, caller(0), '/g/1').index,
      golden(session, caller(1), '/g/2').index,
      golden(session, caller(2), '/g/3').index,
    ]).toEqual([1, 2, 3])
  })

  test('passes when named assertions do not advance the counter', () => {
    const session = new GoldenSession()
    expect([
      session.begin(caller(1), undefined).index,
      session.begin(caller(2), 'x').occurrence,
      session.begin(caller(3), undefined).index,
    ]).toEqual([1, 1, 2])
  })

  test('passes when each test name counts on its own', () => {
    const session = new GoldenSession()
    session.begin(caller(1, 'one'), undefined)
    expect(session.begin(caller(1, 'two'), undefined).index).toBe(1)
  })

  test('passes when unnamed goldens started together get distinct numbers', () => {
    const session = new GoldenSession()
    expect([
      session.begin(caller(2), undefined).index,
      session.begin(caller(2), undefined).index,
    ]).toEqual([1, 2])
  })
})

describe('GoldenSession with tests of the same name', () => {
  const first = { testId: 't1' }
  const second = { testId: 't2' }

  test('passes when a second test of the same name keeps counting unnamed goldens, as runners number snapshots', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(0, 'same', first), '/g/same.1').index).toBe(1)
    expect(golden(session, caller(1, 'same', first), '/g/same.2').index).toBe(2)
    expect(golden(session, caller(0, 'same', second), '/g/same.3')).toMatchObject({
      index: 3,
      owner: undefined,
    })
  })

  test('passes when a second test of the same name using the same name gets occurrence 2', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(0, 'same', first), '/g/same.r', 'r').occurrence).toBe(1)
    expect(golden(session, caller(0, 'same', second), '/g/same.r.2', 'r')).toMatchObject({
      occurrence: 2,
      owner: undefined,
    })
    // The first test keeps its number on a later assertion.
    expect(session.begin(caller(1, 'same', first), 'r').occurrence).toBe(1)
  })
})

describe('GoldenSession conflicts', () => {
  test('throws when two assertions of one test claim one file', () => {
    const session = new GoldenSession()
    golden(session, caller(1), '/g/a.x', 'x')
    expect(conflictOf(session, caller(2), '/g/a.x', 'x')).toBe(
      'The golden file /g/a.x was already used by another assertion in this test in this run. Two assertions must not share a golden file: give each a distinct `name` argument.',
    )
  })

  test('throws when an assertion without a test claims a file again, naming the likely reasons', () => {
    const session = new GoldenSession()
    const plain = { testPath: '/p/report.mjs' }
    golden(session, plain, '/g/a.x', 'x')
    expect(conflictOf(session, plain, '/g/a.x', 'x')).toBe(
      'The golden file /g/a.x was already claimed in this process by an assertion with this name: two assertions of this file share it, or this one ran again (a retry, watch mode). Give each assertion a distinct `name` argument; a retried or repeated assertion needs a runner that tells its attempts apart (see docs/homes.md).',
    )
  })

  test('throws when two tests whose names sanitise alike claim one file, naming both and why', () => {
    const session = new GoldenSession()
    golden(session, caller(1, 'a b', { testId: '1' }), '/g/a-b.x', 'x')
    expect(conflictOf(session, caller(1, 'a-b', { testId: '2' }), '/g/a-b.x', 'x')).toBe(
      'The golden file /g/a-b.x would hold the values of two tests: "a b" (name "x") and "a-b" (name "x"). ' +
        'Their names differ only in characters that file names do not keep (every run of characters other than A-Z, a-z, 0-9, _ and - becomes one -), or only in letter case. ' +
        'Golden files are never shared: rename one of the tests, or give the assertions names that differ in letters or digits.',
    )
  })

  test('throws when two names differ only in letter case, on every file system', () => {
    const session = new GoldenSession()
    golden(session, caller(1, 'Report', { testId: '1' }), '/g/Report.x', 'x')
    expect(conflictOf(session, caller(1, 'report', { testId: '2' }), '/g/report.x', 'x')).toMatch(
      /Their names differ only in letter case, which macOS and Windows file systems ignore\./,
    )
  })

  test('throws when a name made of digits meets an unnamed golden of the same number', () => {
    const session = new GoldenSession()
    golden(session, caller(1), '/g/t.1')
    expect(conflictOf(session, caller(2), '/g/t.1', '1')).toBe(
      'The golden file /g/t.1 would hold the values of two assertions of the test "a test": unnamed golden 1 and name "1". ' +
        'A name made only of digits reads as the number of an unnamed golden. ' +
        'Golden files are never shared: give the assertions names that differ in letters or digits.',
    )
  })

  test('throws when two goldens started together (same count, none settled) claim one file', () => {
    const session = new GoldenSession()
    const mine = { caller: caller(3), name: 'report', index: 0 }
    session.begin(caller(3), 'report')
    session.begin(caller(3), 'report')
    expect(session.reserve(mine, '/g/report', '/g')).toBeUndefined()
    expect(session.reserve(mine, '/g/report', '/g')).toBe(mine)
  })

  test("passes when a released file is claimed again, and release leaves another test's file alone", () => {
    const session = new GoldenSession()
    const claim = { caller: caller(1), name: 'r', index: 0 }
    session.begin(caller(1), 'r')
    session.reserve(claim, '/g/r', '/g')
    session.release(claim, '/g/r')
    expect(golden(session, caller(2), '/g/r', 'r').owner).toBeUndefined()
    session.release({ caller: caller(3, 'other test'), name: 'r', index: 0 }, '/g/r')
    expect(conflictOf(session, caller(1, 'other test'), '/g/r', 'r')).toMatch(/two tests/)
  })
})

describe('GoldenSession attempts', () => {
  test('passes when a retry (assertion count going back) restarts numbering and may claim its files again', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(1), '/g/t.1').index).toBe(1)
    expect(golden(session, caller(4), '/g/t.2').index).toBe(2)
    expect(golden(session, caller(1), '/g/t.1')).toMatchObject({ index: 1, owner: undefined })
  })

  test('passes when a retry whose only golden came first (Jest counts it after it settles) reuses its file', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(0), '/g/t.1').index).toBe(1)
    expect(golden(session, caller(0), '/g/t.1')).toMatchObject({ index: 1, owner: undefined })
  })

  test('passes when a new runner attempt restarts numbering even if the count did not go down', () => {
    const session = new GoldenSession()
    const attempt = (retry: number) => ({ testId: 'id', retry })
    expect(golden(session, caller(1, 'a test', attempt(0)), '/g/t.1').index).toBe(1)
    expect(golden(session, caller(5, 'a test', attempt(1)), '/g/t.1')).toMatchObject({
      index: 1,
      owner: undefined,
    })
  })

  test('throws when within one runner attempt a file is claimed twice', () => {
    const session = new GoldenSession()
    golden(session, caller(1, 'a test', { testId: 'id' }), '/g/t', 't')
    expect(conflictOf(session, caller(0, 'a test', { testId: 'id' }), '/g/t', 't')).toMatch(
      /already used by another assertion/,
    )
  })

  test('passes when a retry gets back what its failed attempt remembered, and a repeat does not', () => {
    const session = new GoldenSession()
    const undone: string[] = []
    const run = (retry: number, repeat = 0) => caller(0, 'a test', { testId: 'id', retry, repeat })
    session.begin(run(0), 'x')
    session.remember(run(0), () => undone.push('attempt 0'))
    expect(session.begin(run(0), 'y').undo).toEqual([])
    const retried = session.begin(run(1), 'x')
    expect(retried.undo).toHaveLength(1)
    for (const undo of retried.undo) undo()
    expect(undone).toEqual(['attempt 0'])
    session.remember(run(1), () => undone.push('attempt 1'))
    expect(session.begin(run(1, 1), 'x').undo).toEqual([])
  })

  test('passes when a new attempt guessed from the assertion count keeps what the last one wrote', () => {
    const session = new GoldenSession()
    session.begin(caller(3), 'x')
    session.remember(caller(3), () => undefined)
    session.settle(caller(3))
    expect(session.begin(caller(0), 'x').undo).toEqual([])
  })

  test('passes when a second test of the same name after a failed first one starts at its own numbers', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(0, 'same', { testId: 'a' }), '/g/same.1').index).toBe(1)
    expect(golden(session, caller(0, 'same', { testId: 'b' }), '/g/same.2').index).toBe(2)
    // Jest retries failed tests after the others: the first test's retry reuses its numbers.
    expect(
      golden(session, caller(0, 'same', { testId: 'a', retry: 1 }), '/g/same.1'),
    ).toMatchObject({
      index: 1,
      owner: undefined,
    })
  })
})

describe('GoldenSession touched files', () => {
  test('passes when claimed goldens and their folders are remembered, released ones are not', () => {
    const session = new GoldenSession()
    golden(session, caller(0), '/g/a', 'a')
    const claim = { caller: caller(1), name: 'b', index: 0 }
    session.begin(caller(1), 'b')
    session.reserve(claim, '/g/b', '/g')
    session.release(claim, '/g/b')
    expect([...session.touchedBases()]).toEqual(['/g/a'])
    expect([...session.touchedFolders()]).toEqual(['/g'])
  })
})
