import type { Site } from './CallPerturbation'
import { realSetImmediate } from './builtins'
import { siteRandom } from './siteRandom'

const MAX_TURNS = 8
const MAX_EXTRA_MS = 50
const MIN_EXTRA_MS = 8

/**
 * How many extra macrotask turns a promise settled at this site waits, or `undefined` where it is
 * left alone. Call 2 gives earlier sites more turns (8, 7, 6…), so work started together
 * completes in reverse; later calls draw 0 to 8 turns per site.
 * @internal
 */
export function extraTurns(site: Site | undefined): number | undefined {
  if (site?.mode !== 'perturb') return undefined
  if (site.variant === 1) return MAX_TURNS - (site.index % (MAX_TURNS + 1))
  return siteRandom(site.seed, site.variant, 'async', site.index).nextInt(MAX_TURNS + 1)
}

/**
 * How many milliseconds to add to a timer of `delay` ms at this site, or `undefined` where it is
 * left alone: up to the delay itself, at least up to 8 ms and at most 50 ms, so timers that
 * were close swap places while long waits stay about as long.
 * @internal
 */
export function extraDelay(site: Site | undefined, delay: unknown): number | undefined {
  if (site?.mode !== 'perturb') return undefined
  const given = Number(delay)
  const bound = Math.min(MAX_EXTRA_MS, Math.max(MIN_EXTRA_MS, Number.isFinite(given) ? given : 0))
  return siteRandom(site.seed, site.variant, 'async', site.index).nextInt(Math.floor(bound) + 1)
}

/** A promise that resolves after `turns` macrotask turns (the runtime's own `setImmediate`). @internal */
export function afterTurns(turns: number): Promise<void> {
  return new Promise((resolve) => {
    let left = turns
    const step = (): void => {
      if (left-- <= 0) resolve()
      else realSetImmediate(step)
    }
    step()
  })
}

/**
 * `settling` with its outcome, fulfilment or rejection, delivered `turns` macrotask turns late.
 * @example delaySettlement(fetch(url), 3)
 * @internal
 */
export function delaySettlement<T>(settling: PromiseLike<T>, turns: number): Promise<T> {
  if (turns === 0) return Promise.resolve(settling)
  return Promise.resolve(settling).then(
    (value) => afterTurns(turns).then(() => value),
    (error: unknown) =>
      afterTurns(turns).then(() => {
        throw error
      }),
  )
}
