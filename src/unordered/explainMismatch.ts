import { isIndexKey } from '../core/kinds/kindOf'
import { findDifference } from '../core/equality/findDifference'
import { MEMBER, type PathStep } from '../core/paths/pathStep'
import { formatPath, formatStep } from '../core/paths/formatPath'
import { parsePath } from '../core/paths/parsePath'
import type { UnorderedScope } from './createScope'
import type { Difference } from '../types'
import { isAsymmetric } from './isAsymmetric'
import { sortedCopy } from './sortedCopy'
import { keyEqual, keyHash } from './keyHash'
import type { ArrayMatching, ElementComparer } from './matchArrays'

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

/** How `identifyBy` names an element: a property name or a function. */
export type IdentifyBy = string | ((element: unknown) => unknown)

// A path segment that is an array index.

// Structural pairing compares every missing element with every extra one: cap the work.
const MAX_SIMILARITY_CHECKS = 10_000

/**
 * Builds the element-level report of a failed multiset match: copies whose count differs, pairs
 * of missing and extra elements that correspond, and the rest as missing or extra.
 * @since 0.1.0
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
  const path = formatPath(steps)
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
  const pairs = pairUp(received, expected, restReceived, restExpected, comparer, member, identifyBy)
  const paired = new Set(pairs.map((p) => p.expected))
  const pairedReceived = new Set(pairs.map((p) => p.received))
  const changed = pairs.map(({ expected: e, received: r, pairedBy }): UnorderedPair => {
    const expectedValue = expected[e]
    const receivedValue = received[r]
    const left = sortedCopy(resolveMatchers(expectedValue, receivedValue), comparer.scope, member)
    const right = sortedCopy(receivedValue, comparer.scope, member)
    const found = findDifference(left, right)
    const difference = found && refineDifference(found, left, right, comparer.scope, member)
    return {
      expected: { index: e, value: expectedValue },
      received: { index: r, value: receivedValue },
      pairedBy,
      difference: difference && { ...difference, path: `${path}${formatStep(MEMBER)}${difference.path.slice(1)}` },
    }
  })
  return {
    path,
    steps: [...steps],
    receivedLength: received.length,
    expectedLength: expected.length,
    matched: matching.size,
    missing: restExpected.filter((i) => !paired.has(i)).map((index) => ({ index, value: expected[index] })),
    extra: restReceived.filter((i) => !pairedReceived.has(i)).map((index) => ({ index, value: received[index] })),
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

interface Pair {
  readonly expected: number
  readonly received: number
  readonly pairedBy: 'identifyBy' | 'structure'
}

/** Pairs missing with extra elements: by `identifyBy` when given, else by shared fields. */
function pairUp(
  received: readonly unknown[],
  expected: readonly unknown[],
  restReceived: readonly number[],
  restExpected: readonly number[],
  comparer: ElementComparer,
  member: unknown,
  identifyBy: IdentifyBy | undefined,
): Pair[] {
  const pairs: Pair[] = []
  if (identifyBy !== undefined) {
    const byIdentity = new IdentityIndex(comparer.scope, comparer.scope.step(member, MEMBER))
    for (const r of restReceived) {
      const id = identityOf(received[r], identifyBy)
      if (id !== NO_ID) byIdentity.indicesOf(id).push(r)
    }
    for (const e of restExpected) {
      const id = identityOf(expected[e], identifyBy)
      const candidates = id === NO_ID ? undefined : byIdentity.find(id)
      if (candidates !== undefined && candidates.length > 0) {
        pairs.push({ expected: e, received: candidates.shift() as number, pairedBy: 'identifyBy' })
      }
    }
    return pairs
  }
  if (restExpected.length * restReceived.length > MAX_SIMILARITY_CHECKS) return pairs
  // Greedy by best score is fine here: this only chooses what to show side by side.
  const scored: { e: number; r: number; score: number }[] = []
  for (const e of restExpected) {
    for (const r of restReceived) {
      const score = similarity(expected[e], received[r], comparer, member)
      if (score >= 0.5) scored.push({ e, r, score })
    }
  }
  scored.sort((a, b) => b.score - a.score || a.e - b.e || a.r - b.r)
  const usedE = new Set<number>()
  const usedR = new Set<number>()
  for (const { e, r } of scored) {
    if (usedE.has(e) || usedR.has(r)) continue
    usedE.add(e)
    usedR.add(r)
    pairs.push({ expected: e, received: r, pairedBy: 'structure' })
  }
  return pairs.sort((a, b) => a.expected - b.expected)
}

const NO_ID: unique symbol = Symbol('no id')

/** The `identifyBy` key of an element, or `NO_ID` when it has none (or reading it threw). */
function identityOf(element: unknown, identifyBy: IdentifyBy): unknown {
  let id: unknown
  try {
    if (typeof identifyBy === 'function') id = identifyBy(element)
    else if (typeof element === 'object' && element !== null) id = (element as Record<string, unknown>)[identifyBy]
  } catch {
    return NO_ID
  }
  return id === undefined || isAsymmetric(id) ? NO_ID : id
}

/**
 * Element indices grouped by `identifyBy` key: keys equal as plain data (`keyHash`, confirmed by
 * `keyEqual`, strictly) share a group; any other key is its own group, by identity.
 */
class IdentityIndex {
  private readonly buckets = new Map<unknown, { id: unknown; indices: number[] }[]>()

  constructor(
    private readonly scope: UnorderedScope,
    private readonly state: unknown,
  ) {}

  find(id: unknown): number[] | undefined {
    const hash = keyHash(id, this.scope, this.state, true)
    const bucket = this.buckets.get(hash ?? id)
    const same = (other: unknown): boolean => (hash === undefined ? other === id : keyEqual(other, id, this.scope, this.state, true))
    return bucket?.find((entry) => same(entry.id))?.indices
  }

  indicesOf(id: unknown): number[] {
    const found = this.find(id)
    if (found !== undefined) return found
    const hash = keyHash(id, this.scope, this.state, true)
    const entry = { id, indices: [] as number[] }
    const bucket = this.buckets.get(hash ?? id)
    if (bucket === undefined) this.buckets.set(hash ?? id, [entry])
    else bucket.push(entry)
    return entry.indices
  }
}

/**
 * The share of fields (of the union of both objects' keys) whose values are equal: 0 for
 * anything but two plain or class objects.
 */
function similarity(expected: unknown, received: unknown, comparer: ElementComparer, member: unknown): number {
  if (typeof expected !== 'object' || typeof received !== 'object' || expected === null || received === null) return 0
  if (Array.isArray(expected) || Array.isArray(received) || isAsymmetric(expected)) return 0
  const keys = new Set([...Object.keys(expected), ...Object.keys(received)])
  if (keys.size === 0) return 0
  let equal = 0
  for (const key of keys) {
    const state = comparer.scope.step(member, key)
    const e = (expected as Record<string, unknown>)[key]
    const r = (received as Record<string, unknown>)[key]
    if (comparer.test(comparer.prepareReceived(r, state), comparer.prepareExpected(e, state))) equal++
  }
  return equal / keys.size
}

/**
 * `expected` with each asymmetric matcher that accepts the received value at the same place
 * replaced by that value, so a diff shows only the fields that really differ (the runners' own
 * diffs do the same).
 * @since 0.1.0
 */
export function resolveMatchers(expected: unknown, received: unknown, seen: Set<object> = new Set()): unknown {
  if (isAsymmetric(expected)) {
    try {
      return expected.asymmetricMatch(received) ? received : expected
    } catch {
      return expected
    }
  }
  if (typeof expected !== 'object' || expected === null || typeof received !== 'object' || received === null) return expected
  if (seen.has(expected)) return expected
  const proto: unknown = Object.getPrototypeOf(expected)
  if (Array.isArray(expected) && Array.isArray(received) && proto === Array.prototype) {
    if (expected.length !== received.length) return expected
    seen.add(expected)
    const out = expected.map((item, index) => resolveMatchers(item, received[index], seen))
    seen.delete(expected)
    return out
  }
  if (proto !== Object.prototype) return expected
  seen.add(expected)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(expected)) {
    out[key] = resolveMatchers((expected as Record<string, unknown>)[key], (received as Record<string, unknown>)[key], seen)
  }
  seen.delete(expected)
  return out
}

/**
 * Rewrites a difference found in sorted copies (`left`, `right`) for people: when it lies inside
 * a multiset, an index into the sorted copy says nothing about the original, so the difference is
 * reported at the multiset itself (`$.roles`, both sorted arrays) instead.
 * @since 0.1.0
 */
export function refineDifference(
  difference: Difference,
  left: unknown,
  right: unknown,
  scope: UnorderedScope,
  state: unknown,
): Difference {
  let segments: ReturnType<typeof parsePath>
  try {
    segments = parsePath(difference.path)
  } catch {
    return difference
  }
  let out = '$'
  let at = state
  let l = left
  let r = right
  const child = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
  for (const segment of segments) {
    if (segment.kind !== 'key') return difference
    if (Array.isArray(l) && Array.isArray(r) && isIndexKey(segment.key) && scope.unordered(at)) {
      return { path: out, reason: 'multisets differ', left: l, right: r }
    }
    const step: PathStep = Array.isArray(l) && isIndexKey(segment.key) ? Number(segment.key) : segment.key
    out += formatStep(step)
    at = scope.step(at, step)
    l = child(l, segment.key)
    r = child(r, segment.key)
  }
  return { ...difference, path: out }
}
