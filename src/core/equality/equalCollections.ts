import { MEMBER, stepOfMapKey, type PathStep } from '../paths/pathStep'
import { isObjectLike } from './equalLeaves'
import { pairMembers } from './pairMembers'

/**
 * What comparing a Set or a Map needs from the structural engine, bound to one comparison, so the
 * engine's recursion stays in one file.
 * @internal
 */
export interface CollectionOps {
  /** Whether the first difference is being recorded (then sizes are not a shortcut). */
  readonly explain: boolean
  /** Compares two children, recording a difference below `step`. */
  child(a: unknown, b: unknown, step: PathStep): boolean
  /** Compares two candidates for a pairing, recording nothing. */
  probe(a: unknown, b: unknown): boolean
  /** Records a difference (when explaining) and returns false. */
  differ(reason: string, left: unknown, right: unknown, step?: PathStep): false
}

/** Sets by content: primitives by `has`, objects paired one to one by `probe`. @internal */
export function equalSets(a: Set<unknown>, b: Set<unknown>, c: CollectionOps): boolean {
  if (a.size !== b.size && !c.explain) return false
  // Primitive members are found by `has`: a Set holds no -0 (it stores +0), so SameValueZero is exact.
  const objectsA: unknown[] = []
  for (const member of a) {
    if (isObjectLike(member)) objectsA.push(member)
    else if (!b.has(member))
      return c.differ('Set member only on the left', member, undefined, MEMBER)
  }
  const objectsB: unknown[] = []
  for (const member of b) {
    if (isObjectLike(member)) objectsB.push(member)
    else if (c.explain && !a.has(member))
      return c.differ('Set member only on the right', undefined, member, MEMBER)
  }
  if (a.size !== b.size && objectsA.length === objectsB.length) {
    return c.differ(`Set sizes differ (${a.size} vs ${b.size})`, a, b)
  }
  const unpaired = pairMembers(objectsA, objectsB, (x, y) => c.probe(x, y))
  if (unpaired === undefined) return true
  return c.differ(
    unpaired.left === undefined ? 'Set member only on the right' : 'Set member only on the left',
    unpaired.left,
    unpaired.right,
    MEMBER,
  )
}

/** Maps by content: primitive keys by `has`, object keys paired one to one by `probe`. @internal */
export function equalMaps(
  a: Map<unknown, unknown>,
  b: Map<unknown, unknown>,
  c: CollectionOps,
): boolean {
  if (a.size !== b.size && !c.explain) return false
  const entriesA: [unknown, unknown][] = []
  for (const [key, value] of a) {
    if (isObjectLike(key)) entriesA.push([key, value])
    else if (!b.has(key))
      return c.differ('missing on the right', value, undefined, stepOfMapKey(key))
    else if (!c.child(value, b.get(key), stepOfMapKey(key))) return false
  }
  const entriesB: [unknown, unknown][] = []
  for (const [key, value] of b) {
    if (isObjectLike(key)) entriesB.push([key, value])
    else if (c.explain && !a.has(key))
      return c.differ('missing on the left', undefined, value, stepOfMapKey(key))
  }
  if (a.size !== b.size && entriesA.length === entriesB.length) {
    return c.differ(`Map sizes differ (${a.size} vs ${b.size})`, a, b)
  }
  const unpaired = pairMembers(
    entriesA,
    entriesB,
    (x, y) => c.probe(x[0], y[0]) && c.probe(x[1], y[1]),
  )
  if (unpaired === undefined) return true
  return c.differ(
    unpaired.left === undefined ? 'Map entry only on the right' : 'Map entry only on the left',
    unpaired.left,
    unpaired.right,
    MEMBER,
  )
}
