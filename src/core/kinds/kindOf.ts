import { types } from 'node:util'
import { Circular } from '../canonical/Circular'
import {
  isForeignOpaque,
  OPAQUE_TYPE,
  platformTypeOfPrototype,
  type PlatformType,
} from './platformTypes'

/**
 * The kinds of value the library tells apart, numbered in the documented total order across types:
 * a value of a lower kind always sorts before a value of a higher kind. This one table is shared by
 * `normalize`, `compareCanonical`, `stableStringify` and `deepEqual`, so they can never disagree on
 * what a value is.
 *
 * undefined < null < booleans < numbers < bigints < strings < symbols < Dates < RegExps <
 * typed arrays, ArrayBuffers and DataViews < Errors < boxed primitives < platform values (URL,
 * Headers, ...) < arrays < Sets < Maps < plain objects < class instances (and null-prototype
 * objects) < objects compared by identity (streams, Promises, iterators, ...) < functions <
 * circular references
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
  Platform: 12,
  Array: 13,
  Set: 14,
  Map: 15,
  Object: 16,
  Instance: 17,
  Identity: 18,
  Function: 19,
  Circular: 20,
} as const

/** One of the `Kind` numbers. @internal */
export type KindCode = (typeof Kind)[keyof typeof Kind]

/**
 * The kind of `value`. Built-ins are recognised by their internal slots (brand checks), never by
 * `instanceof` alone, so values of another realm (a `node:vm` context, Jest's test context) and
 * subclasses are read alike, and an object that only inherits a built-in's prototype (or claims
 * its `Symbol.toStringTag`) is a class instance. Reading a revoked Proxy's prototype throws here;
 * callers turn that into an `UNREADABLE` error that names the path.
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

const objectPrototype = Object.prototype

/** A built-in's kind and the brand check that confirms an object really is one. */
interface Builtin {
  readonly kind: KindCode
  readonly confirm: (value: object) => boolean
}

const always = (): boolean => true
const isBinary = (value: object): boolean =>
  types.isAnyArrayBuffer(value) || types.isArrayBufferView(value)
const isError = (value: object): boolean => types.isNativeError(value)

// Same-realm built-ins by prototype: an object whose chain reaches one is a candidate.
const BY_PROTOTYPE = new Map<object, Builtin>([
  [Map.prototype, { kind: Kind.Map, confirm: types.isMap }],
  [Set.prototype, { kind: Kind.Set, confirm: types.isSet }],
  [Date.prototype, { kind: Kind.Date, confirm: types.isDate }],
  [RegExp.prototype, { kind: Kind.RegExp, confirm: types.isRegExp }],
  // DOMException and other errors built without the engine's slot still inherit Error.prototype.
  [Error.prototype, { kind: Kind.Error, confirm: always }],
  [ArrayBuffer.prototype, { kind: Kind.Binary, confirm: isBinary }],
  [Object.getPrototypeOf(Uint8Array.prototype) as object, { kind: Kind.Binary, confirm: isBinary }],
  [DataView.prototype, { kind: Kind.Binary, confirm: isBinary }],
  [Number.prototype, { kind: Kind.Boxed, confirm: types.isBoxedPrimitive }],
  [String.prototype, { kind: Kind.Boxed, confirm: types.isBoxedPrimitive }],
  [Boolean.prototype, { kind: Kind.Boxed, confirm: types.isBoxedPrimitive }],
  [BigInt.prototype, { kind: Kind.Boxed, confirm: types.isBoxedPrimitive }],
  [Symbol.prototype, { kind: Kind.Boxed, confirm: types.isBoxedPrimitive }],
  [Circular.prototype, { kind: Kind.Circular, confirm: always }],
])
if (typeof SharedArrayBuffer !== 'undefined')
  BY_PROTOTYPE.set(SharedArrayBuffer.prototype, { kind: Kind.Binary, confirm: isBinary })

// Another realm's built-ins by tag (any class may claim a tag, so each is confirmed by its slot).
const BY_TAG: Record<string, Builtin> = {
  '[object Map]': { kind: Kind.Map, confirm: types.isMap },
  '[object Set]': { kind: Kind.Set, confirm: types.isSet },
  '[object Date]': { kind: Kind.Date, confirm: types.isDate },
  '[object RegExp]': { kind: Kind.RegExp, confirm: types.isRegExp },
  '[object Error]': { kind: Kind.Error, confirm: isError },
  '[object Number]': { kind: Kind.Boxed, confirm: types.isBoxedPrimitive },
  '[object String]': { kind: Kind.Boxed, confirm: types.isBoxedPrimitive },
  '[object Boolean]': { kind: Kind.Boxed, confirm: types.isBoxedPrimitive },
  '[object BigInt]': { kind: Kind.Boxed, confirm: types.isBoxedPrimitive },
  '[object Symbol]': { kind: Kind.Boxed, confirm: types.isBoxedPrimitive },
  '[object ArrayBuffer]': { kind: Kind.Binary, confirm: isBinary },
  '[object SharedArrayBuffer]': { kind: Kind.Binary, confirm: isBinary },
  '[object DataView]': { kind: Kind.Binary, confirm: isBinary },
}

function objectKind(value: object): KindCode {
  // Plain objects and arrays first: they are nearly all of real data.
  const proto = Object.getPrototypeOf(value) as object | null
  if (proto === objectPrototype) return Kind.Object
  if (Array.isArray(value)) return Kind.Array
  for (let at = proto; at !== null && at !== objectPrototype; at = Object.getPrototypeOf(at)) {
    const builtin = BY_PROTOTYPE.get(at)
    if (builtin !== undefined) return builtin.confirm(value) ? builtin.kind : Kind.Instance
    const platform = platformTypeOfPrototype(at)
    if (platform !== undefined) return platform.value === undefined ? Kind.Identity : Kind.Platform
    if (isForeignObjectPrototype(at)) return at === proto ? Kind.Object : foreignKind(value)
  }
  // A class of this realm that extends no built-in. A null-prototype object may still be a
  // built-in whose prototype was removed: only the brand checks can tell.
  return proto === null ? foreignKind(value) : Kind.Instance
}

/** The kind of an object of another realm, or one without a prototype: by tag, then by brand. */
function foreignKind(value: object): KindCode {
  const tag = Object.prototype.toString.call(value)
  const builtin = BY_TAG[tag]
  if (builtin !== undefined && builtin.confirm(value)) return builtin.kind
  if (types.isTypedArray(value)) return Kind.Binary
  if (isForeignOpaque(value, tag)) return Kind.Identity
  return Kind.Instance
}

/** Another realm's `Object.prototype`: the end of a prototype chain, whose constructor is `Object`. */
function isForeignObjectPrototype(proto: object): boolean {
  if (Object.getPrototypeOf(proto) !== null) return false
  const ctor: unknown = (proto as { constructor?: unknown }).constructor
  return typeof ctor === 'function' && ctor.name === 'Object'
}

/**
 * How an object of kind `Platform` or `Identity` is read (see `PlatformType`).
 * @internal
 */
export function platformTypeOf(value: object): PlatformType {
  for (let at = Object.getPrototypeOf(value) as object | null; at !== null;) {
    const type = platformTypeOfPrototype(at)
    if (type !== undefined) return type
    at = Object.getPrototypeOf(at) as object | null
  }
  return OPAQUE_TYPE
}

/**
 * Whether an object hides its contents from every traversal: a Promise, WeakMap, WeakSet,
 * WeakRef, FinalizationRegistry, iterator or generator (of any realm). Such values compare by
 * identity, and printing one is an error rather than a silent `Promise {}`.
 * @internal
 */
export function isOpaque(value: object): boolean {
  return kindOf(value) === Kind.Identity && platformTypeOf(value).opaque === true
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
  return typeof name === 'string' && name !== '' ? name : '<anonymous>'
}
