import { withPrototype } from '../core/kinds/withPrototype'
import {
  boxedValueOf,
  entriesOf,
  membersOf,
  regExpParts,
  timeOf,
  typedArrayName,
  viewParts,
} from '../core/kinds/intrinsics'
import { Kind, platformTypeOf } from '../core/kinds/kindOf'

/**
 * The start of a deep copy of one object: `target` (with the source's prototype, already holding
 * everything but the children), and the children still to copy into it (`'indices'` for an
 * array's elements; keys for objects; entries or members for Maps and Sets).
 * @internal
 */
export interface Shell {
  readonly target: object
  readonly children: readonly unknown[] | 'indices' | undefined
}

/**
 * The shell of `value`'s copy, or `undefined` when `value` is kept by reference (functions,
 * Promises, streams, Blobs, keys, SharedArrayBuffers: they cannot be copied, or are shared on
 * purpose). Built-ins are read through their internal slots, so a copy of another realm's Map is
 * a working Map with that realm's prototype. `copyBuffer` copies a view's buffer once for all its
 * views.
 * @internal
 */
export function copyShell(
  value: object,
  kind: number,
  copyBuffer: (buffer: ArrayBuffer) => ArrayBuffer,
): Shell | undefined {
  const proto = Object.getPrototypeOf(value) as object | null
  switch (kind) {
    case Kind.Object:
      return { target: {}, children: Object.keys(value).concat(symbols(value) as never[]) }
    case Kind.Array:
      return {
        target: withPrototype(new Array<unknown>((value as unknown[]).length), proto),
        children: 'indices',
      }
    case Kind.Map:
      return { target: withPrototype(new Map(), proto), children: entriesOf(value) }
    case Kind.Set:
      return { target: withPrototype(new Set(), proto), children: membersOf(value) }
    case Kind.Date:
      return { target: withPrototype(new Date(timeOf(value)), proto), children: undefined }
    case Kind.RegExp: {
      const { source, flags } = regExpParts(value)
      const target = withPrototype(new RegExp(source, flags), proto)
      target.lastIndex = (value as RegExp).lastIndex
      return { target, children: undefined }
    }
    case Kind.Binary:
      return copyBinary(value, proto, copyBuffer)
    case Kind.Boxed:
      return {
        target: withPrototype(Object(boxedValueOf(value)) as object, proto),
        children: undefined,
      }
    case Kind.Platform: {
      const copy = platformTypeOf(value).copy
      return copy === undefined ? undefined : { target: copy(value), children: undefined }
    }
    case Kind.Error:
      return { target: withPrototype(blankError(), proto), children: ownKeys(value) }
    case Kind.Instance:
      return { target: Object.create(proto) as object, children: ownKeys(value) }
    default:
      // Functions, Promises, iterators, streams, Blobs: their contents cannot be copied.
      return undefined
  }
}

function symbols(value: object): symbol[] {
  const all = Object.getOwnPropertySymbols(value)
  return all.length === 0
    ? all
    : all.filter((s) => Object.prototype.propertyIsEnumerable.call(value, s))
}

/** Every own key, enumerable or not, strings first: a class instance keeps its descriptors. */
function ownKeys(value: object): (string | symbol)[] {
  const names: (string | symbol)[] = Object.getOwnPropertyNames(value)
  const own = Object.getOwnPropertySymbols(value)
  return own.length === 0 ? names : names.concat(own)
}

/** An Error with the engine's error slot and no stack of its own (the source's is copied). */
function blankError(): Error {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const error = new Error()
    delete (error as { stack?: string }).stack
    return error
  } finally {
    Error.stackTraceLimit = limit
  }
}

function copyBinary(
  value: object,
  proto: object | null,
  copyBuffer: (buffer: ArrayBuffer) => ArrayBuffer,
): Shell | undefined {
  const tag = Object.prototype.toString.call(value)
  if (tag === '[object SharedArrayBuffer]') return undefined // shared on purpose
  if (tag === '[object ArrayBuffer]') {
    const bytes = new Uint8Array(value as ArrayBuffer).slice()
    return { target: withPrototype(bytes.buffer, proto), children: undefined }
  }
  const view = viewParts(value)
  // A view of a SharedArrayBuffer keeps sharing it; a plain buffer is copied once for all views.
  const buffer =
    Object.prototype.toString.call(view.buffer) === '[object ArrayBuffer]'
      ? copyBuffer(view.buffer as ArrayBuffer)
      : view.buffer
  const name = typedArrayName(value)
  if (name === undefined)
    return {
      target: withPrototype(new DataView(buffer, view.offset, view.length), proto),
      children: undefined,
    }
  const View = (
    globalThis as unknown as Record<
      string,
      new (b: ArrayBufferLike, o: number, l: number) => object
    >
  )[name]
  if (View === undefined) return undefined
  const elements =
    view.length / (View as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT
  return {
    target: withPrototype(new View(buffer, view.offset, elements), proto),
    children: undefined,
  }
}
