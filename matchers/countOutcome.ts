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

/**
 * Adds one golden outcome to the runner's snapshot counters, so its summary says "1 written" or
 * "1 failed" for goldens too. Jest keeps plain numbers; Vitest keeps counter maps whose
 * `valueOf` and setter accept `state.added = state.added + 1` (kept for jest-image-snapshot,
 * vitest-dev/vitest#7322). Without a snapshot state (standalone `expect`) nothing happens.
 *
 * @example countOutcome(expect.getState().snapshotState, 'written')
 * @internal
 */
export function countOutcome(snapshotState: unknown, status: GoldenStatus): void {
  if (typeof snapshotState !== 'object' || snapshotState === null) return
  const counter = COUNTER_OF[status]
  const state = snapshotState as Record<SnapshotCounter, unknown>
  const current = state[counter]
  if (typeof current === 'number' || (typeof current === 'object' && current !== null)) {
    const value = Number(current)
    if (Number.isFinite(value)) state[counter] = value + 1
  }
}
