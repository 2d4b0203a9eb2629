import { clockStart } from './clockSource'
import { localeOf, machineLocale } from './localeSource'
import type { PerturbSource } from './PerturbSource'
import { zoneOf } from './timezoneSource'

/**
 * Words for each source in failure messages: what a perturbed call saw (`effect`, completing
 * "The output depends on 'x': …") and what a call that never exercised it did not do (`absent`,
 * completing "…, but fn …").
 * @internal
 */
export const SOURCE_WORDS: Readonly<Record<PerturbSource, { effect: string; absent: string }>> = {
  order: {
    effect:
      "the arguments' object keys, Map entries and Set members were re-inserted in another order",
    absent: 'got no object keys, Map entries or Set members to reorder',
  },
  async: {
    effect: 'asynchronous work completed in another order (timers delayed, promises settled late)',
    absent: 'started no timer and awaited no function from args, fs.promises call or fetch',
  },
  readdir: {
    effect: 'directory listings were returned in another order',
    absent: 'read no directory',
  },
  sort: {
    effect:
      'sorts ran another correct stable algorithm and ordered differently, so the comparator is ' +
      'inconsistent (it returns a boolean, never returns 0, or is not antisymmetric)',
    absent: 'sorted nothing with a comparator',
  },
  clock: {
    effect: 'the clock started from another instant',
    absent: 'read no clock',
  },
  random: {
    effect: 'random values came from another seeded stream',
    absent: 'drew no random value',
  },
  locale: {
    effect: 'the default locale was another one',
    absent: 'made no locale-dependent call',
  },
  timezone: {
    effect: 'the default time zone was another one',
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
