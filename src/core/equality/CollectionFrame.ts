import { entriesOf, membersOf } from '../kinds/intrinsics'
import { compareCanonical } from '../order/compareCanonical'
import { MEMBER, stepOfMapKey, type PathStep } from '../paths/pathStep'
import { ask, type CHILD, differ, type Comparison, type EqualFrame } from './Comparison'
import { isObjectLike } from './equalLeaves'
import { shapeHash } from './shapeHash'

// Shared empty lists: a frame allocates only what its collections need (never written to).
const NONE: readonly (readonly unknown[])[] = []
const NO_DIRECT: (readonly [unknown, unknown, PathStep])[] = []
const NO_HASHES: readonly number[] = [0]
const NO_USED: boolean[] = []
const FORCED = new Map<number, number[]>([[0, [0]]])
const setHas = Set.prototype.has
const mapHas = Map.prototype.has
const mapGet = Map.prototype.get

/**
 * Two Sets or two Maps compared by content, in any insertion order. Primitive members and keys
 * are found with the engine's own `has` (SameValueZero, exact here: a Set or Map stores -0 as +0).
 * Object members (and entries with object keys) need a one-to-one pairing: they are bucketed by
 * `shapeHash`, and within a bucket each member takes the first unused partner a probe finds equal.
 * Equality is an equivalence, so that first fit is exact. A bucket with one member on each side
 * is compared directly (no probe), so a Set chain costs one comparison per level and a
 * difference inside it is found where it is.
 * @internal
 */
export class CollectionFrame implements EqualFrame {
  probe = false
  /** Children compared directly first: Map values under primitive keys. */
  private direct: (readonly [unknown, unknown, PathStep])[] = NO_DIRECT
  private d = 0
  /** Object members (Sets: [member]; Maps: [key, value]) left to pair. */
  private left: readonly (readonly unknown[])[] = NONE
  private right: readonly (readonly unknown[])[] = NONE
  // Built only when there are object members to pair: most collections hold primitives.
  private buckets: Map<number, number[]> | undefined
  private hashes: readonly number[] = NO_HASHES
  private used: boolean[] = NO_USED
  private i = 0
  /** Where the pairing of `left[i]` stands: candidate position in its bucket, then key or value. */
  private candidate = -1
  private part = 0
  private forced = false
  /** 0: not started; 1: direct children; 2: pairing. */
  private phase = 0

  constructor(
    readonly a: object,
    readonly b: object,
    private readonly isMap: boolean,
  ) {}

  next(c: Comparison, last: boolean | undefined): boolean | typeof CHILD {
    if (this.phase === 0) {
      this.phase = 1
      const settled = this.start(c)
      if (settled !== undefined) return settled
      last = undefined
    }
    if (this.phase === 1) {
      if (last === false) return false
      if (this.d < this.direct.length) {
        const [x, y, step] = this.direct[this.d++] as readonly [unknown, unknown, PathStep]
        return ask(c, x, y, step)
      }
      this.phase = 2
      last = undefined
    }
    return this.pair(c, last)
  }

  /** Splits members into primitives (settled at once) and objects (paired later). */
  private start(c: Comparison): boolean | undefined {
    const { a, b, isMap } = this
    const itemsA = isMap ? entriesOf(a) : membersOf(a).map((m) => [m])
    const itemsB = isMap ? entriesOf(b) : membersOf(b).map((m) => [m])
    if (itemsA.length !== itemsB.length && !c.explain) return false
    if (isMap) this.direct = []
    const objectsA: (readonly unknown[])[] = []
    const objectsB: (readonly unknown[])[] = []
    let onlyA: unknown[][] | undefined
    let onlyB: unknown[][] | undefined
    const has = isMap ? mapHas : setHas
    for (const item of itemsA) {
      const key = item[0]
      if (isObjectLike(key)) objectsA.push(item)
      else if (!has.call(b, key)) (onlyA ??= []).push(item)
      else if (isMap) this.direct.push([item[1], mapGet.call(b, key), stepOfMapKey(key)])
    }
    for (const item of itemsB) {
      const key = item[0]
      if (isObjectLike(key)) objectsB.push(item)
      else if (c.explain && !has.call(a, key)) (onlyB ??= []).push(item)
    }
    if (onlyA !== undefined || onlyB !== undefined)
      return this.unmatched(c, onlyA ?? [], onlyB ?? [])
    if (c.explain && c.probing === 0) {
      // The first difference in canonical order: entries by key.
      this.direct.sort((x, y) => compareCanonical(x[2], y[2]))
    }
    if (itemsA.length !== itemsB.length && objectsA.length === objectsB.length) {
      const what = isMap ? 'Map' : 'Set'
      return differ(c, `${what} sizes differ (${itemsA.length} vs ${itemsB.length})`, a, b)
    }
    this.left = objectsA
    this.right = objectsB
    if (objectsA.length === 0 && objectsB.length === 0) return undefined
    this.used = []
    if (objectsA.length === 1 && objectsB.length === 1) {
      this.forced = true
      this.hashes = NO_HASHES
      this.buckets = FORCED
      return undefined
    }
    const buckets = new Map<number, number[]>()
    this.buckets = buckets
    for (let j = 0; j < objectsB.length; j++) {
      const hash = itemHash(objectsB[j] as readonly unknown[])
      const bucket = buckets.get(hash)
      if (bucket === undefined) buckets.set(hash, [j])
      else bucket.push(j)
    }
    this.hashes = objectsA.map(itemHash)
    return undefined
  }

  private unmatched(c: Comparison, onlyA: unknown[][], onlyB: unknown[][]): false {
    const byKey = (x: unknown[], y: unknown[]) => compareCanonical(x[0], y[0])
    const first = (items: unknown[][]) => [...items].sort(byKey)[0]
    const left = first(onlyA)
    const right = first(onlyB)
    const useLeft = left !== undefined && (right === undefined || byKey(left, right) <= 0)
    const item = (useLeft ? left : right) as unknown[]
    if (this.isMap) {
      return useLeft
        ? differ(c, 'missing on the right', item[1], undefined, stepOfMapKey(item[0]))
        : differ(c, 'missing on the left', undefined, item[1], stepOfMapKey(item[0]))
    }
    return useLeft
      ? differ(c, 'Set member only on the left', item[0], undefined, MEMBER)
      : differ(c, 'Set member only on the right', undefined, item[0], MEMBER)
  }

  /** Pairs object members one at a time, asking for probes (or direct comparisons). */
  private pair(c: Comparison, last: boolean | undefined): boolean | typeof CHILD {
    const { left, right, used } = this
    while (this.i < left.length) {
      const bucket = this.buckets?.get(this.hashes[this.i] as number) ?? []
      if (this.candidate === -1) {
        this.candidate = 0
        this.part = 0
      } else if (last !== undefined) {
        // The answer about left[i] against bucket[candidate] (its key, or its value).
        if (last) {
          if (this.isMap && this.part === 0) {
            this.part = 1
            return this.askPart(c, bucket)
          }
          used[bucket[this.candidate] as number] = true
          this.i++
          this.candidate = -1
          last = undefined
          continue
        }
        // A direct comparison that failed has recorded where; there is no other candidate.
        if (this.forced) return false
        this.candidate++
        this.part = 0
      }
      while (this.candidate < bucket.length && used[bucket[this.candidate] as number] === true)
        this.candidate++
      if (this.candidate < bucket.length) return this.askPart(c, bucket)
      const item = left[this.i] as readonly unknown[]
      return this.isMap
        ? differ(c, 'Map entry only on the left', item, undefined, MEMBER)
        : differ(c, 'Set member only on the left', item[0], undefined, MEMBER)
    }
    const rest = right.findIndex((_, j) => used[j] !== true)
    if (rest === -1) return true
    const item = right[rest] as readonly unknown[]
    return this.isMap
      ? differ(c, 'Map entry only on the right', undefined, item, MEMBER)
      : differ(c, 'Set member only on the right', undefined, item[0], MEMBER)
  }

  private askPart(c: Comparison, bucket: readonly number[]): typeof CHILD {
    const x = (this.left[this.i] as readonly unknown[])[this.part]
    const y = (this.right[bucket[this.candidate] as number] as readonly unknown[])[this.part]
    return ask(c, x, y, MEMBER, !this.forced)
  }
}

function itemHash(item: readonly unknown[]): number {
  return item.length === 1 ? shapeHash(item[0]) : (shapeHash(item[0]) * 31 + shapeHash(item[1])) | 0
}
