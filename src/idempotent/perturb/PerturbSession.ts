import { AsyncLocalStorage } from 'node:async_hooks'
import { ExpectDeterministicError } from '../../errors'
import type { CallPerturbation, Site, SiteLookup } from './CallPerturbation'
import { installAsync } from './asyncSource'
import { installClock } from './clockSource'
import { installLocale } from './localeSource'
import { Patcher } from './Patcher'
import { inTableOrder, type PerturbSource } from './PerturbSource'
import { installRandom } from './randomSource'
import { installReaddir } from './readdirSource'
import { installSort } from './sortSource'
import { installTimezone } from './timezoneSource'

type Installer = (patcher: Patcher, site: SiteLookup) => void

const INSTALLERS: Readonly<Record<Exclude<PerturbSource, 'order'>, Installer>> = {
  async: installAsync,
  readdir: installReaddir,
  sort: installSort,
  clock: installClock,
  random: installRandom,
  locale: installLocale,
  timezone: installTimezone,
}

// Shared through the global object, not a module variable: the package's entries are bundled
// separately (the root entry, the Vitest and Jest setup entries), and all of them must see the
// one check that has globals patched.
const REGISTRY = Symbol.for('expect-deterministic.perturbation')

interface Registry {
  [REGISTRY]?: PerturbSession
}

/**
 * One check's patches of globals: installed once, driven by the call that is running (found
 * through `AsyncLocalStorage`, so only code inside a call is perturbed, and concurrent calls each
 * get their own perturbation), and restored when the check settles, throws or rejects, or when
 * the runner's end-of-test hook finds it still open. Two sessions cannot be open at once.
 * @internal
 */
export class PerturbSession {
  private readonly storage = new AsyncLocalStorage<CallPerturbation>()
  private readonly patcher = new Patcher()
  private readonly installed = new Set<PerturbSource>()
  private closed = false

  private constructor(readonly seed: number) {}

  /**
   * Opens the session of a check.
   * @throws ExpectDeterministicError (`BAD_OPTIONS`, option `perturb`) while another is open.
   */
  static open(seed: number): PerturbSession {
    const registry = globalThis as Registry
    if (registry[REGISTRY] !== undefined) {
      throw new ExpectDeterministicError(
        'BAD_OPTIONS',
        'Another check with `perturb` is still running in this process. Perturbed checks patch globals ' +
          '(Date, Math.random, fs, Array.prototype.sort…) and cannot overlap: run them one at a time ' +
          '(not in test.concurrent), and await each before starting the next.',
        { option: 'perturb' },
      )
    }
    const session = new PerturbSession(seed)
    registry[REGISTRY] = session
    return session
  }

  /** Installs the patches of `sources` not yet installed ('order' needs none), in table order. */
  install(sources: Iterable<PerturbSource>): void {
    if (this.closed) return
    for (const source of inTableOrder(sources)) {
      if (source === 'order' || this.installed.has(source)) continue
      this.installed.add(source)
      INSTALLERS[source](this.patcher, this.site)
    }
    this.patcher.sync()
  }

  /** Whether the patches of `source` are in place. */
  has(source: PerturbSource): boolean {
    return this.installed.has(source)
  }

  /** Runs `fn` as the call `context`: the patches it reaches see that call's perturbation. */
  run<T>(context: CallPerturbation, fn: () => T): T {
    return this.storage.run(context, fn)
  }

  /** The site for a use of `source` by the running code, or `undefined` outside every call. */
  readonly site = (source: PerturbSource, api: string): Site | undefined => {
    if (this.closed) return undefined
    const context = this.storage.getStore()
    if (context === undefined || context.done) return undefined
    return context.enter(source, api)
  }

  /** Restores every patch and frees the process for another check. Safe to call twice. */
  close(): void {
    if (this.closed) return
    this.closed = true
    try {
      this.patcher.restore()
    } finally {
      this.storage.disable()
      const registry = globalThis as Registry
      if (registry[REGISTRY] === this) delete registry[REGISTRY]
    }
  }
}

/**
 * For the runners' end-of-test hooks: closes the check that still has globals patched (a call
 * that never settled, an assertion that was not awaited) and says whether there was one.
 * @example afterEach(() => { if (closeOpenSession()) throw new Error('…') })
 * @internal
 */
export function closeOpenSession(): boolean {
  const session = (globalThis as Registry)[REGISTRY]
  if (session === undefined) return false
  session.close()
  return true
}
