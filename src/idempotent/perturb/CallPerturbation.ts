import { performance } from 'node:perf_hooks'
import { captureStack, locateSite } from './locateSite'
import type { PerturbSource } from './PerturbSource'
import { HELD_CALL } from './siteRandom'

/**
 * What one run of the calls perturbs: the sources perturbed in calls 2..n, the sources held fixed
 * in every call (the same instant, the same random stream), and while narrowing, the range of
 * site numbers of one source that may be perturbed and the site whose stack to capture.
 * @internal
 */
export interface Experiment {
  readonly perturbed: ReadonlySet<PerturbSource>
  readonly held: ReadonlySet<PerturbSource>
  readonly range?: { readonly source: PerturbSource; readonly from: number; readonly to: number }
  readonly capture?: { readonly source: PerturbSource; readonly site: number }
}

/**
 * How a source behaves at one site: as the platform would (`'observe'`), perturbed with this
 * call's values (`'perturb'`), or held fixed, with the same values in every call (`'held'`).
 * @internal
 */
export type SiteMode = 'observe' | 'perturb' | 'held'

/**
 * One exercise of a source inside a call: a directory read, a sort, a clock read…
 * @internal
 */
export interface Site {
  readonly mode: SiteMode
  /** The site's number among this source's sites in the call, from 0. */
  readonly index: number
  /** The call whose values to use: the call's own number, or `HELD_CALL` when held fixed. */
  readonly variant: number
  readonly seed: number
  /** The call being run. */
  readonly context: CallPerturbation
}

/**
 * What a patched API asks at each use: the site, when the use happens inside a call of the
 * running check (and is therefore counted), or `undefined` for any other code, which the patch
 * must leave alone.
 * @internal
 */
export type SiteLookup = (source: PerturbSource, api: string) => Site | undefined

/** Where the captured site is. @internal */
export interface CapturedSite {
  readonly source: PerturbSource
  readonly api: string
  readonly location: string | undefined
}

const clock = performance.now.bind(performance)

/**
 * The perturbation of one call: counts every site each source reaches, decides per site whether
 * to perturb it, and captures the stack of one site while narrowing. Call 1 (`call` 0) is never
 * perturbed; sources held fixed are held in every call.
 * @internal
 */
export class CallPerturbation {
  /** Sites per source. */
  readonly counts = new Map<PerturbSource, number>()
  /** Sites per source and API, keyed `source api`, in first-use order. */
  readonly apis = new Map<string, number>()
  captured: CapturedSite | undefined
  /** Set when the call settled: work it left behind runs unperturbed. */
  done = false
  /** When the call started, on the runtime's own monotonic clock. */
  readonly startedAt = clock()

  constructor(
    /** The call's number from 0. */
    readonly call: number,
    readonly seed: number,
    readonly experiment: Experiment,
  ) {}

  /** Whether some site of `source` in this call may be perturbed. */
  perturbs(source: PerturbSource): boolean {
    return this.call > 0 && this.experiment.perturbed.has(source)
  }

  /** Whether `source` is held fixed in this call. */
  holds(source: PerturbSource): boolean {
    return this.experiment.held.has(source)
  }

  /** Counts `count` sites of `source` through `api` that were perturbed outside any patch ('order'). */
  add(source: PerturbSource, api: string, count: number): void {
    this.counts.set(source, (this.counts.get(source) ?? 0) + count)
    const key = `${source} ${api}`
    this.apis.set(key, (this.apis.get(key) ?? 0) + count)
  }

  /** Counts one site of `source` through `api` and says how to behave there. */
  enter(source: PerturbSource, api: string): Site {
    const index = this.counts.get(source) ?? 0
    this.counts.set(source, index + 1)
    const key = `${source} ${api}`
    this.apis.set(key, (this.apis.get(key) ?? 0) + 1)
    const capture = this.experiment.capture
    if (capture !== undefined && capture.source === source && capture.site === index) {
      this.captured = { source, api, location: locateSite(captureStack(), process.cwd()) }
    }
    const mode = this.modeOf(source, index)
    const variant = mode === 'held' ? HELD_CALL : this.call
    return { mode, index, variant, seed: this.seed, context: this }
  }

  private modeOf(source: PerturbSource, index: number): SiteMode {
    if (this.perturbs(source)) {
      const range = this.experiment.range
      if (range === undefined || range.source !== source) return 'perturb'
      if (index >= range.from && index < range.to) return 'perturb'
    }
    return this.holds(source) ? 'held' : 'observe'
  }
}

/**
 * Milliseconds since `context` started, on the runtime's monotonic clock (never the patched one).
 * @internal
 */
export function elapsedSince(context: CallPerturbation): number {
  return clock() - context.startedAt
}
