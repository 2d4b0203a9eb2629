import { printablePath } from '../core/paths/formatPath'
import type { PathStep } from '../core/paths/pathStep'
import type { Difference } from '../types'
import type { ElementComparer } from './ElementComparer'
import { explainMismatch, type UnorderedMismatch } from './explainMismatch'
import { extraProperties } from './extraKeys'
import { isPerfect, matchArrays, type ArrayMatching } from './matchArrays'
import type { IdentifyBy } from './readUnorderedOptions'

/** Where a failed comparison is explained: a multiset's mismatch, or a difference elsewhere. @internal */
export type Found = { mismatch: UnorderedMismatch } | { difference: Difference }

/** A `Found` with the steps from the root to where it was found. @internal */
export type Located = Found & { steps: readonly PathStep[] }

/** The report of a multiset at `steps`: its extra keys when the elements pair up, else the mismatch. @internal */
export function explainArrays(
  received: unknown[],
  expected: unknown[],
  comparer: ElementComparer,
  state: unknown,
  steps: readonly PathStep[],
  identifyBy: IdentifyBy | undefined,
  known: ArrayMatching | undefined,
): Located {
  const matching = known ?? (matchArrays(received, expected, comparer, state) as ArrayMatching)
  if (isPerfect(matching, received, expected, comparer)) {
    const { path: at, ...rest } = extrasDifference(received, expected)
    return { difference: { ...rest, path: printablePath(steps) + at.slice(1) }, steps }
  }
  return {
    mismatch: explainMismatch(received, expected, matching, comparer, state, steps, identifyBy),
    steps,
  }
}

/** The failure of two arrays equal as multisets whose keys besides the indices differ. @internal */
export function extrasDifference(
  received: readonly unknown[],
  expected: readonly unknown[],
): Difference {
  return {
    path: '$',
    reason: 'array properties besides the indices differ',
    left: extraProperties(expected) ?? {},
    right: extraProperties(received) ?? {},
  }
}
