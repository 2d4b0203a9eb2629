import type { ElementComparer } from './ElementComparer'
import type { UnorderedScope } from './createScope'
import { fieldHash, probeOf, reachKeys, type FieldProbe, type Reach } from './fieldProbe'
import { isAsymmetric } from './isAsymmetric'
import { keyEqual } from './keyEqual'

/**
 * The received elements that may equal one expected element: the union of disjoint lists of
 * received indices (shared with the index, never copied), or `undefined` for all of them.
 * @internal
 */
export type Candidates = readonly (readonly number[])[] | undefined

// A bucket this small is selective enough: no further field is indexed for its element.
const SMALL_BUCKET = 8
// Each index costs a read of every received element: a few are enough to find a selective field.
const MAX_INDEXES = 6

/** Received indices grouped by the value of one field; `wildcard`: those it cannot rule out. */
interface FieldIndex {
  readonly buckets: Map<number, { readonly sample: unknown; readonly indices: number[] }[]>
  readonly wildcard: number[]
  /** How the field's values are keyed: the scope, the field's state, strictness. */
  readonly scope: UnorderedScope
  readonly state: unknown
  readonly strict: boolean
}

/**
 * For each expected element compared pairwise (`pairwise`, indices into `expected`), the received
 * elements worth comparing with it; every other pair is certainly unequal.
 *
 * An expected element with a probe (`probeOf`: plain fields beside its matchers, or the sample of
 * `objectContaining`) can only equal a received element holding an equal value in one of those
 * fields. Received elements are indexed by field value (`keyHash`, confirmed by `keyEqual`, the
 * equality of plain data the classes of `matchArrays` already rely on), one field at a time: the
 * fields whose values tell the most expected elements apart come first, and an element stops
 * looking once its bucket holds at most `SMALL_BUCKET` elements. A received element the index
 * cannot rule out (itself a matcher, a field that is not plain data, a getter that throws, a
 * primitive where `objectContaining` may read a property) is a candidate of every probe on that
 * field. With user equality testers (`keyed` false) nothing is narrowed: they may equate anything.
 *
 * Memory is linear: at most `MAX_INDEXES` indexes of the received elements, and lists shared.
 *
 * @example indexCandidates([{ id: 1 }, { id: 2 }], [{ id: 2, name: expect.any(String) }], [0], comparer, member) // [[[1], []]]
 * @internal
 */
export function indexCandidates(
  received: readonly unknown[],
  expected: readonly unknown[],
  pairwise: readonly number[],
  comparer: ElementComparer,
  member: unknown,
): Candidates[] {
  const chosen: Candidates[] = pairwise.map(() => undefined)
  if (!comparer.keyed || received.length < 2) return chosen
  const probes = pairwise.map((index) => probeOf(expected[index], comparer, member))
  const best = pairwise.map(() => Number.POSITIVE_INFINITY)
  const settled = probes.map((probe) => probe === undefined)
  let built = 0
  for (const field of fieldsBySpread(probes)) {
    if (built >= MAX_INDEXES) break
    const open = field.holders.filter((holder) => settled[holder.probe] !== true)
    if (open.length === 0) continue
    const index = buildIndex(received, field.reach, field.key, comparer, member)
    built++
    for (const { probe, value, hash } of open) {
      const bucket = lookUp(index, value, hash)
      const size = bucket.length + index.wildcard.length
      if (size < (best[probe] as number)) {
        best[probe] = size
        chosen[probe] = [bucket, index.wildcard]
      }
      if (size <= SMALL_BUCKET) settled[probe] = true
    }
  }
  return chosen
}

interface Holder {
  readonly probe: number
  readonly value: unknown
  readonly hash: number
}

/**
 * Every (reach, field) that some probe holds, with the probes holding it, the most telling first:
 * by how many distinct values the probes hold in it, then by name (code-unit order), so the
 * choice never depends on the order of keys or elements.
 */
function fieldsBySpread(
  probes: readonly (FieldProbe | undefined)[],
): { reach: Reach; key: string; holders: Holder[] }[] {
  const fields = new Map<
    string,
    { reach: Reach; key: string; holders: Holder[]; hashes: Set<number> }
  >()
  probes.forEach((probe, p) => {
    if (probe === undefined) return
    for (const { key, value, hash } of probe.fields) {
      const id = `${probe.reach}:${key}`
      let entry = fields.get(id)
      if (entry === undefined) {
        entry = { reach: probe.reach, key, holders: [], hashes: new Set() }
        fields.set(id, entry)
      }
      entry.holders.push({ probe: p, value, hash })
      entry.hashes.add(hash)
    }
  })
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return [...fields.entries()]
    .sort(([idA, a], [idB, b]) => b.hashes.size - a.hashes.size || byName(idA, idB))
    .map(([, field]) => field)
}

/** The received elements whose field is plain data equal to `value` (none: an empty list). */
function lookUp(index: FieldIndex, value: unknown, hash: number): readonly number[] {
  for (const entry of index.buckets.get(hash) ?? []) {
    if (keyEqual(entry.sample, value, index.scope, index.state, index.strict)) return entry.indices
  }
  return []
}

const ABSENT: unique symbol = Symbol('absent')
const UNKNOWN: unique symbol = Symbol('unknown')

function buildIndex(
  received: readonly unknown[],
  reach: Reach,
  key: string,
  comparer: ElementComparer,
  member: unknown,
): FieldIndex {
  const keys = reachKeys(reach, comparer, member)
  const { scope, strict } = keys
  const at = keys.state(key)
  const index: FieldIndex = { buckets: new Map(), wildcard: [], scope, state: at, strict }
  for (let i = 0; i < received.length; i++) {
    const value = readField(received[i], reach, key)
    if (value === ABSENT) continue
    const hash = value === UNKNOWN ? undefined : fieldHash(value, keys, at, comparer)
    if (hash === undefined) {
      index.wildcard.push(i)
      continue
    }
    let bucket = index.buckets.get(hash)
    if (bucket === undefined) {
      bucket = []
      index.buckets.set(hash, bucket)
    }
    const same = bucket.find((entry) => keyEqual(entry.sample, value, scope, at, strict))
    if (same === undefined) bucket.push({ sample: value, indices: [i] })
    else same.indices.push(i)
  }
  return index
}

/**
 * The field of a received element as the runner reads it, `ABSENT` when the element certainly
 * cannot equal an expected element that holds the field, `UNKNOWN` when that cannot be told.
 */
function readField(element: unknown, reach: Reach, key: string): unknown {
  // null and undefined equal no object, and have no properties for objectContaining.
  if (element === null || element === undefined) return ABSENT
  // A primitive has properties (`'ab'.length`), and a function may be a matcher: ask `equals`.
  if (typeof element !== 'object' || isAsymmetric(element)) return UNKNOWN
  try {
    if (reach === 'own' ? !Object.prototype.hasOwnProperty.call(element, key) : !(key in element))
      return ABSENT
    return (element as Record<string, unknown>)[key]
  } catch {
    return UNKNOWN
  }
}
