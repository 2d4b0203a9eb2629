// The 32-bit hashing shared by the structural hash of Set members and Map entries (`shapeHash`)
// and the keys of `toEqualUnordered`'s buckets: one set of primitives, so both hash alike.

/** A 32-bit avalanche (murmur3's finalizer): every input bit affects every output bit. @internal */
export function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/** `seed` and `value` combined in order. @internal */
export function combine32(seed: number, value: number): number {
  return mix32((Math.imul(seed, 31) + value) | 0)
}

/** The hash of a string (FNV-1a over UTF-16 code units, then mixed), under `seed`. @internal */
export function hashText32(text: string, seed: number): number {
  let h = seed ^ text.length
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return mix32(h)
}

// Scratch space to read a float's bits without allocating.
const FLOAT = new Float64Array(1)
const WORDS = new Uint32Array(FLOAT.buffer)

/**
 * The hash of a number: every NaN hashes alike, `-0` apart from `0` (callers for which the two
 * are equal must map `-0` to `0` first). @internal
 */
export function hashNumber32(value: number): number {
  if (value !== value) return 0x7ff8
  if ((value | 0) === value && !Object.is(value, -0)) return mix32(value ^ 0x2545f491)
  FLOAT[0] = value
  return combine32(WORDS[0] as number, WORDS[1] as number)
}

/** Hashes combined in an order-free way (a sum and a xor of mixed values). @internal */
export function unorderedHash32(hashes: readonly number[]): number {
  let sum = 0
  let xor = 0
  for (const hash of hashes) {
    const h = mix32(hash ^ 0x7feb352d)
    sum = (sum + h) | 0
    xor ^= h
  }
  return combine32(sum, xor)
}

/**
 * The hash of a string, number, boolean, bigint, `undefined` or `null`; `undefined` for symbols,
 * functions and objects, whose hashing depends on the caller. @internal
 */
export function hashPrimitive32(value: unknown): number | undefined {
  switch (typeof value) {
    case 'string':
      return hashText32(value, 0x9e3779b9)
    case 'number':
      return hashNumber32(value)
    case 'boolean':
      return value ? 0x1b873593 : 0x0e6546b6
    case 'undefined':
      return 0x5bd1e995
    case 'bigint':
      return hashText32(value.toString(), 0x27d4eb2f)
    default:
      return value === null ? 0x68e31da4 : undefined
  }
}
