import { Circular } from '../canonical/Circular'

/**
 * The kinds of value the library tells apart, numbered in the documented total order across types:
 * a value of a lower kind always sorts before a value of a higher kind. This one table is shared by
 * `normalize`, `compareCanonical`, `stableStringify` and `deepEqual`, so they can never disagree on
 * what a value is.
 *
 * undefined < null < booleans < numbers < bigints < strings < symbols < Dates < RegExps <
 * typed arrays, ArrayBuffers and DataViews < Errors < boxed primitives < arrays < Sets < Maps <
 * plain objects < class instances (and null-prototype objects) < functions < circular references
 *
 * @internal
 */
export const Kind = {
  Undefined: 0,
  Null: 1,
  Boolean: 2,
  Number: 3,
  BigInt: 4,
  String: 5,
  Symbol: 6,
  Date: 7,
  RegExp: 8,
  Binary: 9,
  Error: 10,
  Boxed: 11,
  Array: 12,
  Set: 13,
  Map: 14,
  Object: 15,
  Instance: 16,
  Function: 17,
  Circular: 18,
} as const

/** One of the `Kind` numbers. @internal */
export type KindCode = (typeof Kind)[keyof typeof Kind]

/**
 * The kind of `value`. Reading a revoked Proxy's prototype throws here; callers turn that into an
 * `UNREADABLE` error that names the path.
 * @internal
 */
export function kindOf(value: unknown): KindCode {
  switch (typeof value) {
    case 'undefined':
      return Kind.Undefined
    case 'boolean':
      return Kind.Boolean
    case 'number':
      return Kind.Number
    case 'bigint':
      return Kind.BigInt
    case 'string':
      return Kind.String
    case 'symbol':
      return Kind.Symbol
    case 'function':
      return Kind.Function
    default:
      return value === null ? Kind.Null : objectKind(value as object)
  }
}

function objectKind(value: object): KindCode {
  // Plain objects and arrays first: they are nearly all of real data.
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === Object.prototype) return Kind.Object
  if (Array.isArray(value)) return Kind.Array
  if (value instanceof Map) return Kind.Map
  if (value instanceof Set) return Kind.Set
  if (value instanceof Date) return Kind.Date
  if (value instanceof RegExp) return Kind.RegExp
  if (value instanceof Error) return Kind.Error
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return Kind.Binary
  if (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)
    return Kind.Binary
  if (value instanceof Number || value instanceof String || value instanceof Boolean)
    return Kind.Boxed
  if (value instanceof Circular) return Kind.Circular
  return foreignKind(value, proto) ?? Kind.Instance
}

/**
 * The kind of a built-in from another realm (a `node:vm` context, an iframe, Jest's test context:
 * Jest hands tests the outer realm's `structuredClone`), which `instanceof` cannot see. The
 * string tag is only a hint (any class may claim one), so each kind is confirmed by calling a
 * method that works only on a genuine object of that kind, whatever its realm.
 */
function foreignKind(value: object, proto: unknown): KindCode | undefined {
  if (isForeignObjectPrototype(proto)) return Kind.Object
  switch (Object.prototype.toString.call(value)) {
    case '[object Map]':
      return hasBrand(() => Map.prototype.has.call(value, undefined)) ? Kind.Map : undefined
    case '[object Set]':
      return hasBrand(() => Set.prototype.has.call(value, undefined)) ? Kind.Set : undefined
    case '[object Date]':
      return hasBrand(() => Date.prototype.getTime.call(value)) ? Kind.Date : undefined
    case '[object RegExp]':
      return hasBrand(() => regExpSource?.call(value)) ? Kind.RegExp : undefined
    case '[object ArrayBuffer]':
      return hasBrand(() => arrayBufferLength?.call(value)) ? Kind.Binary : undefined
    case '[object Number]':
      return hasBrand(() => Number.prototype.valueOf.call(value)) ? Kind.Boxed : undefined
    case '[object String]':
      return hasBrand(() => String.prototype.valueOf.call(value)) ? Kind.Boxed : undefined
    case '[object Boolean]':
      return hasBrand(() => Boolean.prototype.valueOf.call(value)) ? Kind.Boxed : undefined
    case '[object Error]':
      // Node 20 has no brand check for errors; a foreign Error is the only common owner of this tag.
      return Kind.Error
    default:
      return undefined
  }
}

const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')?.get
const arrayBufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')?.get

function hasBrand(probe: () => unknown): boolean {
  try {
    probe()
    return true
  } catch {
    return false
  }
}

/** Another realm's `Object.prototype`: the end of a prototype chain, whose constructor is `Object`. */
function isForeignObjectPrototype(proto: unknown): boolean {
  if (typeof proto !== 'object' || proto === null || Object.getPrototypeOf(proto) !== null)
    return false
  const ctor: unknown = (proto as { constructor?: unknown }).constructor
  return typeof ctor === 'function' && ctor.name === 'Object'
}

const OPAQUE_TAGS = new Set([
  '[object Promise]',
  '[object WeakMap]',
  '[object WeakSet]',
  '[object WeakRef]',
])

/**
 * Whether an object hides its contents from every traversal: a Promise, WeakMap, WeakSet or WeakRef
 * (of any realm). Such values have no own properties to compare, so they compare by identity, and
 * printing one is an error rather than a silent `Promise {}`.
 * @internal
 */
export function isOpaque(value: object): boolean {
  return (
    value instanceof Promise ||
    value instanceof WeakMap ||
    value instanceof WeakSet ||
    (typeof WeakRef !== 'undefined' && value instanceof WeakRef) ||
    OPAQUE_TAGS.has(Object.prototype.toString.call(value))
  )
}

/**
 * The class name printed for an object: its constructor's name, `'[Object: null prototype]'` for
 * objects without a prototype (Node's own notation), `'<anonymous>'` for nameless classes.
 * @internal
 */
export function className(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === null) return '[Object: null prototype]'
  const ctor: unknown = (proto as { constructor?: unknown }).constructor
  const name = typeof ctor === 'function' ? ctor.name : ''
  return name === '' ? '<anonymous>' : name
}
