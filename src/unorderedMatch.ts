import { maximumMatching } from './bipartite'
import { MEMBER } from './paths'
import { keyEqual, keyHash } from './unorderedHash'
import type { UnorderedScope } from './unorderedScope'

/**
 * How elements are compared, fixed once per `compareUnordered` call.
 * @since 0.1.0
 */
export interface ElementComparer {
  readonly scope: UnorderedScope
  readonly strict: boolean
  /**
   * Whether canonical keys may decide equality. False when user equality testers are registered:
   * they may equate values whose keys differ, so every pair must be asked.
   */
  readonly keyed: boolean
  /** Turns an expected value at `state` into what `test` takes as its second argument. */
  prepareExpected(value: unknown, state: unknown): unknown
  /** Turns a received value at `state` into what `test` takes as its first argument. */
  prepareReceived(value: unknown, state: unknown): unknown
  /** Whether a prepared received value equals a prepared expected one. */
  test(received: unknown, expected: unknown): boolean
}

/**
 * A maximum pairing of two arrays' elements, as `matchArrays` returns it.
 * @since 0.1.0
 */
export interface ArrayMatching {
  /** Pairs found; the arrays are equal as multisets when this equals both lengths. */
  readonly size: number
  /** For each received index, the expected index it is paired with, or -1. */
  readonly receivedToExpected: Int32Array
  /** For each expected index, the received index it is paired with, or -1. */
  readonly expectedToReceived: Int32Array
  /** For each received element, its class of equal plain-data elements (shared with `expected`), or -1. */
  readonly receivedClasses: Int32Array
  /** For each expected element, its class of equal plain-data elements, or -1 (compared pairwise). */
  readonly expectedClasses: Int32Array
}

/**
 * Pairs the elements of `received` with those of `expected` (the arrays at `state`, a multiset
 * position of `comparer.scope`) so that as many pairs as possible are equal.
 *
 * Plain-data elements are grouped into classes of equal elements (by `keyHash`, confirmed with
 * `keyEqual`), and a whole class is one node of the bipartite graph with its size as capacity:
 * plain data costs O(n) expected time, with nested multisets hashed order-free. Elements without a key (asymmetric matchers, class instances,
 * Maps, Sets, or everything when custom testers are registered) are compared with `test` against
 * every candidate on the other side, and Hopcroft–Karp finds a maximum matching over all edges, so
 * a pairing is found whenever one exists: never a greedy first fit.
 *
 * With `quick`, a length mismatch returns `undefined` at once (the caller only needs a boolean).
 *
 * @example matchArrays([1, 2], [expect.any(Number), 1], comparer, state).size // 2
 * @since 0.1.0
 */
export function matchArrays(
  received: readonly unknown[],
  expected: readonly unknown[],
  comparer: ElementComparer,
  state: unknown,
  quick = false,
): ArrayMatching | undefined {
  if (quick && received.length !== expected.length) return undefined
  // toStrictEqual tells a hole from `undefined`; a multiset has no positions, so count the holes.
  if (quick && comparer.strict && holes(received) !== holes(expected)) return undefined
  const { scope, strict, keyed } = comparer
  const member = scope.step(state, MEMBER)

  // Classes of equal plain-data elements, found by hash and confirmed by keyEqual. A class seen
  // only in `received` gets an id too (no capacity), so reports can count copies per class.
  const byHash = new Map<number, number[]>()
  const classMembers: number[][] = []
  const classSample: unknown[] = []
  const classify = (value: unknown): number => {
    if (!keyed) return -1
    const hash = keyHash(value, scope, member, strict)
    if (hash === undefined) return -1
    let candidates = byHash.get(hash)
    if (candidates === undefined) byHash.set(hash, (candidates = []))
    for (const cls of candidates) if (keyEqual(classSample[cls], value, scope, member, strict)) return cls
    const cls = classMembers.length
    candidates.push(cls)
    classMembers.push([])
    classSample.push(value)
    return cls
  }
  const expectedClasses = new Int32Array(expected.length)
  const unkeyedExpected: number[] = []
  for (let index = 0; index < expected.length; index++) {
    const cls = classify(expected[index])
    expectedClasses[index] = cls
    if (cls === -1) unkeyedExpected.push(index)
    else (classMembers[cls] as number[]).push(index)
  }
  const expectedClassCount = classMembers.length
  const receivedClasses = new Int32Array(received.length)
  for (let index = 0; index < received.length; index++) receivedClasses[index] = classify(received[index])
  // Right nodes: one per class of equal keyed expected elements, then one per unkeyed element.
  const classCount = expectedClassCount
  const capacity = [...classMembers.slice(0, classCount).map((m) => m.length), ...unkeyedExpected.map(() => 1)]

  // Prepared forms are built only when a pairwise test needs them, and at most once each.
  const preparedExpected = new Map<number, unknown>()
  const expectedForm = (index: number): unknown => {
    if (!preparedExpected.has(index)) preparedExpected.set(index, comparer.prepareExpected(expected[index], member))
    return preparedExpected.get(index)
  }
  const neighbours: number[][] = new Array<number[]>(received.length)
  for (let i = 0; i < received.length; i++) {
    const cls = receivedClasses[i] as number
    if (cls !== -1 && unkeyedExpected.length === 0) {
      // The common case, plain data against plain data: one edge, no pairwise test.
      neighbours[i] = cls < classCount ? [cls] : []
      continue
    }
    const adjacent: number[] = []
    const form = comparer.prepareReceived(received[i], member)
    if (cls !== -1) {
      if (cls < classCount) adjacent.push(cls)
    } else {
      // Members of a class are equal to each other, so one representative answers for all.
      for (let other = 0; other < classCount; other++) {
        if (comparer.test(form, expectedForm((classMembers[other] as number[])[0] as number))) adjacent.push(other)
      }
    }
    for (let k = 0; k < unkeyedExpected.length; k++) {
      if (comparer.test(form, expectedForm(unkeyedExpected[k] as number))) adjacent.push(classCount + k)
    }
    neighbours[i] = adjacent
  }

  const matching = maximumMatching(capacity.length, neighbours, capacity)
  if (quick && matching.size !== expected.length) return undefined
  // Hand out the concrete members of each class in index order, so reports are deterministic.
  const receivedToExpected = new Int32Array(received.length).fill(-1)
  const expectedToReceived = new Int32Array(expected.length).fill(-1)
  const nextMember = new Int32Array(classCount)
  for (let i = 0; i < received.length; i++) {
    const right = matching.leftToRight[i] as number
    if (right === -1) continue
    const index =
      right < classCount
        ? ((classMembers[right] as number[])[(nextMember[right] = (nextMember[right] as number) + 1) - 1] as number)
        : (unkeyedExpected[right - classCount] as number)
    receivedToExpected[i] = index
    expectedToReceived[index] = i
  }
  return { size: matching.size, receivedToExpected, expectedToReceived, receivedClasses, expectedClasses }
}

/**
 * Whether a matching pairs every element of both arrays (and, under `strict`, the arrays have as
 * many holes each): the arrays are then equal as multisets.
 * @since 0.1.0
 */
export function isPerfect(
  matching: ArrayMatching,
  received: readonly unknown[],
  expected: readonly unknown[],
  comparer: ElementComparer,
): boolean {
  if (matching.size !== received.length || matching.size !== expected.length) return false
  return !comparer.strict || holes(received) === holes(expected)
}

function holes(array: readonly unknown[]): number {
  let count = 0
  for (let i = 0; i < array.length; i++) if (!(i in array)) count++
  return count
}
