import { stableStringify } from '../text/stableStringify'

/** The first member left without a partner, on the left or on the right. @internal */
export interface Unpaired<T> {
  readonly left: T | undefined
  readonly right: T | undefined
}

// Below this many members the quadratic scan is cheaper than hashing every member.
const HASH_THRESHOLD = 8

/**
 * Pairs every member of `left` with a distinct member of `right` under `equal`, or names one that
 * has no partner. `equal` must be an equivalence (deepEqual is), and then a first-fit pairing that
 * marks partners as used is exact: any two candidates for one member are equal to each other, so
 * the choice between them never matters. (Matching with asymmetric matchers is not an equivalence
 * and needs a maximum bipartite matching instead; see `toEqualUnordered`.)
 *
 * Large inputs are bucketed by canonical text first, which deepEqual-equal values share, so the
 * work is linear in the members plus the size of each bucket.
 * @internal
 */
export function pairMembers<T>(
  left: readonly T[],
  right: readonly T[],
  equal: (a: T, b: T) => boolean,
): Unpaired<T> | undefined {
  if (left.length <= HASH_THRESHOLD) return firstFit(left, right, equal)
  const buckets = new Map<string, T[]>()
  for (const member of right) {
    const key = hashOf(member)
    const bucket = buckets.get(key)
    if (bucket === undefined) buckets.set(key, [member])
    else bucket.push(member)
  }
  for (const member of left) {
    const bucket = buckets.get(hashOf(member))
    const index =
      bucket === undefined ? -1 : bucket.findIndex((candidate) => equal(member, candidate))
    if (index === -1) return { left: member, right: firstLeftover(buckets) }
    ;(bucket as T[]).splice(index, 1)
  }
  const leftover = firstLeftover(buckets)
  return leftover === undefined ? undefined : { left: undefined, right: leftover }
}

function hashOf(value: unknown): string {
  return stableStringify(value, { indent: 0 })
}

function firstLeftover<T>(buckets: Map<string, T[]>): T | undefined {
  for (const bucket of buckets.values()) if (bucket.length > 0) return bucket[0]
  return undefined
}

function firstFit<T>(
  left: readonly T[],
  right: readonly T[],
  equal: (a: T, b: T) => boolean,
): Unpaired<T> | undefined {
  const used = new Array<boolean>(right.length).fill(false)
  for (const member of left) {
    let found = false
    for (let j = 0; j < right.length; j++) {
      if (!used[j] && equal(member, right[j] as T)) {
        used[j] = true
        found = true
        break
      }
    }
    if (!found) return { left: member, right: right[used.indexOf(false)] }
  }
  const leftover = used.indexOf(false)
  return leftover === -1 ? undefined : { left: undefined, right: right[leftover] }
}
