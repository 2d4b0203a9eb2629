/**
 * Readers of built-in values through the engine's own methods, never through methods the value
 * (or its class) may override. A Date with its own `getTime`, a Map subclass whose iterator skips
 * entries, a RegExp with a `global` property: each is read as what it holds, so the text, the
 * order and the equality of such values can never disagree. Every reader works on values from any
 * realm, because the intrinsic methods check internal slots, not prototypes.
 */

// Captured once at load, before any user code could patch the prototypes: `call` bound to the
// method calls it with its first argument as `this`, and looks nothing up when called (nor
// allocates, unlike a rest parameter: these run once per Date or Map of a large table).
const callMethod = Function.prototype.call
const uncurry = <A extends unknown[], R>(
  method: (this: unknown, ...args: A) => R,
): ((self: unknown, ...args: A) => R) =>
  callMethod.bind(method) as unknown as (self: unknown, ...args: A) => R

const getter = (proto: object, name: string): ((self: unknown) => unknown) =>
  uncurry(Object.getOwnPropertyDescriptor(proto, name)?.get as (this: unknown) => unknown)

const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object

const dateTime = uncurry(Date.prototype.getTime)
const dateIso = uncurry(Date.prototype.toISOString)
const numberValue = uncurry(Number.prototype.valueOf)
const stringValue = uncurry(String.prototype.valueOf)
const booleanValue = uncurry(Boolean.prototype.valueOf)
const bigintValue = uncurry(BigInt.prototype.valueOf)
const symbolValue = uncurry(Symbol.prototype.valueOf)
const mapEntries = uncurry(Map.prototype.entries) as (map: unknown) => Iterator<[unknown, unknown]>
const mapForEach = uncurry(Map.prototype.forEach) as (
  map: unknown,
  visit: (value: unknown, key: unknown) => void,
) => void
const setForEach = uncurry(Set.prototype.forEach) as (
  set: unknown,
  visit: (member: unknown) => void,
) => void
const mapSize = getter(Map.prototype, 'size') as (map: unknown) => number
const setValues = uncurry(Set.prototype.values) as (set: unknown) => Iterator<unknown>
const setSize = getter(Set.prototype, 'size') as (set: unknown) => number
const regExpSource = getter(RegExp.prototype, 'source') as (re: unknown) => string
const arrayBufferLength = getter(ArrayBuffer.prototype, 'byteLength') as (b: unknown) => number
const sharedBufferLength =
  typeof SharedArrayBuffer === 'undefined'
    ? undefined
    : (getter(SharedArrayBuffer.prototype, 'byteLength') as (b: unknown) => number)
const viewBuffer = getter(typedArrayPrototype, 'buffer') as (v: unknown) => ArrayBufferLike
const viewOffset = getter(typedArrayPrototype, 'byteOffset') as (v: unknown) => number
const viewLength = getter(typedArrayPrototype, 'byteLength') as (v: unknown) => number
const typedLength = getter(typedArrayPrototype, 'length') as (v: unknown) => number
const typedTag = getter(typedArrayPrototype, Symbol.toStringTag as unknown as string) as (
  v: unknown,
) => string | undefined
const dataViewBuffer = getter(DataView.prototype, 'buffer') as (v: unknown) => ArrayBufferLike
const dataViewOffset = getter(DataView.prototype, 'byteOffset') as (v: unknown) => number
const dataViewLength = getter(DataView.prototype, 'byteLength') as (v: unknown) => number

// The flag getters read the RegExp's internal flags; `flags` itself reads overridable properties.
const FLAG_GETTERS: readonly (readonly [string, (re: unknown) => unknown])[] = [
  ['d', 'hasIndices'],
  ['g', 'global'],
  ['i', 'ignoreCase'],
  ['m', 'multiline'],
  ['s', 'dotAll'],
  ['u', 'unicode'],
  ['v', 'unicodeSets'],
  ['y', 'sticky'],
]
  .filter(
    ([, name]) => Object.getOwnPropertyDescriptor(RegExp.prototype, name as string) !== undefined,
  )
  .map(([flag, name]) => [flag as string, getter(RegExp.prototype, name as string)] as const)

/** The time value of a Date, whatever its own `getTime` says. @internal */
export function timeOf(date: object): number {
  return dateTime(date)
}

/** The ISO text of a valid Date, read through the intrinsic method. @internal */
export function isoOf(date: object): string {
  return dateIso(date)
}

/** The primitive inside a boxed value (`Object(1n)`, `new String('a')`, `Object(Symbol())`). @internal */
export function boxedValueOf(boxed: object): number | string | boolean | bigint | symbol {
  for (const read of [numberValue, stringValue, booleanValue, bigintValue, symbolValue]) {
    try {
      return read(boxed) as number | string | boolean | bigint | symbol
    } catch {
      // Not this box: the next reader checks another slot.
    }
  }
  throw new TypeError('not a boxed primitive')
}

/** The entries of a Map, as the engine holds them, in insertion order. @internal */
export function entriesOf(map: object): [unknown, unknown][] {
  const out: [unknown, unknown][] = []
  const iterator = mapEntries(map)
  for (let step = iterator.next(); step.done !== true; step = iterator.next()) out.push(step.value)
  return out
}

/**
 * Calls `visit` with each value and key of a Map, in insertion order: the same reading as
 * `entriesOf` without an array per entry, for the printer's hot path. @internal
 */
export function forEachEntry(map: object, visit: (value: unknown, key: unknown) => void): void {
  mapForEach(map, visit)
}

/** Calls `visit` with each member of a Set, in insertion order (see `forEachEntry`). @internal */
export function forEachMember(set: object, visit: (member: unknown) => void): void {
  setForEach(set, visit)
}

/** The members of a Set, as the engine holds them, in insertion order. @internal */
export function membersOf(set: object): unknown[] {
  const out: unknown[] = []
  const iterator = setValues(set)
  for (let step = iterator.next(); step.done !== true; step = iterator.next()) out.push(step.value)
  return out
}

/** How many entries or members a Map or Set holds. @internal */
export function sizeOf(collection: object, isMap: boolean): number {
  return isMap ? mapSize(collection) : setSize(collection)
}

/** The source and flags of a RegExp, read from its internal slots. @internal */
export function regExpParts(re: object): { source: string; flags: string } {
  let flags = ''
  for (const [flag, read] of FLAG_GETTERS) if (read(re) === true) flags += flag
  return { source: regExpSource(re), flags }
}

/** The buffer, byte offset and byte length of a typed array or DataView, read from its slots. @internal */
export function viewParts(view: object): {
  buffer: ArrayBufferLike
  offset: number
  length: number
} {
  return typedTag(view) !== undefined
    ? { buffer: viewBuffer(view), offset: viewOffset(view), length: viewLength(view) }
    : { buffer: dataViewBuffer(view), offset: dataViewOffset(view), length: dataViewLength(view) }
}

/** The bytes of any binary value (typed array, DataView, ArrayBuffer), without copying. @internal */
export function bytesOf(value: object): Uint8Array {
  if (ArrayBuffer.isView(value)) {
    const { buffer, offset, length } = viewParts(value)
    return new Uint8Array(buffer, offset, length)
  }
  return new Uint8Array(value as ArrayBuffer, 0, bufferLength(value))
}

function bufferLength(value: object): number {
  try {
    return arrayBufferLength(value)
  } catch (error) {
    if (sharedBufferLength === undefined) throw error
    return sharedBufferLength(value)
  }
}

/**
 * The element type of a typed array (`'Uint8Array'`, also for a `Buffer`), or `undefined` for a
 * DataView or a buffer, which hold bytes only.
 * @internal
 */
export function typedArrayName(value: object): string | undefined {
  return typedTag(value)
}

/** The elements of a typed array, read through the intrinsic length (a subclass cannot hide any). @internal */
export function elementsOf(value: object): ArrayLike<number | bigint> {
  const length = typedLength(value)
  const view = value as ArrayLike<number | bigint>
  // Indexed access on a typed array cannot be overridden; only `length` could be.
  return view.length === length ? view : Array.from({ length }, (_, i) => view[i] as number)
}
