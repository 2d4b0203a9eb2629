import { isIndexKey } from '../kinds/canonicalKeys'
import { leafText } from './leafText'
import { subtreeText } from './subtreeText'

/**
 * The fast path of `stableStringify`: canonical text at close to the speed of the native
 * `JSON.stringify` for data that is mostly JSON, or `undefined` when the value must go to the
 * general printer (a cycle, great depth, an Error, a value compared by identity, ...).
 *
 * The walk makes a copy in which every object has its keys inserted in sorted order, then lets the
 * native serializer print it. Objects are built by one small function per key list ("shape"),
 * compiled once per shape, whose object literal gives every copy of a shape the same hidden class:
 * that is what keeps both the copy and the native serializer fast. (A hand-written serializer
 * runs about 7x slower than the native one; `JSON.stringify` with an array replacer about 2x.)
 *
 * Values JSON cannot print exactly (`undefined`, `-0`, `NaN`, bigints, Dates, Maps, Sets, class
 * instances, ...) do not send the whole value to the general printer: each gets its exact text
 * at once (`leafText`, or `subtreeText` for objects) and stands in the copy as a placeholder
 * string, which is replaced by that text in the native output. A user string that happens to
 * print like the placeholder makes the count of placeholders disagree, and the general printer
 * then prints the whole value.
 *
 * Integer-like keys (`'10'`, `'9'`) are the exception: every object enumerates them first, in
 * numeric order, whatever the insertion order. When the data has any, the walk also hands the
 * native serializer the sorted union of all keys as an array replacer, which makes it write each
 * object's keys in that order (slower, about 2x, but still native). Either way the native
 * serializer meets the placeholders in the order the walk made them.
 *
 * With `jsonOnly`, any value JSON cannot print makes it return `undefined`, so that the text is
 * plain JSON that `JSON.parse` reads back to the canonical form (`toBeIdempotent`'s snapshots).
 * @internal
 */
export function fastJsonText(
  value: unknown,
  indent: number,
  maxDepth: number,
  jsonOnly = false,
): string | undefined {
  const walk: CopyWalk = {
    jsonOnly,
    shapes: new Map(),
    compiled: 0,
    // The copy recurses and the native serializer too: deeper data takes the iterative printer.
    maxDepth: Math.min(maxDepth, FAST_DEPTH),
    limit: maxDepth,
    unit: ' '.repeat(indent),
    allKeys: new Set(),
    indexKeys: false,
    texts: [],
  }
  let copy: unknown
  try {
    copy = copyValue(value, walk, 0)
  } catch {
    // Not JSON data, or a getter threw: the general path handles (or reports) it.
    return undefined
  }
  try {
    const text = JSON.stringify(copy, walk.indexKeys ? [...walk.allKeys].sort() : null, indent)
    return walk.texts.length === 0 ? text : splice(text, walk.texts)
  } catch {
    // Text past the engine's string limit: the general printer refuses it with a clear error.
    return undefined
  }
}

// What stands in the copy for a value printed apart: control characters no sensible string
// holds, all below U+0100 (a string with any character above it would make the native serializer
// build its whole output two bytes per character). The native serializer writes it as QUOTED.
const PLACEHOLDER = '\u0000\u0010\u0000'
const QUOTED = JSON.stringify(PLACEHOLDER)

/**
 * The native text with each placeholder (with its quotes) replaced by its exact text, in order,
 * or `undefined` when the count of placeholders in the text is not the count the walk made: then
 * some string of the user's printed like one (a placeholder token can only be found where a
 * string token ends, and never overlaps a real one, which a separator always precedes), and the
 * general printer prints the whole value.
 */
function splice(text: string, texts: readonly string[]): string | undefined {
  let out = ''
  let from = 0
  let at = text.indexOf(QUOTED)
  for (const exact of texts) {
    if (at === -1) return undefined
    out += text.slice(from, at) + exact
    from = at + QUOTED.length
    at = text.indexOf(QUOTED, from)
  }
  if (at !== -1) return undefined
  // A rope, which the engine flattens when it is first read: about twice as fast as joining an
  // array of the parts, flattening included.
  return out + text.slice(from)
}

/** Records the exact text of a value JSON cannot print, and returns its placeholder. */
function placed(walk: CopyWalk, text: string): string {
  if (walk.jsonOnly) throw NOT_JSON
  walk.texts.push(text)
  return PLACEHOLDER
}

/** Builds the sorted copy of one object of a shape; `copy` copies each property value. */
type Build = (
  source: Record<string, unknown>,
  copy: CopyValue,
  walk: CopyWalk,
  depth: number,
) => object
type CopyValue = (value: unknown, walk: CopyWalk, depth: number) => unknown

interface Shape {
  readonly keys: readonly string[]
  readonly build: Build
}

interface CopyWalk {
  /**
   * Shapes seen so far, grouped by first key. Records of one shape return equal key lists from
   * `Object.keys`, of the same interned strings, so finding a known shape costs a few pointer
   * comparisons instead of a sort.
   */
  readonly shapes: Map<string, Shape[]>
  /** How many builders this walk compiled: data with thousands of shapes stops compiling. */
  compiled: number
  readonly maxDepth: number
  /** The caller's `maxDepth`, which subtrees printed apart must keep to. */
  readonly limit: number
  /** One level of indentation, for subtrees printed apart. */
  readonly unit: string
  /** Every key seen, and whether any is integer-like (then they become the array replacer). */
  readonly allKeys: Set<string>
  indexKeys: boolean
  /** Exact texts of the values printed apart, in the order their placeholders were made. */
  readonly texts: string[]
  /** Whether any value JSON cannot print makes the walk give up (the text must parse back). */
  readonly jsonOnly: boolean
}

// Thrown (never escaping this module) to leave the copy early.
const NOT_JSON = Symbol('not JSON')
const SHAPES_PER_FIRST_KEY = 16
/** Deepest nesting the fast path takes on: far inside the call stack for the copy and the serializer. @internal */
export const FAST_DEPTH = 400
const MAX_COMPILED = 256
const objectPrototype = Object.prototype

function copyValue(value: unknown, walk: CopyWalk, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      // JSON writes NaN and Infinity as null and -0 as 0: those need the exact notation.
      if (!Number.isFinite(value) || (value === 0 && 1 / value < 0))
        return placed(walk, leafText(value))
      return value
    case 'object':
      break
    default:
      // undefined, bigints, symbols and functions: JSON drops or refuses them.
      return placed(walk, leafText(value))
  }
  if (value === null) return null
  if (depth >= walk.maxDepth) throw NOT_JSON
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return apart(value, walk, depth)
    const length = value.length
    // Pushing keeps the copy a packed array, which the native serializer walks fastest.
    const out: unknown[] = []
    for (let i = 0; i < length; i++) {
      // `i in value` rules out holes (and a huge sparse array's billion of them).
      if (!(i in value)) throw NOT_JSON
      out.push(copyValue(value[i], walk, depth + 1))
    }
    return out
  }
  if (Object.getPrototypeOf(value) !== objectPrototype) return apart(value, walk, depth)
  const keys = Object.keys(value)
  // Non-enumerable and symbol keys would be printed (or dropped) differently from `deepEqual`'s view.
  if (
    Object.getOwnPropertyNames(value).length !== keys.length ||
    Object.getOwnPropertySymbols(value).length !== 0
  )
    return apart(value, walk, depth)
  if (keys.length === 0) return {}
  return shapeOf(keys, walk).build(value as Record<string, unknown>, copyValue, walk, depth + 1)
}

/** The placeholder of an object printed apart by `subtreeText` (never the root: see below). */
function apart(value: object, walk: CopyWalk, depth: number): string {
  // A value that is not JSON at its root gains nothing from the native serializer.
  if (depth === 0 || walk.jsonOnly) throw NOT_JSON
  const text = subtreeText(value, {
    level: depth,
    unit: walk.unit,
    depthLeft: walk.limit - depth,
  })
  return placed(walk, text)
}

function shapeOf(keys: string[], walk: CopyWalk): Shape {
  const first = keys[0] as string
  let known = walk.shapes.get(first)
  if (known === undefined) {
    known = []
    walk.shapes.set(first, known)
  }
  search: for (const shape of known) {
    if (shape.keys.length !== keys.length) continue
    for (let i = 1; i < keys.length; i++) if (shape.keys[i] !== keys[i]) continue search
    return shape
  }
  for (const key of keys) {
    // A `__proto__` key would set the copy's prototype instead of a property.
    if (key === '__proto__') throw NOT_JSON
    if (isIndexKey(key)) walk.indexKeys = true
    walk.allKeys.add(key)
  }
  const sorted = [...keys].sort()
  const compiled = walk.compiled < MAX_COMPILED ? compileBuild(sorted) : undefined
  if (compiled !== undefined) walk.compiled++
  const shape: Shape = { keys, build: compiled ?? genericBuild(sorted) }
  if (known.length < SHAPES_PER_FIRST_KEY) known.push(shape)
  return shape
}

/**
 * A builder whose object literal lists the keys in sorted order (keys are JSON-quoted, so inert),
 * or `undefined` where code generation is forbidden (a Content Security Policy).
 */
function compileBuild(sorted: readonly string[]): Build | undefined {
  const fields = sorted.map(
    (key) => `${JSON.stringify(key)}: copy(source[${JSON.stringify(key)}], walk, depth)`,
  )
  try {
    return new Function(
      'source',
      'copy',
      'walk',
      'depth',
      `return { ${fields.join(', ')} }`,
    ) as Build
  } catch {
    return undefined
  }
}

/** The builder used once a walk has compiled enough, or cannot compile: same result, slower. */
function genericBuild(sorted: readonly string[]): Build {
  return (source, copy, walk, depth) => {
    const out: Record<string, unknown> = {}
    for (const key of sorted) out[key] = copy(source[key], walk, depth)
    return out
  }
}
