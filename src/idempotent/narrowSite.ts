import type { CanonicalSnapshot } from './canonicalSnapshot'
import type { PerturbationSite } from './IdempotenceResult'
import type { PerturbSource } from './perturb/PerturbSource'
import { runCalls, type RunSetup } from './runCalls'
import { snapshotComparer, type SettledCall } from './summarize'

/** What `narrowSite` needs: the run to repeat, and what it found before. @internal */
export interface Narrowing {
  /** The run of the cause alone; its `experiment` perturbs `source` and holds what was held. */
  readonly setup: RunSetup
  readonly source: PerturbSource
  /** The call (from 1) that diverged when `source` alone was perturbed. */
  readonly call: number
  /** How many sites of `source` that call reached. */
  readonly sites: number
  /** Call 1's output with nothing perturbed and everything held. */
  readonly baseline: CanonicalSnapshot
}

/**
 * Narrows a cause down to its call site, as NonDex's debug mode does: repeats the diverging call
 * with only a range of the source's sites perturbed (same seed, so each site is perturbed exactly
 * as before), halving the range while one half alone still changes the output, then takes the
 * stack of the site found. Stacks are captured only here, so a passing check pays nothing for
 * them. When neither half alone changes the output, the smallest range that does is reported.
 * A `drive`n generator; one call per step, about 2 log2(sites) calls.
 * @internal
 */
export function* narrowSite(
  narrowing: Narrowing,
): Generator<unknown, PerturbationSite | undefined, unknown> {
  const { setup, source, call, sites, baseline } = narrowing
  if (sites === 0) return undefined
  const same = snapshotComparer(setup.plan, setup.equals)
  const experiment = setup.experiment as NonNullable<RunSetup['experiment']>
  const trial = function* (from: number, to: number, capture: boolean) {
    const run = yield* runCalls({
      ...setup,
      indices: [call - 1],
      stopAtFailure: false,
      experiment: {
        ...experiment,
        range: { source, from, to },
        capture: capture ? { source, site: from } : undefined,
      },
    })
    const settled = run.settled[0] as SettledCall
    const differs =
      (settled.thrown && setup.plan.errors === 'fail') || !same(settled.snapshot, baseline)
    return { differs, captured: settled.perturbation?.captured }
  }
  let from = 0
  let to = sites
  while (to - from > 1) {
    const middle = (from + to) >>> 1
    if ((yield* trial(from, middle, false)).differs) to = middle
    else if ((yield* trial(middle, to, false)).differs) from = middle
    else break
  }
  const found = yield* trial(from, to, true)
  if (!found.differs) return undefined
  return {
    source,
    api: found.captured?.api ?? source,
    location: found.captured?.location,
    call,
    site: from,
    through: to - from > 1 ? to - 1 : undefined,
  }
}
