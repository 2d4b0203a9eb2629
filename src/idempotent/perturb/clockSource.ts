import { elapsedSince, type Site, type SiteLookup } from './CallPerturbation'
import { nodePerformance } from './builtins'
import type { Patcher } from './Patcher'
import { callRandom } from './siteRandom'

const DAY = 86_400_000
// Perturbed instants fall between 1995 and 2020: years away from any real "now" of a test run,
// so even a date-level output (a day, a year) changes.
const FIRST_DAY = Date.UTC(1995, 0, 1)
const DAYS = 9_497

/**
 * The instant the clock starts from in call `variant` (`HELD_CALL`: the instant every call starts
 * from when the clock is held fixed), and where `performance.now()` starts.
 * @example clockStart(1234, 1).date // e.g. 2008-03-17T11:02:45.123Z as a number
 * @internal
 */
export function clockStart(seed: number, variant: number): { date: number; monotonic: number } {
  const random = callRandom(seed, variant, 'clock')
  const date = FIRST_DAY + random.nextInt(DAYS) * DAY + random.nextInt(DAY)
  // Any positive start: code that subtracts two readings still sees the real elapsed time.
  const monotonic = 1_000 + random.nextInt(1_000_000_000)
  return { date, monotonic }
}

/**
 * The perturbed reading at a site, or `undefined` where the real clock applies. Perturbed: the
 * call's start plus the real time elapsed. Held fixed: the same start in every call plus a
 * logical time, one millisecond per reading (whole seconds of real time once more have passed),
 * so two calls read the very same values however long each took, and a loop that waits for the
 * clock to move still ends.
 */
function reading(site: Site | undefined, field: 'date' | 'monotonic'): number | undefined {
  if (site === undefined || site.mode === 'observe') return undefined
  const start = clockStart(site.seed, site.variant)[field]
  const elapsed = elapsedSince(site.context)
  if (site.mode === 'perturb') return start + elapsed
  return start + Math.max(site.index, Math.floor(elapsed / 1000) * 1000)
}

type NowFunction = () => number

/**
 * The `'clock'` source: in each perturbed call `Date.now()`, `new Date()`, `Date()` and
 * `performance.now()` start from another seeded instant, days to years away, and advance with
 * real time within the call, so measuring a duration keeps working and only code that lets the
 * current time into its output changes. Held fixed, every call reads the same instants.
 * Patches the global `Date` (a Proxy that keeps `instanceof`, subclasses and the static methods,
 * with `Date.prototype.constructor` pointed at it), `Date.now` and `performance.now`.
 * @internal
 */
export function installClock(patcher: Patcher, site: SiteLookup): void {
  const global = globalThis as unknown as Record<string, unknown>
  const current = global.Date as DateConstructor
  patcher.replace<NowFunction>(
    current,
    'now',
    'Date.now',
    (original) =>
      function now() {
        const perturbed = reading(site('clock', 'Date.now'), 'date')
        return perturbed === undefined ? original() : Math.floor(perturbed)
      },
  )
  const proxy: DateConstructor = new Proxy(current, {
    construct(target, args, newTarget) {
      if (args.length === 0) {
        const perturbed = reading(site('clock', 'new Date()'), 'date')
        if (perturbed !== undefined)
          return Reflect.construct(target, [Math.floor(perturbed)], newTarget)
      }
      return Reflect.construct(target, args, newTarget)
    },
    apply(target, thisArg, args) {
      const perturbed = reading(site('clock', 'Date()'), 'date')
      if (perturbed === undefined) return Reflect.apply(target, thisArg, args)
      // `Date()` is the current time as local text; the time zone source may be patching it.
      return String(Reflect.construct(target, [Math.floor(perturbed)]))
    },
  })
  patcher.replace(global, 'Date', 'Date', () => proxy)
  patcher.replace(current.prototype, 'constructor', 'Date.prototype.constructor', () => proxy)
  const performances = new Set([nodePerformance, global.performance as Record<string, unknown>])
  for (const performance of performances) {
    if (typeof performance?.now !== 'function') continue
    patcher.replace<NowFunction>(performance, 'now', 'performance.now', (original) => {
      const bound = original.bind(performance)
      return function now() {
        const perturbed = reading(site('clock', 'performance.now'), 'monotonic')
        return perturbed === undefined ? bound() : perturbed
      }
    })
  }
}
