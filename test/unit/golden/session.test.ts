import { describe, expect, test } from 'vitest'
import { GoldenSession } from '../../../src/golden/session'

const caller = (assertionCalls?: number, testName = 'a test') => ({ testPath: '/p/x.test.ts', testName, assertionCalls })

describe('GoldenSession', () => {
  test('passes when unnamed assertions of one test are numbered 1, 2, 3', () => {
    const session = new GoldenSession()
    expect([session.begin(caller(1), false), session.begin(caller(2), false), session.begin(caller(3), false)]).toEqual([1, 2, 3])
  })

  test('passes when named assertions do not advance the counter', () => {
    const session = new GoldenSession()
    expect([session.begin(caller(1), false), session.begin(caller(2), true), session.begin(caller(3), false)]).toEqual([1, 1, 2])
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
    expect(() => session.claim(caller(1, 'second'), '/g/a.x', 'g/a.x')).toThrow(expect.objectContaining({ code: 'GOLDEN_CONFLICT', message: expect.stringContaining('the test "first"') }))
  })

  test('passes when a retry (assertion count going back) restarts numbering and may claim its files again', () => {
    const session = new GoldenSession()
    expect(session.begin(caller(1), false)).toBe(1)
    session.claim(caller(1), '/g/t.1', 'g/t.1')
    expect(session.begin(caller(4), false)).toBe(2)
    session.claim(caller(4), '/g/t.2', 'g/t.2')
    expect(session.begin(caller(1), false)).toBe(1)
    expect(() => session.claim(caller(1), '/g/t.1', 'g/t.1')).not.toThrow()
  })
})
