import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { clockStart } from '../../../../src/idempotent/perturb/clockSource'
import { HELD_CALL } from '../../../../src/idempotent/perturb/siteRandom'
import { inCall, sync } from '../../../helpers/perturbation'

const DAY = 86_400_000

describe('clockSource', () => {
  test('fails when the current date leaks into the output, naming the clock', () => {
    const stamp = (x: number) => ({ x, day: new Date().toISOString().slice(0, 10) })
    const result = sync(checkIdempotent(stamp, { args: [1], perturb: ['clock'], seed: 3 }))
    expect(result.pass).toBe(false)
    expect(result.causes).toEqual(['clock'])
    expect(result.sites[0]).toMatchObject({ source: 'clock', api: 'new Date()' })
  })

  test('passes when durations are measured but not returned', () => {
    const work = (n: number) => {
      const started = performance.now()
      const since = Date.now()
      let total = 0
      for (let i = 0; i < n; i++) total += i
      const elapsed = performance.now() - started
      if (elapsed < 0 || Date.now() - since < 0) throw new Error('time ran backwards')
      return total
    }
    const result = sync(checkIdempotent(work, { args: [1000], perturb: ['clock'] }))
    expect(result.pass).toBe(true)
    expect(result.perturbed.clock).toBe(20)
  })

  test('starts each perturbed call years away from now and days apart, and advances normally', () => {
    const starts = [1, 2, 3, 4].map((call) => clockStart(99, call).date)
    for (const start of starts) {
      expect(start).toBeGreaterThanOrEqual(Date.UTC(1995, 0, 1))
      expect(start).toBeLessThan(Date.UTC(2021, 0, 1))
    }
    expect(new Set(starts.map((start) => Math.floor(start / DAY))).size).toBe(4)
    const { value } = inCall(['clock'], () => [Date.now(), new Date().getTime(), performance.now()])
    const [now, constructed, monotonic] = value as [number, number, number]
    expect(Math.abs(now - clockStart(1234, 1).date)).toBeLessThan(1000)
    expect(constructed - now).toBeGreaterThanOrEqual(0)
    expect(Math.abs(monotonic - clockStart(1234, 1).monotonic)).toBeLessThan(1000)
  })

  test('gives every call the very same readings when held fixed, however long each call takes', () => {
    // Each call waits a different real time between its readings; the held clock must not show it.
    const wait = (ms: number) => {
      const until = process.hrtime.bigint() + BigInt(ms) * 1_000_000n
      while (process.hrtime.bigint() < until);
    }
    const readings = [1, 2, 3].map(
      (call) =>
        inCall(
          ['clock'],
          () => {
            const first = [Date.now(), performance.now()]
            wait(call * 25)
            return [...first, Date.now(), new Date().getTime(), performance.now()]
          },
          { call, mode: 'held' },
        ).value as number[],
    )
    expect(readings[1]).toEqual(readings[0])
    expect(readings[2]).toEqual(readings[0])
    const [date] = readings[0] as number[]
    expect(Math.floor((date as number) / DAY)).toBe(
      Math.floor(clockStart(1234, HELD_CALL).date / DAY),
    )
  })

  test('keeps Date whole: instanceof, subclasses, statics, Date() and explicit arguments', () => {
    // A subclass declared before the check extends the original Date, which stays out of reach.
    class Early extends Date {}
    const { value } = inCall(['clock'], () => ({
      made: new Date(),
      sub: new (class Stamp extends Date {})(),
      early: new Early(),
      fixed: new Date(0),
      text: Date(),
      utc: Date.UTC(2020, 0, 1),
      same: new Date().constructor === Date,
    }))
    expect(value.made).toBeInstanceOf(Date)
    expect(value.sub).toBeInstanceOf(Date)
    expect(value.sub.getTime()).toBeLessThan(Date.UTC(2021, 0, 1))
    expect(value.early.getTime()).toBeGreaterThan(Date.UTC(2021, 0, 1))
    expect(value.fixed.getTime()).toBe(0)
    expect(value.text).toMatch(/^\w{3} \w{3} \d{2} (199\d|20[01]\d|2020) /)
    expect(value.utc).toBe(1577836800000)
    expect(value.same).toBe(true)
  })
})
