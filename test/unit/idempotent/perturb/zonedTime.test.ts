import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  machineOffset,
  wallDate,
  zone,
  zonedText,
} from '../../../../src/idempotent/perturb/zonedTime'

const HOUR = 3_600_000

describe('zonedTime', () => {
  test('knows offsets with half and quarter hours, and daylight saving time', () => {
    expect(zone('Asia/Kolkata').offset(0)).toBe(5.5 * HOUR)
    expect(zone('Asia/Kathmandu').offset(Date.UTC(2024, 0, 1))).toBe(5.75 * HOUR)
    expect(zone('Europe/Berlin').offset(Date.UTC(2024, 0, 15))).toBe(HOUR)
    expect(zone('Europe/Berlin').offset(Date.UTC(2024, 6, 15))).toBe(2 * HOUR)
    expect(zone('Pacific/Kiritimati').offset(Date.UTC(2024, 0, 1))).toBe(14 * HOUR)
    expect(zone('Europe/Berlin').offset(NaN)).toBeNaN()
    expect(machineOffset(0)).toBe(-new Date(0).getTimezoneOffset() * 60_000)
  })

  test('finds the instant of a wall time, earlier in an overlap, the old offset in a gap', () => {
    const berlin = zone('Europe/Berlin')
    // 2024-10-27 02:30 happens twice in Berlin; 2024-03-31 02:30 never happens.
    expect(berlin.instantOf(Date.UTC(2024, 9, 27, 2, 30))).toBe(Date.UTC(2024, 9, 27, 0, 30))
    expect(berlin.instantOf(Date.UTC(2024, 2, 31, 2, 30))).toBe(Date.UTC(2024, 2, 31, 1, 30))
  })

  test('round-trips every instant through its wall time', () => {
    const names = ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham']
    fc.assert(
      fc.property(
        fc.integer({ min: -2e12, max: 4e12 }),
        fc.constantFrom(...names),
        (time, name) => {
          const z = zone(name)
          const wall = time + z.offset(time)
          expect(z.instantOf(wall) + z.offset(z.instantOf(wall))).toBe(wall)
          expect(wallDate(time, z).getTime()).toBe(wall)
        },
      ),
    )
  })

  test('prints like Date#toString in the zone', () => {
    const time = Date.UTC(2024, 2, 5, 9, 0, 0)
    expect(zonedText(time, zone('Europe/Berlin'), 'full')).toBe(
      'Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)',
    )
    expect(zonedText(time, zone('America/St_Johns'), 'date')).toBe('Tue Mar 05 2024')
    expect(zonedText(time, zone('America/St_Johns'), 'time')).toBe(
      '05:30:00 GMT-0330 (Newfoundland Standard Time)',
    )
    expect(zonedText(NaN, zone('UTC'), 'full')).toBe('Invalid Date')
  })
})
