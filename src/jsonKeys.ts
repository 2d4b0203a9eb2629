/**
 * The fast path of `stableStringify`: for plain JSON data, every key in the value, sorted.
 *
 * `JSON.stringify(value, keys)` with an array replacer writes every object's properties in the
 * order of that array, so passing the sorted union of all keys makes V8's native serializer emit
 * sorted keys: a canonical text at close to the speed of plain `JSON.stringify`. That only holds
 * for data that JSON represents exactly, so this walk also checks it and gives up (returns
 * `undefined`) on anything else: undefined, functions, symbols, bigints, NaN, ±Infinity, -0, holes,
 * Dates and other class instances, null-prototype objects, symbol-keyed or non-enumerable
 * properties, a `__proto__` key (which the array replacer would read from the prototype) and
 * anything deeper than `maxDepth` (cycles included). The slow path then handles the value exactly.
 */
export function sortedJsonKeys(value: unknown, maxDepth: number): string[] | undefined {
  const walk: KeyWalk = { keys: new Set(), shapes: new Map(), maxDepth }
  try {
    return collect(value, walk, 0) ? [...walk.keys].sort() : undefined
  } catch {
    // A throwing getter or a revoked Proxy: the slow path reports it with its path.
    return undefined
  }
}

/**
 * The union of keys so far, plus the key lists already added to it, grouped by first key. Records
 * of one shape return equal key lists from `Object.keys`, and comparing a list with a known one
 * is much cheaper than adding every key to the union again.
 */
interface KeyWalk {
  readonly keys: Set<string>
  readonly shapes: Map<string, string[][]>
  readonly maxDepth: number
}

// Data with very many shapes per first key stops being remembered; its keys are added directly.
const SHAPES_PER_FIRST_KEY = 16
const objectPrototype = Object.prototype

function collect(value: unknown, walk: KeyWalk, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      // JSON writes NaN and Infinity as null and -0 as 0: those need the exact notation.
      return Number.isFinite(value) && (value !== 0 || 1 / value > 0)
    case 'object':
      break
    default:
      return false
  }
  if (value === null) return true
  if (depth >= walk.maxDepth) return false
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false
    const length = value.length
    for (let i = 0; i < length; i++) {
      // `i in value` rules out holes, which JSON would print as null.
      if (!collect(value[i], walk, depth + 1) || !(i in value)) return false
    }
    return true
  }
  if (Object.getPrototypeOf(value) !== objectPrototype) return false
  const own = Object.keys(value)
  // Non-enumerable and symbol keys would be printed (or dropped) wrongly by the array replacer.
  if (Object.getOwnPropertyNames(value).length !== own.length) return false
  if (Object.getOwnPropertySymbols(value).length !== 0) return false
  if (own.length > 0 && !rememberShape(own, walk)) return false
  for (let i = 0; i < own.length; i++) {
    if (!collect((value as Record<string, unknown>)[own[i] as string], walk, depth + 1)) return false
  }
  return true
}

/** Adds a key list to the union unless an equal list was added before; false for `__proto__`. */
function rememberShape(own: string[], walk: KeyWalk): boolean {
  const first = own[0] as string
  let known = walk.shapes.get(first)
  if (known === undefined) {
    known = []
    walk.shapes.set(first, known)
  }
  search: for (const shape of known) {
    if (shape.length !== own.length) continue
    for (let i = 1; i < own.length; i++) if (shape[i] !== own[i]) continue search
    return true
  }
  // `__proto__` would be read through the prototype by the array replacer.
  if (own.includes('__proto__')) return false
  if (known.length < SHAPES_PER_FIRST_KEY) known.push(own)
  for (const key of own) walk.keys.add(key)
  return true
}
