import { boxedValueOf, entriesOf, membersOf, regExpParts, timeOf } from '../kinds/intrinsics'
import { className, Kind, kindOf } from '../kinds/kindOf'
import { combine32, hashNumber32, hashPrimitive32, hashText32, unorderedHash32 } from './hash32'

// How many levels of a Set member or Map key the hash looks at: enough to tell records apart,
// little enough that hashing stays linear however deep the members are.
const LEVELS = 3

/**
 * A hash of a value's first few levels, which values equal under `deepEqual` always share, in any
 * context: it reads the value as an unrolled tree (no cycle bookkeeping), so two members that
 * refer back to their ancestors at the same depth hash alike. Used to bucket Set members and Map
 * entries before pairing them, so large collections pair in about linear time.
 * @internal
 */
export function shapeHash(value: unknown, levels = LEVELS): number {
  const primitive = hashPrimitive32(value)
  if (primitive !== undefined) return primitive
  switch (typeof value) {
    case 'symbol':
      return hashText32(value.description ?? '', 0x2f0b3c6d)
    case 'function':
      return 0x4cf5ad43
    default:
      return object(value as object, levels)
  }
}

function object(value: object, levels: number): number {
  const kind = kindOf(value)
  let h = combine32(kind, hashText32(className(value), 0x3c6ef372))
  if (levels === 0) return h
  const below = levels - 1
  switch (kind) {
    case Kind.Array: {
      const array = value as unknown[]
      h = combine32(h, array.length)
      // The first elements tell most arrays apart; a huge one is not walked.
      const shown = Math.min(array.length, 16)
      for (let i = 0; i < shown; i++) h = combine32(h, shapeHash(array[i], below))
      return h
    }
    case Kind.Set: {
      const members = membersOf(value)
      return combine32(
        combine32(h, members.length),
        unorderedHash32(members.map((m) => shapeHash(m, below))),
      )
    }
    case Kind.Map: {
      const entries = entriesOf(value)
      const hashes = entries.map(([k, v]) => combine32(shapeHash(k, below), shapeHash(v, below)))
      return combine32(combine32(h, entries.length), unorderedHash32(hashes))
    }
    case Kind.Object:
    case Kind.Instance: {
      const keys = Object.keys(value)
      const record = value as Record<string, unknown>
      const hashes = keys.map((key) =>
        combine32(hashText32(key, 0x3c6ef372), shapeHash(record[key], below)),
      )
      return combine32(combine32(h, keys.length), unorderedHash32(hashes))
    }
    case Kind.Date:
      return combine32(h, hashNumber32(timeOf(value)))
    case Kind.RegExp:
      return combine32(h, hashText32(regExpParts(value).source, 0x1b873593))
    case Kind.Boxed:
      return combine32(h, shapeHash(boxedValueOf(value), 0))
    default:
      return h
  }
}
