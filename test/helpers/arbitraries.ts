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

// Symbols shared by generated values: two share a description, which only content may order.
const SYMBOL_A1 = Symbol('a')
const SYMBOL_A2 = Symbol('a')
const SYMBOL_B = Symbol('b')

const platformValue: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .constantFrom('http://a.test/', 'http://a.test/x', 'https://b.test/?q=1')
    .map((u) => new URL(u)),
  fc.constantFrom('a=1', 'a=1&b=2', 'b=2&a=1').map((q) => new URLSearchParams(q)),
  fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('1', '2')), { maxLength: 3 })
    .map((entries) => new Headers(entries)),
  fc.bigInt({ min: -3n, max: 3n }).map((n) => Object(n) as object),
  fc.constantFrom(SYMBOL_A1, SYMBOL_B).map((s) => Object(s) as object),
  fc.integer({ min: -2, max: 2 }).map((n) => new Date(n)),
)

const exactLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(-0, NaN, Infinity, null, undefined, true, false, 1n, -1n),
  fc.string({ maxLength: 3 }),
)

/**
 * Values for the exactness laws: objects (with symbol keys, two of which share a description),
 * arrays, Maps with primitive and object keys, Sets, Errors with causes, boxed BigInts and
 * Symbols, URLs, URLSearchParams, Headers and Dates; `sharedSymbols: false` keeps symbol keys
 * with distinct descriptions (two independent values may then be compared).
 */
export function exactValue(sharedSymbols: boolean): fc.Arbitrary<unknown> {
  const keys = sharedSymbols ? [SYMBOL_A1, SYMBOL_A2, SYMBOL_B] : [SYMBOL_A1, SYMBOL_B]
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'exact' },
      exactLeaf,
      platformValue,
      fc
        .tuple(
          fc.dictionary(fc.constantFrom('a', 'b', 'c', '10', '9'), tie('value'), { maxKeys: 3 }),
          fc.array(fc.tuple(fc.constantFrom(...keys), tie('value')), { maxLength: 2 }),
        )
        .map(([record, symbols]) => {
          for (const [key, value] of symbols) (record as Record<symbol, unknown>)[key] = value
          return record
        }),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.array(fc.tuple(exactLeaf, tie('value')), { maxLength: 3 }).map((e) => new Map(e)),
      fc.array(fc.tuple(tie('value'), exactLeaf), { maxLength: 2 }).map((e) => new Map(e)),
      fc.array(tie('value'), { maxLength: 3 }).map((members) => new Set(members)),
      fc
        .tuple(fc.constantFrom('x', 'y'), tie('value'))
        .map(([message, cause]) => new RangeError(message, { cause })),
    ),
  })).value
}

/**
 * `value` with a reference back to one of its ancestors added (a cycle), when it holds a plain
 * object below the root: the `pick`-th such object gets a `loop` key pointing `up` levels up.
 */
export function withCycle(value: unknown, pick: number, up: number): unknown {
  const found: { node: Record<string, unknown>; ancestors: object[] }[] = []
  const walk: { node: unknown; ancestors: object[] }[] = [{ node: value, ancestors: [] }]
  while (walk.length > 0) {
    const { node, ancestors } = walk.pop() as { node: unknown; ancestors: object[] }
    if (typeof node !== 'object' || node === null || ancestors.includes(node)) continue
    const proto: unknown = Object.getPrototypeOf(node)
    if (proto === Object.prototype && ancestors.length > 0)
      found.push({ node: node as Record<string, unknown>, ancestors })
    if (proto === Object.prototype || Array.isArray(node))
      for (const child of Object.values(node))
        walk.push({ node: child, ancestors: [...ancestors, node] })
  }
  if (found.length === 0) return value
  const { node, ancestors } = found[pick % found.length] as (typeof found)[number]
  node.loop = ancestors[Math.max(0, ancestors.length - 1 - (up % ancestors.length))]
  return value
}

/**
 * A value of the same class as `leaf` that certainly differs from it: a primitive becomes a string
 * no generated value holds; a URL, URLSearchParams, Headers, Date or boxed value gets another
 * value of its own class.
 */
function otherValue(leaf: unknown): unknown {
  if (leaf instanceof URL) return new URL(`${leaf.href}changed`)
  if (leaf instanceof URLSearchParams) return new URLSearchParams(`${leaf.toString()}&changed=1`)
  if (leaf instanceof Headers) return new Headers([...leaf, ['changed', '1']])
  if (leaf instanceof Date) return new Date(leaf.getTime() + 1000)
  if (typeof leaf === 'object' && leaf !== null) {
    const inner = (leaf as { valueOf(): unknown }).valueOf()
    if (typeof inner === 'bigint') return Object(inner + 100n) as object
    if (typeof inner === 'symbol') return Object(Symbol('changed')) as object
  }
  return `changed:${typeof leaf}`
}

/**
 * `copy` with one leaf (a primitive, or a platform or boxed value) reachable through plain
 * objects and arrays replaced by a value that certainly differs (see `otherValue`).
 */
export function changedCopy(copy: unknown, leaf: number): unknown {
  const leaves: { holder: Record<string | symbol, unknown>; key: string | symbol }[] = []
  const seen = new Set<object>()
  const walk: unknown[] = [copy]
  const isContainer = (node: unknown): boolean =>
    typeof node === 'object' &&
    node !== null &&
    (Object.getPrototypeOf(node) === Object.prototype || Array.isArray(node))
  while (walk.length > 0) {
    const node = walk.pop()
    if (!isContainer(node) || seen.has(node as object)) continue
    seen.add(node as object)
    for (const key of Reflect.ownKeys(node as object)) {
      if (Array.isArray(node) && key === 'length') continue
      const child = (node as Record<string | symbol, unknown>)[key]
      if (isContainer(child)) walk.push(child)
      else if (typeof child !== 'object' || child === null || platformLike(child))
        leaves.push({ holder: node as Record<string | symbol, unknown>, key })
    }
  }
  if (leaves.length === 0) return copy
  const { holder, key } = leaves[leaf % leaves.length] as (typeof leaves)[number]
  holder[key] = otherValue(holder[key])
  return copy
}

function platformLike(value: object): boolean {
  return (
    value instanceof URL ||
    value instanceof URLSearchParams ||
    value instanceof Headers ||
    value instanceof Date ||
    value instanceof BigInt ||
    value instanceof Symbol
  )
}
