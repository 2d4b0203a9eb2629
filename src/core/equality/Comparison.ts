import type { Difference } from '../../types'
import { printablePath } from '../paths/formatPath'
import type { PathStep } from '../paths/pathStep'

/**
 * One comparison's state. The fast mode tracks nothing; it bails out (RESTART) past
 * `FAST_DEPTH` levels, where cycles become possible, and on any exception, so the common case of
 * shallow acyclic data pays for no bookkeeping. The tracked mode records the path, the ancestors
 * on both sides (cycles) and the depth; the explaining mode also records the first difference.
 * @internal
 */
export interface Comparison {
  readonly tracked: boolean
  readonly maxDepth: number
  explain: boolean
  readonly steps: PathStep[]
  readonly ancestorsA: Map<object, number>
  readonly ancestorsB: Map<object, number>
  difference: Difference | undefined
}

/** The one state of every fast-mode comparison: nothing is tracked, so it is shared. @internal */
export const FAST: Comparison = Object.freeze({
  tracked: false,
  maxDepth: Number.POSITIVE_INFINITY,
  explain: false,
  steps: [],
  ancestorsA: new Map(),
  ancestorsB: new Map(),
  difference: undefined,
}) as Comparison

/** Records the first difference (in explaining mode) and returns false. @internal */
export function differ(
  c: Comparison,
  reason: string,
  left: unknown,
  right: unknown,
  step?: PathStep,
): false {
  if (c.explain && c.difference === undefined) {
    const steps = step === undefined ? c.steps : [...c.steps, step]
    c.difference = { path: printablePath(steps), reason, left, right }
  }
  return false
}
