import { ExpectDeterministicError } from '../errors'

/**
 * A small seeded pseudo-random generator. The same seed always gives the same sequence, on every
 * platform and Node version, so a failure found with a seed can be replayed with that seed.
 * Not suitable for cryptography.
 * @internal
 */
export interface Random {
  /** The seed this generator started from, for messages. */
  readonly seed: number
  /** The next value, an unsigned 32-bit integer. */
  nextUint32(): number
  /** The next integer in `[0, bound)`, without modulo bias. `bound` is a positive integer. */
  nextInt(bound: number): number
}

const UINT32 = 0x1_0000_0000

/**
 * Creates a generator seeded with `seed`, an integer in `[0, 2^32)`.
 *
 * The algorithm is mulberry32 (Tommy Ettinger, public domain): one 32-bit state word, period 2^32,
 * good enough statistics for shuffling test inputs, and it uses only `Math.imul` and 32-bit shifts,
 * which behave the same in every JavaScript engine.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS`) when `seed` is not such an integer.
 * @example
 * const random = createRandom(42)
 * random.nextInt(6) // the same number on every run
 * @internal
 */
export function createRandom(seed: number): Random {
  if (!isSeed(seed)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `A seed must be an integer from 0 to 4294967295, but received ${String(seed)}.`,
    )
  }
  let state = seed >>> 0
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  return {
    seed,
    nextUint32,
    nextInt(bound: number): number {
      if (!Number.isInteger(bound) || bound < 1 || bound > UINT32) {
        throw new RangeError(`nextInt(bound) needs an integer bound from 1 to 2^32, got ${bound}.`)
      }
      // Reject the top, incomplete slice of the 2^32 range so every result is equally likely.
      const limit = UINT32 - (UINT32 % bound)
      let value = nextUint32()
      while (value >= limit) value = nextUint32()
      return value % bound
    },
  }
}

/**
 * Whether `value` can seed `createRandom`: an integer in `[0, 2^32)`.
 * @example isSeed(12345) // true
 * @internal
 */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < UINT32
}

/**
 * A seed derived from text with the 32-bit FNV-1a hash over UTF-16 code units: the same text always
 * gives the same seed. The matcher uses the current test's name, so each test shuffles differently
 * but every run of one test shuffles the same way.
 *
 * @example seedFromText('sums the cart') // the same number on every run
 * @internal
 */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * A uniformly random permutation of `0 .. size - 1` (Fisher–Yates), drawn from `random`.
 * @example permutation(createRandom(1), 3) // e.g. [2, 0, 1]
 * @internal
 */
export function permutation(random: Random, size: number): number[] {
  const order = Array.from({ length: size }, (_, i) => i)
  for (let i = size - 1; i > 0; i--) {
    const j = random.nextInt(i + 1)
    const held = order[i] as number
    order[i] = order[j] as number
    order[j] = held
  }
  return order
}
