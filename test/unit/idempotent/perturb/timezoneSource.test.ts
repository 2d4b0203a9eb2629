import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { zoneOf } from '../../../../src/idempotent/perturb/timezoneSource'
import { zone } from '../../../../src/idempotent/perturb/zonedTime'
import { inCall, sync } from '../../../helpers/perturbation'

const HOUR = 3_600_000
const instant = Date.UTC(2024, 2, 5, 10, 30, 15, 250)

/** What Intl says the wall clock shows in `name` at `time`. */
function fieldsIn(name: string, time: number) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  }).formatToParts(time)
  const get = (type: string) => parts.find((p) => p.type === type)?.value
  return {
    year: Number(get('year')),
    month: Number(get('month')) - 1,
    date: Number(get('day')),
    hours: Number(get('hour')),
    minutes: Number(get('minute')),
  }
}

describe('timezoneSource', () => {
  test('fails when hours are read in the machine’s zone, naming timezone', () => {
    const bucket = (ts: number) => new Date(ts).getHours()
    const result = sync(checkIdempotent(bucket, { args: [instant], perturb: ['timezone'] }))
    expect(result.causes).toEqual(['timezone'])
    expect(result.sites[0]).toMatchObject({ api: 'Date.prototype.getHours' })
  })

  test('passes when the zone is explicit', () => {
    const bucket = (ts: number) => ({
      utc: new Date(ts).getUTCHours(),
      berlin: new Intl.DateTimeFormat('en-US', {
        timeZone: 'Europe/Berlin',
        hour: 'numeric',
      }).format(ts),
      text: new Date(ts).toLocaleString('en-US', { timeZone: 'Asia/Tokyo' }),
    })
    const result = sync(checkIdempotent(bucket, { args: [instant], perturb: ['timezone'] }))
    expect(result.pass).toBe(true)
    expect(result.perturbed.timezone).toBe(10)
  })

  test('reads local fields in the call’s zone, call 2 across the date line', () => {
    const name = zoneOf(1234, 1)
    expect(['Pacific/Kiritimati', 'Pacific/Pago_Pago']).toContain(name)
    const { value } = inCall(['timezone'], () => {
      const date = new Date(instant)
      return {
        year: date.getFullYear(),
        month: date.getMonth(),
        date: date.getDate(),
        hours: date.getHours(),
        minutes: date.getMinutes(),
        offset: date.getTimezoneOffset(),
        resolved: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }
    })
    const { year, month, date, hours, minutes } = fieldsIn(name, instant)
    expect(value).toEqual({
      year,
      month,
      date,
      hours,
      minutes,
      offset: -zone(name).offset(instant) / 60_000,
      resolved: name,
    })
  })

  test('builds dates from local fields and local text in the call’s zone', () => {
    const name = zoneOf(1234, 1)
    const { value } = inCall(['timezone'], () => ({
      fields: new Date(2024, 2, 5, 10, 30).getTime(),
      text: new Date('2024-03-05T10:30').getTime(),
      legacy: Date.parse('March 5, 2024 10:30:00'),
      iso: Date.parse('2024-03-05'),
      utc: new Date('2024-03-05T10:30Z').getTime(),
    }))
    const wall = Date.UTC(2024, 2, 5, 10, 30)
    const local = wall - zone(name).offset(wall)
    expect(value).toEqual({
      fields: local,
      text: local,
      legacy: local,
      iso: Date.UTC(2024, 2, 5),
      utc: wall,
    })
  })

  test('sets local fields in the call’s zone, keeping the others', () => {
    const name = zoneOf(1234, 1)
    const { value } = inCall(['timezone'], () => {
      const date = new Date(instant)
      date.setHours(0, 0, 0, 0)
      return date.getTime()
    })
    const fields = fieldsIn(name, instant)
    const wall = Date.UTC(fields.year, fields.month, fields.date)
    expect(value).toBe(wall - zone(name).offset(wall - 12 * HOUR))
  })

  test('prints toString in the call’s zone, in the engine’s format', () => {
    const { value } = inCall(['timezone'], () => String(new Date(0)), { call: 1 })
    const name = zoneOf(1234, 1)
    const offset = zone(name).offset(0) / 60_000
    const sign = offset < 0 ? '-' : '+'
    const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`
    expect(value).toMatch(
      new RegExp(
        `^\\w{3} \\w{3} \\d{2} 19\\d\\d \\d{2}:\\d{2}:\\d{2} GMT\\${sign}${hhmm} \\(.+\\)$`,
      ),
    )
    expect(inCall(['timezone'], () => new Date(NaN).toString()).value).toBe('Invalid Date')
  })

  test('gives later calls other zones, none with the machine’s offsets', () => {
    const zones = [1, 2, 3, 4, 5].map((call) => zoneOf(5, call))
    expect(new Set(zones).size).toBe(5)
  })
})
