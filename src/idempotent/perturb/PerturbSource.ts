/**
 * A behaviour that JavaScript leaves open and `toBeIdempotent` can perturb, one call differently
 * from the next: `'order'` (insertion order of the arguments' keys, Map entries and Set members),
 * `'async'` (the order in which asynchronous work completes), `'readdir'` (the order of directory
 * listings), `'sort'` (the algorithm behind `Array.prototype.sort`), `'clock'`, `'random'`,
 * `'locale'` (the default locale) and `'timezone'` (the default time zone).
 *
 * @example
 * const sources: PerturbSource[] = ['readdir', 'sort']
 * expect(listDocs).toBeIdempotent({ args: ['docs'], perturb: sources })
 * @since 0.2.0
 */
export type PerturbSource =
  'order' | 'async' | 'readdir' | 'sort' | 'clock' | 'random' | 'locale' | 'timezone'

/**
 * Every source, in the order of the documentation's table: `causes` and messages list sources in
 * this order, so they never depend on the order the sources were asked for in.
 * @example PERTURB_SOURCES.filter((s) => s !== 'async') // every source but the slow one
 * @since 0.2.0
 */
export const PERTURB_SOURCES: readonly PerturbSource[] = Object.freeze([
  'order',
  'async',
  'readdir',
  'sort',
  'clock',
  'random',
  'locale',
  'timezone',
])

/**
 * The sources that vary on their own (two real calls already see another instant or another
 * random stream): their part in a divergence is found by holding them fixed.
 * @internal
 */
export const SELF_VARYING: readonly PerturbSource[] = Object.freeze(['clock', 'random'])

/** Whether `value` names a source. @internal */
export function isPerturbSource(value: unknown): value is PerturbSource {
  return (PERTURB_SOURCES as readonly unknown[]).includes(value)
}

/**
 * `sources` without duplicates, in table order.
 * @example inTableOrder(['sort', 'order', 'sort']) // ['order', 'sort']
 * @internal
 */
export function inTableOrder(sources: Iterable<PerturbSource>): PerturbSource[] {
  const wanted = new Set(sources)
  return PERTURB_SOURCES.filter((source) => wanted.has(source))
}
