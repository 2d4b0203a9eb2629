import { indexCandidates } from './indexCandidates'
import { maximumMatching } from './maximumMatching'
import { MEMBER } from '../core/paths/pathStep'
import { keyEqual } from './keyEqual'
import { keyHash } from './keyHash'
import type { ElementComparer } from './ElementComparer'

/**
 * A maximum pairing of two arrays' elements, as `matchArrays` returns it.
 * @internal
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
 * every candidate on the other side that their plain fields allow (`indexCandidates`; all of
 * them when they have none), and Hopcroft–Karp finds a maximum matching over all edges, so a
 * pairing is found whenever one exists: never a greedy first fit. The edges, and so the pairing,
 * are those a test of every pair would find.
 *
 * With `quick`, a length mismatch returns `undefined` at once (the caller only needs a boolean).
 *
 * @example matchArrays([1, 2], [expect.any(Number), 1], comparer, state).size // 2
 * @internal
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
  // Flat arrays and linked lists instead of an array per class: 1e5 classes are common.
  const firstOfHash = new Map<number, number>()
  const nextSameHash: number[] = []
  const classSample: unknown[] = []
  const classFirst: number[] = []
  const classLast: number[] = []
  const classSize: number[] = []
  const nextMember = new Int32Array(expected.length).fill(-1)
  const classify = (value: unknown): number => {
    if (!keyed) return -1
    const hash = keyHash(value, scope, member, strict, comparer.keys)
    if (hash === undefined) return -1
    const first = firstOfHash.get(hash)
    let cls = first ?? -1
    while (cls !== -1) {
      if (keyEqual(classSample[cls], value, scope, member, strict)) return cls
      cls = nextSameHash[cls] as number
    }
    cls = classSample.length
    classSample.push(value)
    nextSameHash.push(first ?? -1)
    firstOfHash.set(hash, cls)
    classFirst.push(-1)
    classLast.push(-1)
    classSize.push(0)
    return cls
  }
  const expectedClasses = new Int32Array(expected.length)
  const unkeyedExpected: number[] = []
  for (let index = 0; index < expected.length; index++) {
    const cls = classify(expected[index])
    expectedClasses[index] = cls
    if (cls === -1) {
      unkeyedExpected.push(index)
      continue
    }
    if (classLast[cls] === -1) classFirst[cls] = index
    else nextMember[classLast[cls] as number] = index
    classLast[cls] = index
    classSize[cls] = (classSize[cls] as number) + 1
  }
  // Right nodes: one per class of keyed expected elements, then one per unkeyed element.
  const classCount = classSample.length
  const receivedClasses = new Int32Array(received.length)
  let allKeyed = true
  for (let index = 0; index < received.length; index++) {
    const cls = classify(received[index])
    receivedClasses[index] = cls
    if (cls === -1) allKeyed = false
  }

  const receivedToExpected = new Int32Array(received.length).fill(-1)
  const expectedToReceived = new Int32Array(expected.length).fill(-1)
  // Members of each class are handed out in index order, so reports are deterministic.
  const cursor = classFirst.slice(0, classCount)
  const pair = (i: number, cls: number): void => {
    const index = cursor[cls] as number
    cursor[cls] = nextMember[index] as number
    receivedToExpected[i] = index
    expectedToReceived[index] = i
  }
  if (allKeyed && unkeyedExpected.length === 0) {
    // Plain data on both sides: classes are disjoint complete bipartite blocks, so pairing within
    // each class up to its size is already a maximum matching.
    let size = 0
    for (let i = 0; i < received.length; i++) {
      const cls = receivedClasses[i] as number
      if (cls < classCount && cursor[cls] !== -1) {
        pair(i, cls)
        size++
      } else if (quick) {
        return undefined
      }
    }
    return { size, receivedToExpected, expectedToReceived, receivedClasses, expectedClasses }
  }

  // Forms are prepared once each, in the order a scan of every pair would prepare them, so a value
  // that cannot be prepared (too deep, say) fails the same way whichever pairs are compared.
  const receivedForms: unknown[] = new Array<unknown>(received.length)
  const expectedForms: unknown[] = []
  const classForms = new Map<number, unknown>()
  const classForm = (cls: number): unknown => {
    if (!classForms.has(cls))
      classForms.set(cls, comparer.prepareExpected(expected[classFirst[cls] as number], member))
    return classForms.get(cls)
  }
  const neighbours: number[][] = new Array<number[]>(received.length)
  for (let i = 0; i < received.length; i++) {
    const cls = receivedClasses[i] as number
    const adjacent: number[] = []
    neighbours[i] = adjacent
    if (cls !== -1 && cls < classCount && classSize[cls] !== 0) adjacent.push(cls)
    if (cls !== -1 && unkeyedExpected.length === 0) continue
    const form = comparer.prepareReceived(received[i], member)
    receivedForms[i] = form
    if (cls === -1) {
      // Members of a class are equal to each other, so one representative answers for all.
      for (let other = 0; other < classCount; other++) {
        if (classSize[other] !== 0 && comparer.test(form, classForm(other))) adjacent.push(other)
      }
    }
    if (i === 0)
      for (const index of unkeyedExpected)
        expectedForms.push(comparer.prepareExpected(expected[index], member))
  }
  // Pairwise elements only meet the received elements their plain fields allow (indexCandidates);
  // each list of neighbours still grows in the order of `unkeyedExpected`, as a full scan would.
  const candidates = indexCandidates(received, expected, unkeyedExpected, comparer, member)
  for (let k = 0; k < unkeyedExpected.length; k++) {
    const form = expectedForms[k]
    const lists = candidates[k]
    const meet = (i: number): void => {
      if (comparer.test(receivedForms[i], form)) (neighbours[i] as number[]).push(classCount + k)
    }
    if (lists === undefined) for (let i = 0; i < received.length; i++) meet(i)
    else for (const list of lists) for (const i of list) meet(i)
  }
  const capacity = [...classSize.slice(0, classCount), ...unkeyedExpected.map(() => 1)]
  const matching = maximumMatching(capacity.length, neighbours, capacity)
  if (quick && matching.size !== expected.length) return undefined
  for (let i = 0; i < received.length; i++) {
    const right = matching.leftToRight[i] as number
    if (right === -1) continue
    if (right < classCount) {
      pair(i, right)
    } else {
      const index = unkeyedExpected[right - classCount] as number
      receivedToExpected[i] = index
      expectedToReceived[index] = i
    }
  }
  return {
    size: matching.size,
    receivedToExpected,
    expectedToReceived,
    receivedClasses,
    expectedClasses,
  }
}

/**
 * Whether a matching pairs every element of both arrays (and, under `strict`, the arrays have as
 * many holes each): the arrays are then equal as multisets.
 * @internal
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
