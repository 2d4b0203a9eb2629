import type { CanonicalWalk, Frame } from './CanonicalWalk'
import { withPrototype } from '../kinds/withPrototype'
import { boxedValueOf, bytesOf, regExpParts, timeOf, typedArrayName } from '../kinds/intrinsics'
import { Kind, platformTypeOf, type KindCode } from '../kinds/kindOf'
import { compareCanonical } from '../order/compareCanonical'
import { stableSort } from '../order/stableSort'

/**
 * Builds the canonical form of a container from its children's canonical forms (in
 * `frame.results`): sorted where the rules say so, with the source's prototype.
 * @internal
 */
export function buildContainer(frame: Frame, walk: CanonicalWalk): object {
  const { source, results } = frame
  if (frame.direct !== undefined) return frame.direct
  const proto = Object.getPrototypeOf(source) as object | null
  switch (frame.kind) {
    case Kind.Array:
      return withPrototype(buildArray(frame), proto)
    case Kind.Set:
      return withPrototype(new Set(stableSort(results, compareCanonical)), proto)
    case Kind.Map: {
      const entries: [unknown, unknown][] = []
      for (let k = 0; k < results.length; k += 2) entries.push([results[k], results[k + 1]])
      const sorted = stableSort(
        entries,
        (a, b) => compareCanonical(a[0], b[0]) || compareCanonical(a[1], b[1]),
      )
      return withPrototype(new Map(sorted), proto)
    }
    case Kind.Object:
      return fill({}, frame, 0, true)
    case Kind.Error:
      return buildError(frame, walk, proto)
    default:
      return fill(Object.create(proto) as object, frame, 0, false)
  }
}

function buildArray(frame: Frame): unknown[] {
  const { results } = frame
  if (frame.keys === undefined)
    return frame.sorted ? stableSort(results, compareCanonical) : results
  // A huge sparse array: only the present elements were visited, and the copy stays sparse.
  const length = (frame.source as unknown[]).length
  const out = new Array<unknown>(length)
  if (!frame.sorted) {
    frame.keys.forEach((index, k) => (out[index as number] = results[k]))
    return out
  }
  // Holes read as `undefined`, which sorts first: the sorted elements go at the end.
  const sorted = stableSort(results, compareCanonical)
  const start = length - sorted.length
  sorted.forEach((item, k) => (out[start + k] = item))
  return out
}

/**
 * Defines the canonical children as properties, in canonical key order. Symbol keys that share a
 * description are ordered by their values, so the order never depends on insertion.
 */
function fill(out: object, frame: Frame, offset: number, plain: boolean): object {
  const keys = frame.keys as (string | symbol)[]
  const values = frame.results
  const order = orderOfKeys(keys, values, offset)
  for (const k of order) {
    const key = keys[k] as string | symbol
    const value = values[k + offset]
    // Plain assignment is the fast path; `__proto__` and inherited setters need a definition.
    if (plain && key !== '__proto__') (out as Record<string | symbol, unknown>)[key] = value
    else define(out, key, value, true)
  }
  return out
}

function orderOfKeys(
  keys: readonly (string | symbol)[],
  values: unknown[],
  offset: number,
): number[] {
  const order = keys.map((_, k) => k)
  let start = keys.findIndex((key) => typeof key === 'symbol')
  if (start === -1) return order
  while (start < keys.length) {
    const description = (keys[start] as symbol).description ?? ''
    let end = start + 1
    while (end < keys.length && ((keys[end] as symbol).description ?? '') === description) end++
    if (end - start > 1) {
      const run = order.slice(start, end)
      run.sort((x, y) => compareCanonical(values[x + offset], values[y + offset]))
      order.splice(start, run.length, ...run)
    }
    start = end
  }
  return order
}

function buildError(frame: Frame, walk: CanonicalWalk, proto: object | null): object {
  const source = frame.source as Record<string, unknown>
  const out = blankError(proto)
  // Like a real Error, message, name and cause are non-enumerable; the stack is dropped on
  // purpose (it names files and lines, which differ between equal errors). They are own
  // properties of the copy, so getters on the prototype (DOMException's) are never asked again.
  define(out, 'message', readField(source, 'message', walk), false)
  define(out, 'name', readField(source, 'name', walk), false)
  if (frame.cause) define(out, 'cause', frame.results[0], false)
  return fill(out, frame, frame.cause ? 1 : 0, false)
}

function readField(source: Record<string, unknown>, key: string, walk: CanonicalWalk): unknown {
  walk.steps.push(key)
  const value = source[key]
  walk.steps.pop()
  return value
}

/**
 * An error object with the engine's error slot (so it is an Error in every realm's eyes) and the
 * source's prototype, without a stack.
 */
function blankError(proto: object | null): object {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let out: Error
  try {
    out = new Error()
  } finally {
    Error.stackTraceLimit = limit
  }
  delete (out as { stack?: string }).stack
  return withPrototype(out, proto)
}

/**
 * The canonical form of a value that is copied as a whole: a Date, RegExp, binary value, boxed
 * primitive or platform object. Objects compared by identity are kept as they are.
 * @internal
 */
export function copyLeaf(value: object, kind: KindCode): unknown {
  const proto = Object.getPrototypeOf(value) as object | null
  switch (kind) {
    case Kind.Date:
      return withPrototype(new Date(timeOf(value)), proto)
    case Kind.RegExp: {
      const { source, flags } = regExpParts(value)
      return withPrototype(new RegExp(source, flags), proto)
    }
    case Kind.Binary:
      return withPrototype(copyBinary(value), proto)
    case Kind.Boxed:
      return withPrototype(Object(boxedValueOf(value)) as object, proto)
    case Kind.Platform:
      return platformTypeOf(value).copy?.(value) ?? value
    default:
      // Functions, Promises, streams, iterators: compared by identity, so kept as they are.
      return value
  }
}

function copyBinary(value: object): object {
  const bytes = bytesOf(value).slice()
  const name = typedArrayName(value)
  if (name !== undefined) {
    const View = (globalThis as unknown as Record<string, new (b: ArrayBuffer) => object>)[name]
    if (View !== undefined) return new View(bytes.buffer)
  }
  if (ArrayBuffer.isView(value)) return new DataView(bytes.buffer)
  if (typeof SharedArrayBuffer !== 'undefined' && !(value instanceof ArrayBuffer)) {
    if (Object.prototype.toString.call(value) === '[object SharedArrayBuffer]') {
      const shared = new SharedArrayBuffer(bytes.length)
      new Uint8Array(shared).set(bytes)
      return shared
    }
  }
  return bytes.buffer
}

function define(target: object, key: string | symbol, value: unknown, enumerable: boolean): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true })
}
