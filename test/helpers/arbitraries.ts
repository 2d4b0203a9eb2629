import fc from 'fast-check'

/**
 * Values of every kind the core handles (Maps, Sets, Dates, bigints, typed arrays, boxed values,
 * null-prototype objects, -0, NaN, undefined), without functions, symbols or sparse arrays.
 */
export const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withTypedArray: true,
})

/** Data a mutation test can walk: objects, arrays, Maps with string keys, Sets of primitives. */
export const mutableData: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'data' },
    tie('leaf'),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.string({ maxLength: 3 }), tie('value')), { maxLength: 3 })
      .map((entries) => new Map(entries)),
    fc.array(tie('leaf'), { maxLength: 4 }).map((members) => new Set(members)),
  ),
  leaf: fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom(-0, 0, NaN, null, undefined, true, false),
    fc.string({ maxLength: 5 }),
    fc.bigInt({ min: -5n, max: 5n }),
  ),
})).value

/** How many leaves `mutateLeaf` can choose from in `value`. */
export function countLeaves(value: unknown): number {
  if (value instanceof Set) return value.size
  if (value instanceof Map)
    return [...value.values()].reduce<number>((sum, v) => sum + countLeaves(v), 0)
  if (Array.isArray(value)) return value.reduce<number>((sum, v) => sum + countLeaves(v), 0)
  if (typeof value === 'object' && value !== null)
    return Object.values(value).reduce<number>((sum, v) => sum + countLeaves(v), 0)
  return 1
}

/** A leaf different from `leaf` under strict equality: never equal, whatever `leaf` is. */
function otherLeaf(leaf: unknown): unknown {
  return typeof leaf === 'string' ? `${leaf}!` : `changed:${typeof leaf}`
}

/** A copy of `value` with its `index`-th leaf (depth-first, insertion order) replaced. */
export function mutateLeaf(value: unknown, index: number): unknown {
  let remaining = index
  const visit = (v: unknown): unknown => {
    if (v instanceof Set) {
      return new Set([...v].map((member) => (remaining-- === 0 ? otherLeaf(member) : member)))
    }
    if (v instanceof Map) return new Map([...v].map(([k, inner]) => [k, visit(inner)]))
    if (Array.isArray(v)) return v.map(visit)
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, visit(inner)]))
    }
    return remaining-- === 0 ? otherLeaf(v) : v
  }
  return visit(value)
}
