import { createRandom, type Random } from '../createRandom'
import { PERTURB_SOURCES, type PerturbSource } from './PerturbSource'

/**
 * The call number that stands for "held fixed": a source held fixed draws the same values in
 * every call, as if every call were this one.
 * @internal
 */
export const HELD_CALL = 0xfffffff

/**
 * A 32-bit hash of a few integers (each folded in with the murmur3 finalizer), so that the values
 * of one site depend only on the seed, the call, the source and the site's number, never on how
 * many other sites ran before it. Narrowing relies on this: perturbing a subset of sites perturbs
 * each of them exactly as the full run did.
 * @example mix(1234, 2, 0) === mix(1234, 2, 0) // true
 * @internal
 */
export function mix(...parts: readonly number[]): number {
  let hash = 0x9e3779b9
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x85ebca6b)
    hash ^= hash >>> 13
    hash = Math.imul(hash, 0xc2b2ae35)
    hash ^= hash >>> 16
  }
  return hash >>> 0
}

const SITE_SALT = 0x5175
const CALL_SALT = 0xca11

/**
 * The generator of one site: the values drawn at site `index` of `source` in call `variant`.
 * @example siteRandom(1234, 1, 'readdir', 0).nextInt(10) // the same on every run
 * @internal
 */
export function siteRandom(
  seed: number,
  variant: number,
  source: PerturbSource,
  index: number,
): Random {
  return createRandom(mix(seed, variant, PERTURB_SOURCES.indexOf(source), SITE_SALT, index))
}

/**
 * The generator of one call's settings of a source (the locale, the zone, the clock's start).
 * @example callRandom(1234, 1, 'locale').nextInt(4)
 * @internal
 */
export function callRandom(seed: number, variant: number, source: PerturbSource): Random {
  return createRandom(mix(seed, variant, PERTURB_SOURCES.indexOf(source), CALL_SALT))
}
