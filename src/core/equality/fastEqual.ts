import { sameKeySet } from './equalLeaves'

/** The depth past which the fast mode gives up (cycles become possible). @internal */
export const FAST_DEPTH = 100

// Thrown (never escaping `deepEqual`) when the fast mode cannot be sure.
const RESTART: unique symbol = Symbol('restart')

/** How the fast mode hands a pair back to the engine: objects that are not plain data. @internal */
export type SlowPath = (a: object, b: object, depth: number) => boolean

/**
 * The fast mode of `deepEqual`, for plain data: a tight loop over plain objects and arrays that
 * tracks no path, ancestors or depth. Any other object goes to `other`, symbol keys to `symbols`
 * (both untracked). Past `FAST_DEPTH` levels it throws `RESTART`, and the caller compares again
 * with full bookkeeping.
 * @internal
 */
export function createFastEqual(
  other: SlowPath,
  symbols: SlowPath,
): (a: unknown, b: unknown, depth: number) => boolean {
  function fastEqual(a: unknown, b: unknown, depth: number): boolean {
    if (a === b) return a !== 0 || 1 / (a as number) === 1 / (b as number)
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
      return a !== a && b !== b
    const proto: unknown = Object.getPrototypeOf(a)
    if (proto !== Object.getPrototypeOf(b)) return false
    if (depth > FAST_DEPTH) throw RESTART
    if (proto === Object.prototype) {
      const keys = Object.keys(a)
      if (!sameKeySet(keys, Object.keys(b), b)) return false
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string
        if (
          !fastEqual(
            (a as Record<string, unknown>)[key],
            (b as Record<string, unknown>)[key],
            depth + 1,
          )
        )
          return false
      }
      return Object.getOwnPropertySymbols(a).length === 0 &&
        Object.getOwnPropertySymbols(b).length === 0
        ? true
        : symbols(a, b, depth)
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return false
      const length = a.length
      if (length !== b.length) return false
      for (let i = 0; i < length; i++) if (!fastEqual(a[i], b[i], depth + 1)) return false
      return true
    }
    return other(a, b, depth)
  }
  return fastEqual
}
