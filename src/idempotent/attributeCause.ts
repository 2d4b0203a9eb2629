import type { CanonicalSnapshot } from './canonicalSnapshot'
import type { PerturbationSite } from './IdempotenceResult'
import type { Experiment } from './perturb/CallPerturbation'
import { SELF_VARYING, type PerturbSource } from './perturb/PerturbSource'
import { narrowSite } from './narrowSite'
import { runCalls, type RunSetup } from './runCalls'
import { failsAgainst, type Run, type SettledCall } from './summarize'

/** What naming the cause found. @internal */
export interface Attribution {
  readonly verdict: 'named' | 'none' | 'unreproduced'
  readonly causes: readonly PerturbSource[]
  readonly together: boolean
  readonly sites: readonly PerturbationSite[]
  /** The sources tried alone, in the order they were tried. */
  readonly tried: readonly PerturbSource[]
  /** Calls made to find the causes (each source tried alone, then together). */
  readonly attributionCalls: number
  /** Calls made to rule out a divergence without perturbation and to find the sites. */
  readonly narrowingCalls: number
}

interface Trial {
  readonly setup: RunSetup
  readonly run: Run
  /** The first call that fails against call 1. */
  readonly failed: SettledCall | undefined
}

/**
 * Names the cause of a divergence seen under perturbation. Each requested source that the calls
 * reached is tried alone with the same seed (the clock and randomness held fixed, the rest left
 * alone): a source that reproduces the divergence is a cause. The clock and randomness vary on
 * their own, so when no requested source is a cause but the calls read them, each is tried alone
 * too. When no source does it alone, the requested ones are tried together and reduced
 * to a smallest set that still does. A control run with nothing perturbed and everything held
 * must then pass, or the divergence is not the perturbation's doing (shared state, or something
 * the library does not reach) and no cause is named. Each cause is narrowed to its call site.
 * Every trial stops at its first diverging call.
 *
 * `base` is the main run's setup; `reached` the sources its calls exercised. A `drive`n generator.
 * @internal
 */
export function* attributeCause(
  base: RunSetup,
  reached: Iterable<PerturbSource>,
): Generator<unknown, Attribution, unknown> {
  const { plan, session } = base
  const counter = { calls: 0 }
  // Held fixed in every trial, so their own variation cannot pass for another source's effect.
  if (session !== undefined) session.install(SELF_VARYING)
  const held = new Set<PerturbSource>(session === undefined ? [] : SELF_VARYING)
  const exercised = new Set<PerturbSource>(reached)
  const attempt = function* (perturbed: readonly PerturbSource[], stopAtFailure = true) {
    const experiment: Experiment = { perturbed: new Set(perturbed), held }
    const setup: RunSetup = { ...base, experiment, stopAtFailure, counter, indices: undefined }
    const run = yield* runCalls(setup)
    for (const call of run.settled) {
      for (const [source, count] of call.perturbation?.counts ?? [])
        if (count > 0) exercised.add(source)
    }
    const first = run.settled[0] as SettledCall
    const trial: Trial = {
      setup,
      run,
      failed: run.settled.find((call) => failsAgainst(plan, first, call)),
    }
    return trial
  }
  const causes: PerturbSource[] = []
  const found = new Map<PerturbSource, Trial>()
  const tried: PerturbSource[] = []
  const tryAlone = function* (source: PerturbSource) {
    tried.push(source)
    const trial = yield* attempt([source])
    if (trial.failed === undefined) return
    causes.push(source)
    found.set(source, trial)
  }
  for (const source of plan.sources) if (exercised.has(source)) yield* tryAlone(source)
  let control: Trial | undefined
  const unrequested = [...held].filter((source) => !plan.sources.includes(source))
  // Only when no requested source explains the divergence: a source that was not asked for is
  // named only when it is the whole story.
  if (unrequested.length > 0 && causes.length === 0) {
    // The trials so far show which of them the calls read; without trials, the control does.
    if (found.size === 0 && counter.calls === 0) control = yield* attempt([], false)
    if (control?.failed === undefined) {
      for (const source of unrequested) if (exercised.has(source)) yield* tryAlone(source)
    }
  }
  let together = false
  const requested = plan.sources.filter((source) => exercised.has(source))
  if (causes.length === 0 && control?.failed === undefined && requested.length > 1) {
    let set = requested
    if ((yield* attempt(set)).failed !== undefined) {
      for (const source of requested) {
        const smaller = set.filter((other) => other !== source)
        if (smaller.length > 0 && (yield* attempt(smaller)).failed !== undefined) set = smaller
      }
      causes.push(...set)
      together = true
    }
  }
  const attributionCalls = counter.calls
  const ended = (verdict: Attribution['verdict'], sites: PerturbationSite[] = []): Attribution => ({
    verdict,
    causes: verdict === 'named' ? causes : [],
    together: verdict === 'named' && together,
    sites,
    tried,
    attributionCalls,
    narrowingCalls: counter.calls - attributionCalls,
  })
  if (control?.failed !== undefined) return ended('none')
  if (causes.length === 0) return ended('unreproduced')
  control ??= yield* attempt([], false)
  if (control.failed !== undefined) return ended('none')
  const baseline = (control.run.settled[0] as SettledCall).snapshot
  const sites: PerturbationSite[] = []
  if (!together) {
    for (const source of causes) {
      if (source === 'order') continue
      const site = yield* narrow(source, found.get(source) as Trial, baseline)
      if (site !== undefined) sites.push(site)
    }
  }
  return ended('named', sites)
}

function* narrow(
  source: PerturbSource,
  trial: Trial,
  baseline: CanonicalSnapshot,
): Generator<unknown, PerturbationSite | undefined, unknown> {
  const failed = trial.failed as SettledCall
  return yield* narrowSite({
    setup: trial.setup,
    source,
    call: failed.call,
    sites: failed.perturbation?.counts.get(source) ?? 0,
    baseline,
  })
}
