import { boxedValueOf, entriesOf, membersOf, regExpParts, timeOf } from '../kinds/intrinsics'
import { className, Kind, kindOf } from '../kinds/kindOf'

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
  switch (typeof value) {
    case 'string':
      return text(value, 0x9e3779b9)
    case 'number':
      return number(value)
    case 'boolean':
      return value ? 0x1b873593 : 0x0e6546b6
    case 'undefined':
      return 0x5bd1e995
    case 'bigint':
      return text(value.toString(), 0x27d4eb2f)
    case 'symbol':
      return text(value.description ?? '', 0x2f0b3c6d)
    case 'function':
      return 0x4cf5ad43
    default:
      return value === null ? 0x68e31da4 : object(value as object, levels)
  }
}

function object(value: object, levels: number): number {
  const kind = kindOf(value)
  let h = combine(kind, text(className(value), 0x3c6ef372))
  if (levels === 0) return h
  const below = levels - 1
  switch (kind) {
    case Kind.Array: {
      const array = value as unknown[]
      h = combine(h, array.length)
      // The first elements tell most arrays apart; a huge one is not walked.
      const shown = Math.min(array.length, 16)
      for (let i = 0; i < shown; i++) h = combine(h, shapeHash(array[i], below))
      return h
    }
    case Kind.Set: {
      const members = membersOf(value)
      return combine(combine(h, members.length), unordered(members.map((m) => shapeHash(m, below))))
    }
    case Kind.Map: {
      const entries = entriesOf(value)
      const hashes = entries.map(([k, v]) => combine(shapeHash(k, below), shapeHash(v, below)))
      return combine(combine(h, entries.length), unordered(hashes))
    }
    case Kind.Object:
    case Kind.Instance: {
      const keys = Object.keys(value)
      const record = value as Record<string, unknown>
      const hashes = keys.map((key) =>
        combine(text(key, 0x3c6ef372), shapeHash(record[key], below)),
      )
      return combine(combine(h, keys.length), unordered(hashes))
    }
    case Kind.Date:
      return combine(h, number(timeOf(value)))
    case Kind.RegExp:
      return combine(h, text(regExpParts(value).source, 0x1b873593))
    case Kind.Boxed:
      return combine(h, shapeHash(boxedValueOf(value), 0))
    default:
      return h
  }
}

/** Combines hashes in an order-free way (a sum and a xor of mixed values). */
function unordered(hashes: readonly number[]): number {
  let sum = 0
  let xor = 0
  for (const hash of hashes) {
    const h = mix(hash ^ 0x7feb352d)
    sum = (sum + h) | 0
    xor ^= h
  }
  return combine(sum, xor)
}

/** A 32-bit avalanche (murmur3's finalizer): every input bit affects every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

function combine(seed: number, value: number): number {
  return mix((Math.imul(seed, 31) + value) | 0)
}

function text(value: string, seed: number): number {
  let h = seed ^ value.length
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193)
  return mix(h)
}

const FLOAT = new Float64Array(1)
const WORDS = new Uint32Array(FLOAT.buffer)

function number(value: number): number {
  if (value !== value) return 0x7ff8 // every NaN is one value
  if ((value | 0) === value && !Object.is(value, -0)) return mix(value ^ 0x2545f491)
  FLOAT[0] = value
  return combine(WORDS[0] as number, WORDS[1] as number)
}
