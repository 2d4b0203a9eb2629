import type { Difference } from '../../types'
import { printablePath } from '../paths/formatPath'
import type { PathStep } from '../paths/pathStep'

/**
 * One tracked comparison's state: the path, the ancestors on both sides (cycles), the depth limit,
 * and in explaining mode the first difference. `next*` hold the child a frame asks for next (fields
 * rather than a fresh object per child, which the engine would allocate millions of times).
 * @internal
 */
export interface Comparison {
  readonly maxDepth: number
  readonly explain: boolean
  readonly steps: PathStep[]
  readonly ancestorsA: Map<object, number>
  readonly ancestorsB: Map<object, number>
  difference: Difference | undefined
  /** The steps to `difference`, unabridged (its printed path may elide the middle). */
  differenceSteps: PathStep[] | undefined
  /** How many probes (comparisons that only test a pairing) are running: they record nothing. */
  probing: number
  nextA: unknown
  nextB: unknown
  nextStep: PathStep
  nextProbe: boolean
}

/** A fresh comparison state. @internal */
export function createComparison(explain: boolean, maxDepth: number): Comparison {
  return {
    maxDepth,
    explain,
    steps: [],
    ancestorsA: new Map(),
    ancestorsB: new Map(),
    difference: undefined,
    differenceSteps: undefined,
    probing: 0,
    nextA: undefined,
    nextB: undefined,
    nextStep: '',
    nextProbe: false,
  }
}

/** Records the first difference (when explaining, outside probes) and returns false. @internal */
export function differ(
  c: Comparison,
  reason: string,
  left: unknown,
  right: unknown,
  step?: PathStep,
): false {
  if (c.explain && c.probing === 0 && c.difference === undefined) {
    const steps = step === undefined ? [...c.steps] : [...c.steps, step]
    c.difference = { path: printablePath(steps), reason, left, right }
    c.differenceSteps = steps
  }
  return false
}

/** Returned by a frame that asked for a child (in the `next*` fields). @internal */
export const CHILD: unique symbol = Symbol('child')

/**
 * Two containers being compared, one child at a time. `next` receives the result of the child it
 * asked for last (`undefined` the first time) and asks for another (`ask`, returning `CHILD`) or
 * settles the pair with a boolean.
 * @internal
 */
export interface EqualFrame {
  readonly a: object
  readonly b: object
  /** Whether this pair was entered as a probe (the engine counts probes down when it ends). */
  probe: boolean
  next(c: Comparison, last: boolean | undefined): boolean | typeof CHILD
}

/** Asks the engine to compare a child pair next. @internal */
export function ask(
  c: Comparison,
  a: unknown,
  b: unknown,
  step: PathStep,
  probe = false,
): typeof CHILD {
  c.nextA = a
  c.nextB = b
  c.nextStep = step
  c.nextProbe = probe
  return CHILD
}
