import { kindOf } from '../core/kinds/kindOf'
import { MEMBER } from '../core/paths/pathStep'
import type { UnorderedScope } from './createScope'
import type { ElementComparer } from './ElementComparer'
import { isAsymmetric } from './isAsymmetric'
import { keyEqual } from './keyEqual'
import { keyHash } from './keyHash'
import type { IdentifyBy } from './readUnorderedOptions'

// Structural pairing compares every missing element with every extra one: cap the work.
const MAX_SIMILARITY_CHECKS = 10_000

/** A missing (expected) and an extra (received) element shown side by side. @internal */
export interface Pair {
  readonly expected: number
  readonly received: number
  readonly pairedBy: 'identifyBy' | 'structure'
}

/**
 * Pairs missing with extra elements: by `identifyBy` when given, else by shared fields (a lone
 * missing and a lone extra element always pair).
 * @internal
 */
export function pairUnmatched(
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
  // One container left on each side, of one kind: they are the pair to show side by side, however
  // deep their difference lies (a field-by-field score would see none).
  if (
    restExpected.length === 1 &&
    restReceived.length === 1 &&
    sameKindOfContainer(expected[restExpected[0] as number], received[restReceived[0] as number])
  )
    return [
      {
        expected: restExpected[0] as number,
        received: restReceived[0] as number,
        pairedBy: 'structure',
      },
    ]
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

function sameKindOfContainer(expected: unknown, received: unknown): boolean {
  if (typeof expected !== 'object' || expected === null || isAsymmetric(expected)) return false
  if (typeof received !== 'object' || received === null) return false
  return kindOf(expected) === kindOf(received)
}

const NO_ID: unique symbol = Symbol('no id')

/** The `identifyBy` key of an element, or `NO_ID` when it has none (or reading it threw). */
function identityOf(element: unknown, identifyBy: IdentifyBy): unknown {
  let id: unknown
  try {
    if (typeof identifyBy === 'function') id = identifyBy(element)
    else if (typeof element === 'object' && element !== null)
      id = (element as Record<string, unknown>)[identifyBy]
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
    const same = (other: unknown): boolean =>
      hash === undefined ? other === id : keyEqual(other, id, this.scope, this.state, true)
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
function similarity(
  expected: unknown,
  received: unknown,
  comparer: ElementComparer,
  member: unknown,
): number {
  if (
    typeof expected !== 'object' ||
    typeof received !== 'object' ||
    expected === null ||
    received === null
  )
    return 0
  if (Array.isArray(expected) || Array.isArray(received) || isAsymmetric(expected)) return 0
  const keys = new Set([...Object.keys(expected), ...Object.keys(received)])
  if (keys.size === 0) return 0
  let equal = 0
  for (const key of keys) {
    const state = comparer.scope.step(member, key)
    const e = (expected as Record<string, unknown>)[key]
    const r = (received as Record<string, unknown>)[key]
    if (comparer.test(comparer.prepareReceived(r, state), comparer.prepareExpected(e, state)))
      equal++
  }
  return equal / keys.size
}
