import { describe, expect, test } from 'vitest'
import { GoldenSession, type GoldenCaller } from '../../../src/golden/GoldenSession'

const caller = (assertionCalls?: number, testName = 'a test', attempt?: string): GoldenCaller => ({
  testPath: '/p/x.test.ts',
  testName,
  assertionCalls,
  attempt,
})

/** One golden as the matcher makes it: begin, claim, then the runner counts its result. */
function golden(session: GoldenSession, who: GoldenCaller, file: string): number {
  const index = session.begin(who, false)
  session.claim(who, file, file)
  session.settle(who)
  return index
}

describe('GoldenSession', () => {
  test('passes when unnamed assertions of one test are numbered 1, 2, 3', () => {
    const session = new GoldenSession()
    expect([
      golden(session, caller(0), '/g/1'),
      golden(session, caller(1), '/g/2'),
      golden(session, caller(2), '/g/3'),
    ]).toEqual([1, 2, 3])
  })

  test('passes when named assertions do not advance the counter', () => {
    const session = new GoldenSession()
    expect([
      session.begin(caller(1), false),
      session.begin(caller(2), true),
      session.begin(caller(3), false),
    ]).toEqual([1, 1, 2])
  })

  test('passes when each test counts on its own', () => {
    const session = new GoldenSession()
    session.begin(caller(1, 'one'), false)
    expect(session.begin(caller(1, 'two'), false)).toBe(1)
  })

  test('throws when two assertions claim one file', () => {
    const session = new GoldenSession()
    session.begin(caller(1), true)
    session.claim(caller(1), '/g/a.x', 'g/a.x')
    session.settle(caller(1))
    session.begin(caller(2), true)
    expect(() => session.claim(caller(2), '/g/a.x', 'g/a.x')).toThrow(
      'The golden file g/a.x was already used by another assertion in this test in this run. Two assertions must not share a golden file: give each a distinct `name` argument.',
    )
  })

  test('throws when another test claimed the file, naming that test', () => {
    const session = new GoldenSession()
    session.begin(caller(1, 'first'), true)
    session.claim(caller(1, 'first'), '/g/a.x', 'g/a.x')
    session.begin(caller(1, 'second'), true)
    expect(() => session.claim(caller(1, 'second'), '/g/a.x', 'g/a.x')).toThrow(
      expect.objectContaining({
        code: 'GOLDEN_CONFLICT',
        message: expect.stringContaining('the test "first"'),
      }),
    )
  })

  test('passes when a retry (assertion count going back) restarts numbering and may claim its files again', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(1), '/g/t.1')).toBe(1)
    expect(golden(session, caller(4), '/g/t.2')).toBe(2)
    expect(session.begin(caller(1), false)).toBe(1)
    expect(() => session.claim(caller(1), '/g/t.1', 'g/t.1')).not.toThrow()
  })

  test('passes when a retry whose only golden came first (Jest counts it after it settles) reuses its file', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(0), '/g/t.1')).toBe(1)
    expect(session.begin(caller(0), false)).toBe(1)
    expect(() => session.claim(caller(0), '/g/t.1', 'g/t.1')).not.toThrow()
  })

  test('throws when two goldens started together (same count, none settled) claim one file', () => {
    const session = new GoldenSession()
    session.begin(caller(3), true)
    session.begin(caller(3), true)
    session.claim(caller(3), '/g/report', 'g/report')
    expect(() => session.claim(caller(3), '/g/report', 'g/report')).toThrow(
      expect.objectContaining({ code: 'GOLDEN_CONFLICT' }),
    )
  })

  test('passes when unnamed goldens started together get distinct numbers', () => {
    const session = new GoldenSession()
    expect([session.begin(caller(2), false), session.begin(caller(2), false)]).toEqual([1, 2])
  })

  test('passes when a new runner attempt restarts numbering even if the count did not go down', () => {
    const session = new GoldenSession()
    expect(golden(session, caller(1, 'a test', 'id:0:0'), '/g/t.1')).toBe(1)
    expect(session.begin(caller(5, 'a test', 'id:1:0'), false)).toBe(1)
    expect(() => session.claim(caller(5, 'a test', 'id:1:0'), '/g/t.1', 'g/t.1')).not.toThrow()
  })

  test('throws when within one runner attempt a file is claimed twice', () => {
    const session = new GoldenSession()
    golden(session, caller(1, 'a test', 'id:0:0'), '/g/t')
    session.begin(caller(2, 'a test', 'id:0:0'), true)
    expect(() => session.claim(caller(2, 'a test', 'id:0:0'), '/g/t', 'g/t')).toThrow(
      expect.objectContaining({ code: 'GOLDEN_CONFLICT' }),
    )
  })

  test("passes when a released file is claimed again, and release leaves another test's file alone", () => {
    const session = new GoldenSession()
    session.begin(caller(1), true)
    session.claim(caller(1), '/g/r', 'g/r')
    session.release(caller(1), '/g/r')
    session.begin(caller(2), true)
    expect(() => session.claim(caller(2), '/g/r', 'g/r')).not.toThrow()
    session.release(caller(3, 'other test'), '/g/r')
    session.begin(caller(1, 'other test'), true)
    expect(() => session.claim(caller(1, 'other test'), '/g/r', 'g/r')).toThrow(
      /already used by the test "a test"/,
    )
  })
})
