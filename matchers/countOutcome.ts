import type { GoldenStatus } from '../src/golden/checkGolden'

/** The runner's snapshot counters that a golden outcome adds to. @internal */
export type SnapshotCounter = 'added' | 'updated' | 'matched' | 'unmatched'

const COUNTER_OF: Record<GoldenStatus, SnapshotCounter> = {
  written: 'added',
  updated: 'updated',
  matched: 'matched',
  mismatch: 'unmatched',
  missing: 'unmatched',
}

const nothing = (): void => undefined

/**
 * Adds one golden outcome to the runner's snapshot counters, so its summary says "1 written" or
 * "1 failed" for goldens too, and returns how to take it back (for a failed attempt of a retried
 * test). Jest keeps plain numbers. Vitest keeps one count per test (`increment(testId)`), which
 * it clears itself when it retries a test, so nothing is left to take back; a counter object
 * without `increment` goes through its `valueOf` and setter (`state.added = state.added + 1`, kept
 * for jest-image-snapshot, vitest-dev/vitest#7322). Without a snapshot state (standalone
 * `expect`) nothing happens.
 *
 * @example countOutcome(expect.getState().snapshotState, 'written', undefined)
 * @internal
 */
export function countOutcome(
  snapshotState: unknown,
  status: GoldenStatus,
  testId?: string,
): () => void {
  if (typeof snapshotState !== 'object' || snapshotState === null) return nothing
  const counter = COUNTER_OF[status]
  const state = snapshotState as Record<SnapshotCounter, unknown>
  const current = state[counter]
  const increment = (current as { increment?: unknown } | null)?.increment
  if (testId !== undefined && typeof current === 'object' && typeof increment === 'function') {
    ;(increment as (key: string) => void).call(current, testId)
    return nothing
  }
  if (typeof current === 'number' || (typeof current === 'object' && current !== null)) {
    const value = Number(current)
    if (Number.isFinite(value)) {
      state[counter] = value + 1
      return () => {
        const now = Number(state[counter])
        if (Number.isFinite(now) && now > 0) state[counter] = now - 1
      }
    }
  }
  return nothing
}
