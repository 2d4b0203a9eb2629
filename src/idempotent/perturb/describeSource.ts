import { clockStart } from './clockSource'
import { localeOf, machineLocale } from './localeSource'
import type { PerturbSource } from './PerturbSource'
import { zoneOf } from './timezoneSource'

/**
 * Words for each source in failure messages: what a perturbed call saw (`effect`, completing
 * "The output depends on 'x': …"), what to do about it (`fix`), and what a call that never
 * exercised it did not do (`absent`, completing "…, but fn …").
 * @internal
 */
export const SOURCE_WORDS: Readonly<
  Record<PerturbSource, { effect: string; fix: string; absent: string }>
> = {
  order: {
    effect:
      "the arguments' object keys, Map entries and Set members were re-inserted in another order",
    fix: 'Do not let the output follow insertion order: sort keys, entries or members before use, or build the output from a sorted list.',
    absent: 'got no object keys, Map entries or Set members to reorder',
  },
  async: {
    effect: 'asynchronous work completed in another order (timers delayed, promises settled late)',
    fix: 'Keep results in the order the work was started (Promise.all(ids.map(load)) returns them in that order), not in the order it completes.',
    absent: 'started no timer and awaited no function from args, fs.promises call or fetch',
  },
  readdir: {
    effect: 'directory listings were returned in another order',
    fix: 'Sort the listing before use: fs.readdirSync(dir).sort().',
    absent: 'read no directory',
  },
  sort: {
    effect:
      'another correct stable sort algorithm gave another order, which only an inconsistent comparator can do',
    fix: 'A consistent comparator returns a negative number, 0 or a positive number, with opposite signs for swapped arguments: (a, b) => a.score - b.score.',
    absent: 'sorted nothing with a comparator',
  },
  clock: {
    effect: 'the clock started from another instant',
    fix: 'Take the current time as an argument, or leave it out of the output (normalize, or ignore its path).',
    absent: 'read no clock',
  },
  random: {
    effect: 'random values came from another seeded stream',
    fix: 'Take random values (or a seeded generator) as an argument, or leave them out of the output.',
    absent: 'drew no random value',
  },
  locale: {
    effect: 'the default locale was another one',
    fix: "Name the locale wherever the output must not depend on the machine: n.toLocaleString('en-US'), a.localeCompare(b, 'en').",
    absent: 'made no locale-dependent call',
  },
  timezone: {
    effect: 'the default time zone was another one',
    fix: "Use the UTC methods (getUTCHours) or name the zone: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).",
    absent: 'made no time-zone-dependent call',
  },
}

const MACHINE_ZONE = new Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * What call `call` (from 1) saw of a source with a setting of its own, for messages:
 * `"call 2 ran in 'ar-EG'; the machine's is 'en-US'"`. `undefined` for the other sources.
 * @example settingOf('timezone', 1234, 2) // "call 2 ran in 'Pacific/Kiritimati'; …"
 * @internal
 */
export function settingOf(source: PerturbSource, seed: number, call: number): string | undefined {
  switch (source) {
    case 'locale':
      return `call ${call} ran in '${localeOf(seed, call - 1)}'; the machine's is '${machineLocale}'`
    case 'timezone':
      return `call ${call} ran in '${zoneOf(seed, call - 1)}'; the machine's is '${MACHINE_ZONE}'`
    case 'clock':
      return `call ${call} started at ${new Date(clockStart(seed, call - 1).date).toISOString()}`
    default:
      return undefined
  }
}
