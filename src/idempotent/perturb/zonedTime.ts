// The runtime's own Date and Intl, taken before any source patches them.
const NativeDate = Date
const NativeDateTimeFormat = Intl.DateTimeFormat
const getTime = Date.prototype.getTime
const getTimezoneOffset = Date.prototype.getTimezoneOffset

const QUARTER_HOUR = 900_000
const HALF_DAY = 43_200_000
const MAX_CACHED = 50_000

/**
 * Local time in one IANA time zone, computed from `Intl.DateTimeFormat` (never from
 * `process.env.TZ`, which Node reads once per process and worker threads ignore).
 * @internal
 */
export interface Zone {
  readonly name: string
  /** Milliseconds to add to the UTC instant `time` to get the zone's wall-clock time there. */
  offset(time: number): number
  /** The instant at which the zone's clocks show `wall` (milliseconds of a UTC-based wall time). */
  instantOf(wall: number): number
  /** The zone's long name at `time` ("Central European Summer Time"), as `Date#toString` prints it. */
  longName(time: number): string
}

function wallOf(parts: Intl.DateTimeFormatPart[]): number {
  const field = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const era = parts.find((p) => p.type === 'era')?.value
  const year = field('year')
  const wall = new NativeDate(0)
  wall.setUTCFullYear(
    era === 'BC' || era === 'B' ? 1 - year : year,
    field('month') - 1,
    field('day'),
  )
  wall.setUTCHours(field('hour'), field('minute'), field('second'), 0)
  return getTime.call(wall)
}

function createZone(name: string): Zone {
  const fields = new NativeDateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const names = new NativeDateTimeFormat('en-US', { timeZone: name, timeZoneName: 'long' })
  const cache = new Map<number, number>()
  const exact = (time: number): number => {
    const second = Math.floor(time / 1000) * 1000
    return wallOf(fields.formatToParts(second)) - second
  }
  // Offsets change on quarter hours at most once per quarter: a quarter whose ends agree is cached.
  const offset = (time: number): number => {
    if (!Number.isFinite(time)) return NaN
    const bucket = Math.floor(time / QUARTER_HOUR)
    const known = cache.get(bucket)
    if (known !== undefined) return known
    const start = exact(bucket * QUARTER_HOUR)
    if (start !== exact((bucket + 1) * QUARTER_HOUR - 1000)) return exact(time)
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(bucket, start)
    return start
  }
  return {
    name,
    offset,
    instantOf(wall) {
      if (!Number.isFinite(wall)) return NaN
      // Zones change offset at most once in half a day: the offsets half a day either side are
      // the only ones this wall time can have. In an overlap the earlier instant wins, in a gap
      // the offset before the change, as engines do for their own zone.
      const around = wall - offset(wall)
      const before = wall - offset(around - HALF_DAY)
      const after = wall - offset(around + HALF_DAY)
      const shows = (time: number): boolean => time + offset(time) === wall
      if (shows(before)) return shows(after) ? Math.min(before, after) : before
      return shows(after) ? after : before
    },
    longName(time) {
      return names.formatToParts(time).find((p) => p.type === 'timeZoneName')?.value ?? name
    },
  }
}

const zones = new Map<string, Zone>()

/**
 * The `Zone` named `name` (created once).
 * @example zone('Asia/Kolkata').offset(0) // 19800000
 * @internal
 */
export function zone(name: string): Zone {
  let found = zones.get(name)
  if (found === undefined) {
    found = createZone(name)
    zones.set(name, found)
  }
  return found
}

/**
 * The machine's own offset at `time` in milliseconds (east of UTC positive), read through the
 * runtime's unpatched `getTimezoneOffset`.
 * @internal
 */
export function machineOffset(time: number): number {
  return -getTimezoneOffset.call(new NativeDate(time)) * 60_000
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number): string => String(n).padStart(2, '0')

/**
 * `Date#toString`, `#toDateString` and `#toTimeString` of the instant `time` as they read in
 * `zone`: `Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)`.
 * @internal
 */
export function zonedText(time: number, zone: Zone, part: 'full' | 'date' | 'time'): string {
  if (!Number.isFinite(time)) return 'Invalid Date'
  const offset = zone.offset(time)
  const wall = new NativeDate(time + offset)
  const year = wall.getUTCFullYear()
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0')
  const date = `${WEEKDAYS[wall.getUTCDay()]} ${MONTHS[wall.getUTCMonth()]} ${two(wall.getUTCDate())} ${yearText}`
  const minutes = Math.trunc(Math.abs(offset) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const clock = `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}`
  const timeText = `${clock} GMT${sign}${two(Math.floor(minutes / 60))}${two(minutes % 60)} (${zone.longName(time)})`
  if (part === 'date') return date
  return part === 'time' ? timeText : `${date} ${timeText}`
}

/**
 * A UTC-based `Date` holding `time`'s wall-clock time in `zone`: its UTC getters read the zone's
 * local fields.
 * @internal
 */
export function wallDate(time: number, zone: Zone): Date {
  return new NativeDate(time + zone.offset(time))
}
