/**
 * Timing helpers for the benchmarks: warm-up, interleaved rounds with a GC between them, best-of
 * and median per call, and the fitted exponent of time against input size.
 *
 * Candidates are timed round-robin (round 1 of every candidate, then round 2, ...), so a burst of
 * noise from other processes on a shared machine hits all of them alike instead of one.
 */
import { performance } from 'node:perf_hooks'

/** One function to time, under the name printed in the tables. */
export interface Candidate {
  readonly name: string
  readonly fn: () => unknown
}

/** Per-call times in milliseconds of one candidate. */
export interface Timing {
  readonly name: string
  /** The fastest round: the least disturbed by noise, used for ratios. */
  readonly best: number
  readonly median: number
  /** Calls per round (more than one for fast calls, so each round lasts long enough to measure). */
  readonly reps: number
}

export interface MeasureOptions {
  /** Timed rounds per candidate. */
  readonly rounds: number
  /** Shortest duration of one round in milliseconds; fast calls are repeated to reach it. */
  readonly minRoundMs: number
  /** Untimed calls before calibration, so the code is optimized before it is measured. */
  readonly warmup: number
  /**
   * Time one candidate may spend in its rounds, in milliseconds. Slow candidates get fewer rounds
   * (never fewer than `minRounds`), so one slow peer cannot stretch the whole run.
   */
  readonly budgetMs: number
  readonly minRounds: number
}

const gc = (globalThis as { gc?: (options?: { type: 'major' | 'minor' }) => void }).gc

/** Whether `--expose-gc` is on; without it rounds are not separated by a collection. */
export const hasGc = gc !== undefined

// Results are kept here so the engine cannot drop a call whose value is unused.
let _sink: unknown

/** Times every candidate; returns their timings in the same order. */
export function measure(candidates: readonly Candidate[], options: MeasureOptions): Timing[] {
  const calibrated = candidates.map((candidate) => calibrate(candidate.fn, options))
  const reps = calibrated.map((c) => c.reps)
  const rounds = calibrated.map((c) => {
    const affordable = Math.floor(options.budgetMs / (c.reps * c.once))
    return Math.max(options.minRounds, Math.min(options.rounds, affordable))
  })
  const samples: number[][] = candidates.map(() => [])
  for (let round = 0; round < options.rounds; round++) {
    // A full collection per round clears what the last round left; a minor one before each
    // candidate gives it an empty young generation. (A full one per candidate costs seconds on
    // the large heaps of n = 1e5 and measures nothing more.)
    gc?.({ type: 'major' })
    candidates.forEach((candidate, i) => {
      if (round >= (rounds[i] as number)) return
      gc?.({ type: 'minor' })
      const count = reps[i] as number
      const start = performance.now()
      for (let r = 0; r < count; r++) _sink = candidate.fn()
      ;(samples[i] as number[]).push((performance.now() - start) / count)
    })
  }
  _sink = undefined
  return candidates.map((candidate, i) => {
    const times = [...(samples[i] as number[])].sort((x, y) => x - y)
    const best = times[0] as number
    return { name: candidate.name, best, median: median(times), reps: reps[i] as number }
  })
}

/**
 * Warms up `fn` (fewer calls when one call is slow), then picks how many calls make one round
 * last at least `minRoundMs`.
 */
function calibrate(fn: () => unknown, options: MeasureOptions): { reps: number; once: number } {
  let once = Infinity
  let spent = 0
  for (let i = 0; i < Math.max(1, options.warmup) && spent < options.budgetMs / 4; i++) {
    const start = performance.now()
    _sink = fn()
    const elapsed = performance.now() - start
    spent += elapsed
    once = Math.min(once, elapsed)
  }
  once = Math.max(once, 0.001)
  return { reps: Math.max(1, Math.ceil(options.minRoundMs / once)), once }
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1
  const upper = sorted[mid] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2
}

/**
 * The least-squares slope of log(time) against log(n): 1 for linear growth, 2 for quadratic.
 * With three sizes a decade apart, ±0.05 is within noise.
 */
export function fittedExponent(points: readonly { n: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.n))
  const ys = points.map((p) => Math.log(p.ms))
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length
  const meanY = ys.reduce((s, y) => s + y, 0) / ys.length
  let num = 0
  let den = 0
  xs.forEach((x, i) => {
    num += (x - meanX) * ((ys[i] as number) - meanY)
    den += (x - meanX) ** 2
  })
  return num / den
}

/** Milliseconds with 3 significant digits: `0.0412`, `3.17`, `254`. */
export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0)
  if (ms >= 10) return ms.toFixed(1)
  if (ms >= 1) return ms.toFixed(2)
  return ms.toPrecision(3)
}

/** A ratio like `1.73x`. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * `npm run bench -- --quick` (or `EXPECT_DETERMINISTIC_BENCH_QUICK=1`): fewer sizes and rounds,
 * to check that the harness works; its figures are not for the record.
 */
export const QUICK =
  process.argv.includes('--quick') || process.env.EXPECT_DETERMINISTIC_BENCH_QUICK === '1'

/**
 * The rounds of the matcher benchmarks (toEqualUnordered with its peers), and the predicted time
 * per call above which a slow peer is skipped at a size (above SLOW_PEER_MS it is timed once).
 */
export const MATCHER_OPTIONS: MeasureOptions = QUICK
  ? { rounds: 2, minRoundMs: 20, warmup: 1, budgetMs: 300, minRounds: 1 }
  : { rounds: 5, minRoundMs: 100, warmup: 2, budgetMs: 3000, minRounds: 2 }
export const SKIP_PEER_MS = 20_000
export const SLOW_PEER_MS = 1_500
