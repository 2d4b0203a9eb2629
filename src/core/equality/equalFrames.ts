import { presentIndices } from '../kinds/arrayIndices'
import { canonicalKeys, enumerableSymbols } from '../kinds/canonicalKeys'
import { ask, type CHILD, differ, type Comparison, type EqualFrame } from './Comparison'
import { sameKeySet } from './equalLeaves'

const isEnumerable = Object.prototype.propertyIsEnumerable

/**
 * Two arrays compared element by element (holes read as `undefined`; only elements count). Huge
 * sparse arrays visit only the indices present on either side.
 * @internal
 */
export class ArrayFrame implements EqualFrame {
  probe = false
  private readonly indices: number[] | undefined
  private readonly shared: number
  private k = 0

  constructor(
    readonly a: unknown[],
    readonly b: unknown[],
  ) {
    this.shared = Math.min(a.length, b.length)
    const keysA = presentIndices(a)
    const keysB = presentIndices(b)
    if (keysA !== undefined || keysB !== undefined) {
      const all = new Set([...(keysA ?? range(a.length)), ...(keysB ?? range(b.length))])
      this.indices = [...all].filter((index) => index < this.shared).sort((x, y) => x - y)
    }
  }

  next(c: Comparison, last: boolean | undefined): boolean | typeof CHILD {
    if (last === false) return false
    const { a, b } = this
    const count = this.indices === undefined ? this.shared : this.indices.length
    if (this.k < count) {
      const index = this.indices === undefined ? this.k : (this.indices[this.k] as number)
      this.k++
      return ask(c, a[index], b[index], index)
    }
    if (a.length === b.length) return true
    const at = this.shared
    return a.length > b.length
      ? differ(c, 'missing on the right', a[at], undefined, at)
      : differ(c, 'missing on the left', undefined, b[at], at)
  }
}

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i)
}

/**
 * Two objects compared by their own enumerable string and symbol keys; when explaining, over the
 * union of keys in canonical order, so the first difference found is the first in the text.
 * `prelude` holds children compared first (an Error's cause).
 * @internal
 */
export class PropsFrame implements EqualFrame {
  probe = false
  private keys: (string | symbol)[] | undefined
  private k = 0
  private p = 0

  constructor(
    readonly a: object,
    readonly b: object,
    private readonly prelude: readonly (readonly [unknown, unknown, string])[] = [],
  ) {}

  /**
   * The keys to compare, or `false` when the key sets differ (recorded when explaining). Read on
   * the first call to `next`, after the prelude, so a throwing getter's path is right.
   */
  private start(c: Comparison): boolean {
    const { a, b } = this
    if (c.explain && c.probing === 0) return this.union(c)
    const keys: (string | symbol)[] = Object.keys(a)
    if (!sameKeySet(keys as string[], Object.keys(b), b)) return false
    // Symbol keys are rare; both sides must be asked, since either may have one the other lacks.
    if (Object.getOwnPropertySymbols(a).length > 0 || Object.getOwnPropertySymbols(b).length > 0) {
      const symbols = enumerableSymbols(a)
      if (symbols.length !== enumerableSymbols(b).length) return false
      for (const symbol of symbols) if (!isEnumerable.call(b, symbol)) return false
      keys.push(...symbols)
    }
    this.keys = keys
    return true
  }

  private union(c: Comparison): boolean {
    const { a, b } = this
    const keysA = canonicalKeys(a)
    const keysB = canonicalKeys(b)
    const inA = new Set(keysA)
    const inB = new Set(keysB)
    const union = [...keysA, ...keysB.filter((key) => !inA.has(key))]
    union.sort(compareKeys)
    const recordA = a as Record<string | symbol, unknown>
    const recordB = b as Record<string | symbol, unknown>
    for (const key of union) {
      if (!inB.has(key)) return differ(c, 'missing on the right', recordA[key], undefined, key)
      if (!inA.has(key)) return differ(c, 'missing on the left', undefined, recordB[key], key)
    }
    this.keys = union
    return true
  }

  next(c: Comparison, last: boolean | undefined): boolean | typeof CHILD {
    if (last === false) return false
    if (this.p < this.prelude.length) {
      const [x, y, step] = this.prelude[this.p++] as readonly [unknown, unknown, string]
      return ask(c, x, y, step)
    }
    if (this.keys === undefined && !this.start(c)) return false
    const keys = this.keys as (string | symbol)[]
    if (this.k >= keys.length) return true
    const key = keys[this.k++] as string | symbol
    c.steps.push(key)
    const x = (this.a as Record<string | symbol, unknown>)[key]
    const y = (this.b as Record<string | symbol, unknown>)[key]
    c.steps.pop()
    return ask(c, x, y, key)
  }
}

/** Canonical key order: strings by code units, then symbols by description (stable). */
function compareKeys(x: string | symbol, y: string | symbol): number {
  if (typeof x !== typeof y) return typeof x === 'string' ? -1 : 1
  const p = typeof x === 'symbol' ? (x.description ?? '') : x
  const q = typeof y === 'symbol' ? (y.description ?? '') : (y as string)
  return p < q ? -1 : p > q ? 1 : 0
}
