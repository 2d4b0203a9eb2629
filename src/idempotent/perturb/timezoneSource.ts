import type { Site, SiteLookup } from './CallPerturbation'
import { isLocalDateText, parseInZone } from './localDateText'
import type { Patcher } from './Patcher'
import { realms } from './realms'
import { callRandom } from './siteRandom'
import { machineOffset, wallDate, zone, zonedText, type Zone } from './zonedTime'

// Zones on both sides of UTC, across the date line, with half- and quarter-hour offsets and
// with daylight saving time in either hemisphere.
const DATE_LINE = ['Pacific/Kiritimati', 'Pacific/Pago_Pago']
const OTHERS = [
  'Asia/Kathmandu',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Pacific/Chatham',
  'America/Sao_Paulo',
]

/** Every zone the source may move the clock to (the property tests check each one). @internal */
export const PERTURBED_ZONES: readonly string[] = [...DATE_LINE, ...OTHERS]

// Offsets compared in January and in July, so a zone that only shares the machine's winter
// offset still counts as different.
const SAMPLES = [Date.UTC(2024, 0, 15), Date.UTC(2024, 6, 15)]
const sameAsMachine = (name: string): boolean =>
  SAMPLES.every((time) => zone(name).offset(time) === machineOffset(time))

const FAR = DATE_LINE.map((name) => ({
  name,
  distance: Math.abs(zone(name).offset(SAMPLES[0] as number) - machineOffset(SAMPLES[0] as number)),
})).sort((a, b) => b.distance - a.distance)[0]?.name as string
const ROTATION = [...DATE_LINE.filter((name) => name !== FAR), ...OTHERS].filter(
  (name) => !sameAsMachine(name),
)

/**
 * The default time zone that call `variant` sees: call 2 the zone across the date line farthest
 * from the machine's, later calls rotate through the others from a seeded start.
 * @example zoneOf(1234, 1) // 'Pacific/Kiritimati' on a machine in UTC
 * @internal
 */
export function zoneOf(seed: number, variant: number): string {
  if (variant === 1 || ROTATION.length === 0) return FAR
  const start = callRandom(seed, 0, 'timezone').nextInt(ROTATION.length)
  return ROTATION[(start + variant - 2) % ROTATION.length] as string
}

function zoneAt(site: Site | undefined): Zone | undefined {
  return site?.mode === 'perturb' ? zone(zoneOf(site.seed, site.variant)) : undefined
}

type Method = (this: Date, ...args: unknown[]) => unknown
const nativeGetTime = Date.prototype.getTime
const nativeSetTime = Date.prototype.setTime
const timeOf = (date: unknown): number => nativeGetTime.call(date as Date)

const GETTERS: Readonly<Record<string, (wall: Date) => number>> = {
  getFullYear: (wall) => wall.getUTCFullYear(),
  getYear: (wall) => wall.getUTCFullYear() - 1900,
  getMonth: (wall) => wall.getUTCMonth(),
  getDate: (wall) => wall.getUTCDate(),
  getDay: (wall) => wall.getUTCDay(),
  getHours: (wall) => wall.getUTCHours(),
  getMinutes: (wall) => wall.getUTCMinutes(),
  getSeconds: (wall) => wall.getUTCSeconds(),
  getMilliseconds: (wall) => wall.getUTCMilliseconds(),
}

const SETTERS: Readonly<Record<string, keyof Date>> = {
  setFullYear: 'setUTCFullYear',
  setMonth: 'setUTCMonth',
  setDate: 'setUTCDate',
  setHours: 'setUTCHours',
  setMinutes: 'setUTCMinutes',
  setSeconds: 'setUTCSeconds',
  setMilliseconds: 'setUTCMilliseconds',
}

/** `options` with the zone's name as `timeZone`, unless it names one itself. */
function withZone(options: unknown, name: string): unknown {
  if (options === undefined) return { timeZone: name }
  if (typeof options !== 'object' || options === null) return options
  return (options as { timeZone?: unknown }).timeZone === undefined
    ? { ...options, timeZone: name }
    : options
}

/** Patches the local-time methods of one realm's `Date.prototype`. */
function patchPrototype(patcher: Patcher, site: SiteLookup, proto: object): void {
  const patch = (key: string, body: (original: Method, api: string) => Method): void => {
    const api = `Date.prototype.${key}`
    patcher.replace<Method>(proto, key, api, (original) => body(original, api))
  }
  for (const [key, read] of Object.entries(GETTERS)) {
    patch(
      key,
      (original, api) =>
        function get(this: Date, ...args: unknown[]) {
          const zoned = zoneAt(site('timezone', api))
          if (zoned === undefined) return Reflect.apply(original, this, args)
          const time = timeOf(this)
          return Number.isFinite(time) ? read(wallDate(time, zoned)) : NaN
        },
    )
  }
  patch(
    'getTimezoneOffset',
    (original, api) =>
      function getTimezoneOffset(this: Date) {
        const zoned = zoneAt(site('timezone', api))
        if (zoned === undefined) return Reflect.apply(original, this, [])
        const time = timeOf(this)
        return Number.isFinite(time) ? Math.trunc(-zoned.offset(time) / 60_000) || 0 : NaN
      },
  )
  const setters: [string, keyof Date][] = [
    ...Object.entries(SETTERS),
    ['setYear', 'setUTCFullYear'],
  ]
  for (const [key, utc] of setters) {
    patch(
      key,
      (original, api) =>
        function set(this: Date, ...args: unknown[]) {
          const zoned = zoneAt(site('timezone', api))
          if (zoned === undefined) return Reflect.apply(original, this, args)
          const time = timeOf(this)
          const full = key === 'setFullYear' || key === 'setYear'
          if (!Number.isFinite(time) && !full) return NaN
          // setFullYear on an invalid date starts from local midnight of 1970-01-01.
          const wall = Number.isFinite(time) ? wallDate(time, zoned) : new Date(0)
          const given = key === 'setYear' ? [legacyYear(args[0])] : args
          const changed = Reflect.apply(wall[utc] as Method, wall, given) as number
          return nativeSetTime.call(this, zoned.instantOf(changed))
        },
    )
  }
  const texts = { toString: 'full', toDateString: 'date', toTimeString: 'time' } as const
  for (const [key, part] of Object.entries(texts)) {
    patch(
      key,
      (original, api) =>
        function text(this: Date) {
          const zoned = zoneAt(site('timezone', api))
          return zoned === undefined
            ? Reflect.apply(original, this, [])
            : zonedText(timeOf(this), zoned, part)
        },
    )
  }
  for (const key of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    patch(
      key,
      (original, api) =>
        function localeText(this: Date, ...args: unknown[]) {
          const zoned = zoneAt(site('timezone', api))
          if (zoned === undefined) return Reflect.apply(original, this, args)
          return Reflect.apply(original, this, [args[0], withZone(args[1], zoned.name)])
        },
    )
  }
}

/** `setYear`'s two-digit years: 0 to 99 mean 1900 to 1999. */
function legacyYear(value: unknown): number {
  const year = Number(value)
  const whole = Math.trunc(year)
  return whole >= 0 && whole <= 99 ? 1900 + whole : year
}

/**
 * The `'timezone'` source: in each perturbed call the default time zone is another one (call 2
 * across the date line), seen by `Date`'s local-time methods (`getHours`, `getDate`,
 * `getTimezoneOffset`, the setters, `toString` and its family), the local-time constructor forms
 * (`new Date(2024, 2, 5)`, `new Date('2024-03-05T10:00')`), `Date.parse`, `Date()`, and
 * `Intl.DateTimeFormat` and `toLocaleString` without a `timeZone`. An explicit `timeZone` is left
 * alone. Local time is computed from `Intl.DateTimeFormat`, not from `process.env.TZ`, which
 * worker threads ignore.
 * @internal
 */
export function installTimezone(patcher: Patcher, site: SiteLookup): void {
  for (const realm of realms()) patchPrototype(patcher, site, realm.DatePrototype)
  const global = globalThis as unknown as Record<string, unknown>
  const current = global.Date as DateConstructor
  patcher.replace<(text: unknown) => number>(
    current,
    'parse',
    'Date.parse',
    (original) =>
      function parse(text: unknown) {
        const textual = String(text)
        const zoned = isLocalDateText(textual) ? zoneAt(site('timezone', 'Date.parse')) : undefined
        return zoned === undefined ? original(text) : parseInZone(textual, zoned)
      },
  )
  const proxy: DateConstructor = new Proxy(current, {
    construct(target, args, newTarget) {
      let zoned: Zone | undefined
      if (args.length >= 2) zoned = zoneAt(site('timezone', 'new Date(year, month, …)'))
      else if (typeof args[0] === 'string' && isLocalDateText(args[0]))
        zoned = zoneAt(site('timezone', 'new Date(text)'))
      if (zoned === undefined) return Reflect.construct(target, args, newTarget)
      const time =
        args.length >= 2
          ? zoned.instantOf(Date.UTC(...(args as [number, number])))
          : parseInZone(args[0] as string, zoned)
      return Reflect.construct(target, [time], newTarget)
    },
    apply(target, thisArg, args) {
      const zoned = zoneAt(site('timezone', 'Date()'))
      if (zoned === undefined) return Reflect.apply(target, thisArg, args)
      return zonedText(timeOf(Reflect.construct(target, [])), zoned, 'full')
    },
  })
  patcher.replace(global, 'Date', 'Date', () => proxy)
  patcher.replace(current.prototype, 'constructor', 'Date.prototype.constructor', () => proxy)
  const intl = Intl as unknown as Record<string, unknown>
  const format = intl.DateTimeFormat as new (...args: unknown[]) => object
  const zonedFormat = new Proxy(format, {
    construct: (target, args, newTarget) => Reflect.construct(target, zonedArgs(args), newTarget),
    apply: (target, thisArg, args) => Reflect.apply(target as never, thisArg, zonedArgs(args)),
  })
  // Counted even with an explicit `timeZone` (left alone by `withZone`): the calls reached the source.
  const zonedArgs = (args: unknown[]): unknown[] => {
    const zoned = zoneAt(site('timezone', 'Intl.DateTimeFormat'))
    return zoned === undefined ? args : [args[0], withZone(args[1], zoned.name), ...args.slice(2)]
  }
  patcher.replace(intl, 'DateTimeFormat', 'Intl.DateTimeFormat', () => zonedFormat)
}
