import { CUT_LENGTH, goldenStem, HASH_MARK } from './goldenStem'

// A stem as version 0.1 wrote it when sanitising lost a character or the stem was too long.
const HASHED = new RegExp(`^(.*)${HASH_MARK}[0-9a-f]{10}$`)

/**
 * The stem today's naming gives the golden that version 0.1 stored under `stem`, found from the
 * old stem alone, so goldens can be renamed without running the tests:
 * - `<stem>~<hash>` is `<stem>`, unless the part before `~` was cut for length (then the name
 *   does not change);
 * - a stem spelled out in full that is now too long gets cut and tagged; its raw names are the
 *   stem's own parts, since 0.1 spelled out only stems that lost nothing to sanitising.
 *
 * @example migratedStem('weekly-report.weekly~ecc73b3744') // 'weekly-report.weekly'
 * @internal
 */
export function migratedStem(stem: string): string {
  const hashed = HASHED.exec(stem)
  if (hashed !== null) {
    const prefix = hashed[1] as string
    return prefix.length < CUT_LENGTH ? prefix : stem
  }
  if (stem.length < CUT_LENGTH) return stem
  const dot = stem.indexOf('.')
  const testName = dot === -1 ? undefined : stem.slice(0, dot)
  const suffix = stem.slice(dot + 1)
  // 0.1 hashed every name made of digits, so a spelled-out number is an unnamed counter.
  return /^[0-9]+$/.test(suffix)
    ? goldenStem(testName, undefined, Number(suffix))
    : goldenStem(testName, suffix, 1)
}
