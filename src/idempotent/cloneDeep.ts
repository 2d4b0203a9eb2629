import { isOpaque } from '../core/kinds/kindOf'
import { withPrototype } from '../core/kinds/withPrototype'
import { MEMBER, stepOfMapKey, type PathStep } from '../core/paths/pathStep'

/**
 * What kind of collection a `reorder` hook is asked about: the keys of an object, the entries of a
 * Map, the members of a Set, or the elements of an array.
 * @internal
 */
export type ReorderKind = 'keys' | 'entries' | 'members' | 'elements'

/**
 * Options of `cloneDeep`.
 * @internal
 */
export interface CloneOptions {
  /**
   * Called once per object, Map, Set and array (with at least two items) while copying. Returns the
   * order in which to re-insert them, as a permutation of their indices, or `undefined` to keep
   * the original order. `keys` are the object's keys (strings, then symbols), the Map's keys, the
   * Set's members, or the array's indices; `steps` is the path from the root (do not keep it: the
   * array is reused).
   */
  readonly reorder?: (
    kind: ReorderKind,
    steps: readonly PathStep[],
    keys: readonly unknown[],
  ) => readonly number[] | undefined
}

interface Copying {
  /** Source object -> its copy, so cycles and shared references come out the same shape. */
  readonly copies: Map<object, object>
  readonly reorder: CloneOptions['reorder']
  readonly steps: PathStep[]
}

/**
 * A deep copy of `value` that keeps what a function may depend on: prototypes (class instances,
 * subclasses of Array, Map, Set, Date), Map and Set contents, Dates, RegExps (with `lastIndex`),
 * ArrayBuffers and typed arrays (views of one buffer still share one copied buffer), boxed
 * primitives, Errors (message, stack, cause), property descriptors of class instances (getters
 * stay getters, non-enumerable stays non-enumerable), frozen and sealed objects, cycles and shared
 * references. Iteration order is kept unless `options.reorder` changes it.
 *
 * Kept by reference because they cannot be copied: functions, Promises, WeakMaps, WeakSets,
 * WeakRefs and SharedArrayBuffers. Private class fields (`#x`) and other internal slots are not
 * copied: pass such values through an `args` factory instead.
 *
 * @example
 * const args = [{ when: new Date(0), tags: new Set(['a']) }]
 * const copy = cloneDeep(args) // equal, but no object is shared with `args`
 * @internal
 */
export function cloneDeep<T>(value: T, options?: CloneOptions): T {
  const state: Copying = { copies: new Map(), reorder: options?.reorder, steps: [] }
  return copy(value, state) as T
}

function copy(value: unknown, state: Copying): unknown {
  if (typeof value !== 'object' || value === null) return value
  const known = state.copies.get(value)
  if (known !== undefined) return known
  const out = copyObject(value, state)
  if (!Object.isExtensible(value)) {
    if (Object.isFrozen(value)) Object.freeze(out)
    else if (Object.isSealed(value)) Object.seal(out)
    else Object.preventExtensions(out)
  }
  return out
}

/** Copies one child, keeping `steps` in step only when a hook will read it. */
function child(value: unknown, step: PathStep, state: Copying): unknown {
  if (state.reorder === undefined || typeof value !== 'object' || value === null)
    return copy(value, state)
  state.steps.push(step)
  const out = copy(value, state)
  state.steps.pop()
  return out
}

function copyObject(value: object, state: Copying): object {
  const proto = Object.getPrototypeOf(value) as object | null
  if (proto === Object.prototype) return copyProperties(value, {}, state, true)
  if (Array.isArray(value)) return copyArray(value, proto, state)
  if (value instanceof Map) return copyMap(value, proto, state)
  if (value instanceof Set) return copySet(value, proto, state)
  if (value instanceof Date)
    return remember(value, withPrototype(new Date(value.getTime()), proto), state)
  if (value instanceof RegExp) {
    const out = withPrototype(new RegExp(value.source, value.flags), proto)
    out.lastIndex = value.lastIndex
    return remember(value, out, state)
  }
  if (value instanceof ArrayBuffer) return remember(value, value.slice(0), state)
  if (ArrayBuffer.isView(value)) return copyView(value, proto, state)
  // Their contents cannot be read (or are shared on purpose): kept by reference.
  if (isOpaque(value) || isSharedBuffer(value)) return value
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return remember(value, withPrototype(Object(value.valueOf()) as object, proto), state)
  }
  // Errors and class instances: same prototype, every own property (message and stack included).
  return copyProperties(value, Object.create(proto) as object, state, false)
}

function remember<T extends object>(source: object, out: T, state: Copying): T {
  state.copies.set(source, out)
  return out
}

function orderOf(
  state: Copying,
  kind: ReorderKind,
  keys: readonly unknown[],
): readonly number[] | undefined {
  if (state.reorder === undefined || keys.length < 2) return undefined
  return state.reorder(kind, state.steps, keys)
}

function copyArray(value: readonly unknown[], proto: object | null, state: Copying): unknown[] {
  const length = value.length
  const out = remember(value, withPrototype(new Array<unknown>(length), proto), state)
  const order =
    state.reorder === undefined
      ? undefined
      : orderOf(
          state,
          'elements',
          Array.from({ length }, (_, i) => i),
        )
  for (let index = 0; index < length; index++) {
    const from = order === undefined ? index : (order[index] as number)
    // Holes stay holes: `in` tells a hole from an explicit `undefined`.
    if (from in value) out[index] = child(value[from], from, state)
  }
  return out
}

function copyMap(
  value: Map<unknown, unknown>,
  proto: object | null,
  state: Copying,
): Map<unknown, unknown> {
  const out = remember(value, withPrototype(new Map<unknown, unknown>(), proto), state)
  const entries = [...value]
  const order = orderOf(
    state,
    'entries',
    entries.map((entry) => entry[0]),
  )
  for (let i = 0; i < entries.length; i++) {
    const [key, entryValue] = entries[order === undefined ? i : (order[i] as number)] as [
      unknown,
      unknown,
    ]
    out.set(child(key, MEMBER, state), child(entryValue, stepOfMapKey(key), state))
  }
  return out
}

function copySet(value: Set<unknown>, proto: object | null, state: Copying): Set<unknown> {
  const out = remember(value, withPrototype(new Set<unknown>(), proto), state)
  const members = [...value]
  const order = orderOf(state, 'members', members)
  for (let i = 0; i < members.length; i++) {
    out.add(child(members[order === undefined ? i : (order[i] as number)], MEMBER, state))
  }
  return out
}

function copyView(value: ArrayBufferView, proto: object | null, state: Copying): object {
  const source = value.buffer
  // A SharedArrayBuffer is shared on purpose; a plain buffer is copied once for all its views.
  const buffer = source instanceof ArrayBuffer ? (copy(source, state) as ArrayBuffer) : source
  if (value instanceof DataView) {
    return remember(
      value,
      withPrototype(new DataView(buffer, value.byteOffset, value.byteLength), proto),
      state,
    )
  }
  // Buffer and other subclasses report their base type here, e.g. '[object Uint8Array]'.
  const base = Object.prototype.toString.call(value).slice(8, -1)
  const View = (
    globalThis as unknown as Record<
      string,
      new (b: ArrayBufferLike, o: number, l: number) => object
    >
  )[base]
  const length = (value as unknown as { length: number }).length
  if (View === undefined) return value
  return remember(value, withPrototype(new View(buffer, value.byteOffset, length), proto), state)
}

function copyProperties(value: object, out: object, state: Copying, plain: boolean): object {
  remember(value, out, state)
  const strings = plain ? Object.keys(value) : Object.getOwnPropertyNames(value)
  const symbols = Object.getOwnPropertySymbols(value)
  const keys: (string | symbol)[] = symbols.length === 0 ? strings : [...strings, ...symbols]
  const order = state.reorder === undefined ? undefined : orderOf(state, 'keys', keys)
  const source = value as Record<string | symbol, unknown>
  const target = out as Record<string | symbol, unknown>
  for (let i = 0; i < keys.length; i++) {
    const key = keys[order === undefined ? i : (order[i] as number)] as string | symbol
    if (plain && key !== '__proto__' && typeof key === 'string') {
      target[key] = child(source[key], key, state)
      continue
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (descriptor === undefined || (plain && !descriptor.enumerable)) continue
    if ('value' in descriptor) descriptor.value = child(descriptor.value, key, state)
    Object.defineProperty(out, key, descriptor)
  }
  return out
}

function isSharedBuffer(value: object): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer
}
