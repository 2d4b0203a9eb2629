import { compareStructurally } from '../core/equality/compareStructurally'
import { formatStep, printablePath } from '../core/paths/formatPath'
import { MEMBER, type PathStep } from '../core/paths/pathStep'
import type { Difference } from '../types'
import type { ElementComparer } from './ElementComparer'
import type { ArrayMatching } from './matchArrays'
import { pairUnmatched } from './pairUnmatched'
import type { IdentifyBy } from './readUnorderedOptions'
import { refineDifference } from './refineDifference'
import { resolveMatchers } from './resolveMatchers'
import { sortedCopy } from './sortedCopy'
/**
 * One element of a multiset with its index in its own array.
 * @since 0.1.0
 */
export interface UnorderedElement {
  readonly index: number
  readonly value: unknown
}

/**
 * A missing and an extra element that correspond (same `identifyBy` key, or similar structure),
 * with the first field where they differ.
 * @since 0.1.0
 */
export interface UnorderedPair {
  readonly expected: UnorderedElement
  readonly received: UnorderedElement
  readonly pairedBy: 'identifyBy' | 'structure'
  /** The first difference, its path starting at the array (`$.items[*].price`); `left` is expected. */
  readonly difference: Difference | undefined
}

/**
 * An element present on both sides, but a different number of times.
 * @since 0.1.0
 */
export interface UnorderedCount {
  readonly value: unknown
  readonly expected: number
  readonly received: number
  /** Indices of the unpaired copies (in `expected` when it has more, else in `received`). */
  readonly indices: readonly number[]
}

/**
 * The element-level account of a multiset that did not match.
 * @since 0.1.0
 */
export interface UnorderedMismatch {
  /** Where the array stands in the compared value (`$`, `$.orders[3].items`). */
  readonly path: string
  /** The same place as steps from the root. */
  readonly steps: readonly PathStep[]
  readonly receivedLength: number
  readonly expectedLength: number
  /** Elements paired with an equal element on the other side. */
  readonly matched: number
  /** In expected, not in received (and not part of `changed` or `counts`). */
  readonly missing: readonly UnorderedElement[]
  /** In received, not in expected (and not part of `changed` or `counts`). */
  readonly extra: readonly UnorderedElement[]
  readonly changed: readonly UnorderedPair[]
  readonly counts: readonly UnorderedCount[]
  /** The matching itself: `receivedToExpected[i]` is the partner of `received[i]`, or -1. */
  readonly receivedToExpected: Int32Array
}

/**
 * Builds the element-level report of a failed multiset match: copies whose count differs, pairs
 * of missing and extra elements that correspond, and the rest as missing or extra.
 * @internal
 */
export function explainMismatch(
  received: readonly unknown[],
  expected: readonly unknown[],
  matching: ArrayMatching,
  comparer: ElementComparer,
  state: unknown,
  steps: readonly PathStep[],
  identifyBy: IdentifyBy | undefined,
): UnorderedMismatch {
  const path = printablePath(steps)
  const unmatchedExpected = indicesOf(matching.expectedToReceived)
  const unmatchedReceived = indicesOf(matching.receivedToExpected)

  // A class left over on one side that also occurs on the other is a multiplicity change.
  // Only the classes of unpaired elements matter: counting those keeps large reports cheap.
  const wanted = new Set<number>()
  for (const index of unmatchedExpected) wanted.add(matching.expectedClasses[index] as number)
  for (const index of unmatchedReceived) wanted.add(matching.receivedClasses[index] as number)
  wanted.delete(-1)
  const countOn = (keys: Int32Array): Map<number, number> => {
    const counts = new Map<number, number>()
    if (wanted.size === 0) return counts
    for (const key of keys) if (wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1)
    return counts
  }
  const expectedCounts = countOn(matching.expectedClasses)
  const receivedCounts = countOn(matching.receivedClasses)
  const counts: UnorderedCount[] = []
  const byKey = new Map<number, number[]>()
  const collect = (indices: number[], keys: Int32Array, other: Map<number, number>): number[] =>
    indices.filter((index) => {
      const key = keys[index] as number
      if (key === -1 || !other.has(key)) return true
      const list = byKey.get(key)
      if (list === undefined) byKey.set(key, [index])
      else list.push(index)
      return false
    })
  const restExpected = collect(unmatchedExpected, matching.expectedClasses, receivedCounts)
  const moreInExpected = new Set(byKey.keys())
  const restReceived = collect(unmatchedReceived, matching.receivedClasses, expectedCounts)
  for (const [key, indices] of byKey) {
    const source = moreInExpected.has(key) ? expected : received
    counts.push({
      value: source[indices[0] as number],
      expected: expectedCounts.get(key) ?? 0,
      received: receivedCounts.get(key) ?? 0,
      indices,
    })
  }
  counts.sort((a, b) => (a.indices[0] as number) - (b.indices[0] as number))

  const member = comparer.scope.step(state, MEMBER)
  const pairs = pairUnmatched(
    received,
    expected,
    restReceived,
    restExpected,
    comparer,
    member,
    identifyBy,
  )
  const paired = new Set(pairs.map((p) => p.expected))
  const pairedReceived = new Set(pairs.map((p) => p.received))
  const changed = pairs.map(({ expected: e, received: r, pairedBy }): UnorderedPair => {
    const expectedValue = expected[e]
    const receivedValue = received[r]
    const { scope, maxDepth } = comparer
    const left = comparer.matchers
      ? sortedCopy(resolveMatchers(expectedValue, receivedValue), scope, member, maxDepth)
      : comparer.prepareExpected(expectedValue, member)
    const right = comparer.matchers
      ? sortedCopy(receivedValue, scope, member, maxDepth)
      : comparer.prepareReceived(receivedValue, member)
    const found = compareStructurally(left, right, true, maxDepth)
    const difference =
      found.difference &&
      refineDifference(found.difference, found.steps ?? [], left, right, scope, member)
    return {
      expected: { index: e, value: expectedValue },
      received: { index: r, value: receivedValue },
      pairedBy,
      difference: difference && {
        ...difference,
        path: `${path}${formatStep(MEMBER)}${difference.path.slice(1)}`,
      },
    }
  })
  return {
    path,
    steps: [...steps],
    receivedLength: received.length,
    expectedLength: expected.length,
    matched: matching.size,
    missing: restExpected
      .filter((i) => !paired.has(i))
      .map((index) => ({ index, value: expected[index] })),
    extra: restReceived
      .filter((i) => !pairedReceived.has(i))
      .map((index) => ({ index, value: received[index] })),
    changed,
    counts,
    receivedToExpected: matching.receivedToExpected,
  }
}

function indicesOf(partners: Int32Array): number[] {
  const out: number[] = []
  for (let i = 0; i < partners.length; i++) if (partners[i] === -1) out.push(i)
  return out
}
